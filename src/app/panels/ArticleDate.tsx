/** A publication date with where it came from: an inferred date must not read like a printed one. */
import type { PublishedDate } from '../../model/contract.js';
import { formatDay, isoToDay } from '../../model/time.js';

const HINTS: Record<PublishedDate['provenance'], string> = {
  'front-matter': 'from the article metadata',
  text: 'from a date line in the text',
  curated: 'set by a curator',
  inferred: 'inferred',
  none: 'undated',
};

export function ArticleDate({ published }: { published: PublishedDate }) {
  const day = published.date ? isoToDay(published.date) : undefined;
  if (day === undefined) return <span className="date undated">Undated</span>;
  const inferred = published.provenance === 'inferred' || published.provenance === 'curated';
  const title = [HINTS[published.provenance], published.note].filter(Boolean).join(': ');
  return (
    <span className="date" title={title}>
      <time dateTime={published.date!}>{formatDay(day)}</time>
      {inferred && <span className="provenance"> ({HINTS[published.provenance]})</span>}
      {published.ambiguous && <span className="provenance"> (ambiguous)</span>}
    </span>
  );
}
