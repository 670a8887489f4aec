/** The accessible alternative to the map: the shown places as a list, most mentioned first. */
import type { PlaceFeature } from '../../model/contract.js';

type Props = {
  places: readonly PlaceFeature[];
  counts: ArrayLike<number>;
  selected: number | null;
  onSelect: (position: number) => void;
};

const MAX_ROWS = 300;

export function PlaceList({ places, counts, selected, onSelect }: Props) {
  const rows: number[] = [];
  for (let i = 0; i < places.length; i++) if (counts[i]! > 0) rows.push(i);
  rows.sort((a, b) => counts[b]! - counts[a]! || places[a]!.properties.name.localeCompare(places[b]!.properties.name));
  if (rows.length === 0) return <p>No place in the current filters.</p>;
  return (
    <ol className="item-list" aria-label="Places shown">
      {rows.slice(0, MAX_ROWS).map((i) => {
        const p = places[i]!.properties;
        return (
          <li key={p.id}>
            <button type="button" aria-current={selected === i ? 'true' : undefined} onClick={() => onSelect(i)}>
              <span>{p.name}</span>
              <span className="count">
                {counts[i]} <span className="sr-only">mentions</span>
              </span>
            </button>
          </li>
        );
      })}
      {rows.length > MAX_ROWS && <li className="more">…and {rows.length - MAX_ROWS} more; search to narrow down.</li>}
    </ol>
  );
}
