/** The accessible alternative to the map: the shown places as a list, most mentioned first, a page at a time. */
import { memo, useMemo } from 'react';
import type { PlaceFeature } from '../../model/contract.js';
import { compareNames } from '../../model/order.js';
import { usePaging } from './ShowMore.js';

type Props = {
  places: readonly PlaceFeature[];
  counts: ArrayLike<number>;
  selected: number | null;
  onSelect: (position: number) => void;
};

export const PlaceList = memo(function PlaceList({ places, counts, selected, onSelect }: Props) {
  const [limit, more] = usePaging();
  const rows = useMemo(() => {
    const shown: number[] = [];
    for (let i = 0; i < places.length; i++) if (counts[i]! > 0) shown.push(i);
    return shown.sort((a, b) => counts[b]! - counts[a]! || compareNames(places[a]!.properties.name, places[b]!.properties.name));
  }, [places, counts]);
  if (rows.length === 0) return <p>No place in the current filters.</p>;
  return (
    <>
      <ol className="item-list" aria-label="Places shown">
        {rows.slice(0, limit).map((i) => {
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
      </ol>
      {more(rows.length)}
    </>
  );
});
