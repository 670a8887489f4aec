/** Articles with shown mentions, newest first; choosing one highlights its places on the map. */
import { memo, useMemo } from 'react';
import type { Article } from '../../model/contract.js';
import { compare } from '../../model/order.js';
import type { View } from '../../model/filter.js';
import { ArticleDate } from './ArticleDate.js';
import { usePaging } from './ShowMore.js';

type Props = {
  articles: readonly Article[];
  view: View;
  selected: string | null;
  onSelect: (id: string | null) => void;
};

export const ArticleList = memo(function ArticleList({ articles, view, selected, onSelect }: Props) {
  const [limit, more] = usePaging();
  const mentionCounts = view.articleCounts;
  // Distinct shown places per article, counted by applyDates in the same pass.
  const placeCounts = view.placesPerArticle;
  const rows = useMemo(
    () =>
      articles
        .map((a, i) => ({ a, i }))
        .filter(({ i }) => mentionCounts[i]! > 0)
        .sort((x, y) => compare(y.a.published.date ?? '', x.a.published.date ?? '') || compare(x.a.id, y.a.id)),
    [articles, mentionCounts],
  );
  if (rows.length === 0) return <p>No article in the current filters.</p>;
  return (
    <>
      <ol className="item-list articles" aria-label="Articles shown">
        {rows.slice(0, limit).map(({ a, i }) => (
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
      {more(rows.length)}
    </>
  );
});
