/** A sentence with the place name marked. Text nodes only: article text never becomes markup. */
import type { Mention } from '../../model/contract.js';

export function splitExcerpt(m: Pick<Mention, 'excerpt' | 'start' | 'end'>): [before: string, match: string, after: string] {
  const valid = m.start >= 0 && m.end <= m.excerpt.length && m.start < m.end;
  if (!valid) return [m.excerpt, '', ''];
  return [m.excerpt.slice(0, m.start), m.excerpt.slice(m.start, m.end), m.excerpt.slice(m.end)];
}

export function HighlightedExcerpt({ mention }: { mention: Mention }) {
  const [before, match, after] = splitExcerpt(mention);
  return (
    <q className="excerpt">
      {before}
      {match && <mark>{match}</mark>}
      {after}
    </q>
  );
}
