/** Articles with shown mentions, newest first; choosing one highlights its places on the map. */
import type { Article } from '../../model/contract.js';
import { ArticleDate } from './ArticleDate.js';

type Props = {
  articles: readonly Article[];
  /** Shown mentions per article position. */
  mentionCounts: ArrayLike<number>;
  /** Distinct shown places per article position. */
  placeCounts: ArrayLike<number>;
  selected: string | null;
  onSelect: (id: string | null) => void;
};

export function ArticleList({ articles, mentionCounts, placeCounts, selected, onSelect }: Props) {
  const rows = articles
    .map((a, i) => ({ a, i }))
    .filter(({ i }) => mentionCounts[i]! > 0)
    .sort((x, y) => (y.a.published.date ?? '').localeCompare(x.a.published.date ?? '') || x.a.id.localeCompare(y.a.id));
  if (rows.length === 0) return <p>No article in the current filters.</p>;
  return (
    <ol className="item-list articles" aria-label="Articles shown">
      {rows.map(({ a, i }) => (
        <li key={a.id}>
          <button
            type="button"
            aria-pressed={selected === a.id}
            onClick={() => onSelect(selected === a.id ? null : a.id)}
          >
            <span className="article-title">{a.title}</span>
            <span className="article-meta">
              {a.outlet ?? 'Unknown outlet'} · <ArticleDate published={a.published} /> · {placeCounts[i]}{' '}
              {placeCounts[i] === 1 ? 'place' : 'places'}
            </span>
          </button>
        </li>
      ))}
    </ol>
  );
}
