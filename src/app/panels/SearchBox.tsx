/**
 * Search over places and articles: typing filters the map (the search term is a filter), and a listbox of
 * matching places and articles is navigable with the arrow keys; Enter picks one. ARIA combobox pattern.
 */
import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { fold } from '../../model/filter.js';

export type SearchOption = { kind: 'place' | 'article'; id: string; label: string; detail: string; folded: string };

type Props = {
  value: string;
  options: readonly SearchOption[];
  onChange: (text: string) => void;
  onPick: (option: SearchOption) => void;
};

const MAX_OPTIONS = 8;

export function SearchBox({ value, options, onChange, onPick }: Props) {
  const id = useId();
  const [active, setActive] = useState(-1);
  const [open, setOpen] = useState(false);
  const matches = useMemo(() => {
    const terms = fold(value).split(/\s+/).filter(Boolean);
    if (terms.length === 0) return [];
    return options.filter((o) => terms.every((t) => o.folded.includes(t))).slice(0, MAX_OPTIONS);
  }, [value, options]);
  const shown = open && matches.length > 0;

  function pick(option: SearchOption) {
    setOpen(false);
    setActive(-1);
    onPick(option);
  }

  function onKeyDown(e: KeyboardEvent<HTMLInputElement>) {
    if (e.key === 'ArrowDown') {
      setOpen(true);
      setActive((a) => Math.min(a + 1, matches.length - 1));
    } else if (e.key === 'ArrowUp') {
      setActive((a) => Math.max(a - 1, 0));
    } else if (e.key === 'Enter' && shown && active >= 0) {
      pick(matches[active]!);
    } else if (e.key === 'Escape') {
      if (shown) setOpen(false);
      else onChange('');
    } else return;
    e.preventDefault();
  }

  return (
    <div className="search">
      <label htmlFor={`${id}-input`} className="sr-only">
        Search places and articles
      </label>
      <input
        id={`${id}-input`}
        type="search"
        role="combobox"
        placeholder="Search places and articles"
        aria-expanded={shown}
        aria-controls={`${id}-list`}
        aria-autocomplete="list"
        aria-activedescendant={shown && active >= 0 ? `${id}-opt-${active}` : undefined}
        value={value}
        onChange={(e) => {
          onChange(e.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
      />
      <ul id={`${id}-list`} role="listbox" aria-label="Matches" className="search-options" hidden={!shown}>
        {matches.map((o, i) => (
          <li
            key={`${o.kind}:${o.id}`}
            id={`${id}-opt-${i}`}
            role="option"
            aria-selected={i === active}
            className={i === active ? 'active' : undefined}
            onMouseDown={(e) => {
              e.preventDefault();
              pick(o);
            }}
          >
            <span className="option-label">{o.label}</span> <span className="option-detail">{o.detail}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
