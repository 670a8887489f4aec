/** Articles with shown mentions, newest first; choosing one highlights its places on the map. */
import { useMemo } from 'react';
import type { Article } from '../../model/contract.js';
import type { MentionTable, View } from '../../model/filter.js';
import { ArticleDate } from './ArticleDate.js';

type Props = {
  articles: readonly Article[];
  table: MentionTable;
  view: View;
  selected: string | null;
  onSelect: (id: string | null) => void;
};

export function ArticleList({ articles, table, view, selected, onSelect }: Props) {
  const mentionCounts = view.articleCounts;
  // Distinct shown places per article: one pass over the shown mentions, only while this list is on screen.
  const placeCounts = useMemo(() => {
    const seen = new Set<number>();
    const counts = new Uint32Array(articles.length);
    for (const i of view.visible) {
      const a = table.article[i]!;
      const p = table.place[i]!;
      if (a < 0 || p < 0) continue;
      const key = a * table.placeCount + p;
      if (!seen.has(key)) {
        seen.add(key);
        counts[a]!++;
      }
    }
    return counts;
  }, [articles, table, view]);
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
