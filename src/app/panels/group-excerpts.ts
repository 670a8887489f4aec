/** Excerpts of one place grouped by article, newest first, undated last. */
import type { Article, Mention } from '../../model/contract.js';
import { compare } from '../../model/order.js';

export type ArticleGroup = { article: Article; mentions: Mention[] };

export function groupByArticle(mentions: readonly Mention[], articleById: ReadonlyMap<string, Article>): ArticleGroup[] {
  const groups = new Map<string, ArticleGroup>();
  for (const m of mentions) {
    const article = articleById.get(m.article);
    if (!article) continue;
    let group = groups.get(article.id);
    if (!group) groups.set(article.id, (group = { article, mentions: [] }));
    group.mentions.push(m);
  }
  return [...groups.values()].sort((a, b) => {
    const da = a.article.published.date ?? '';
    const db = b.article.published.date ?? '';
    // ISO dates sort as strings; '' (undated) goes last.
    return da === db ? compare(a.article.id, b.article.id) : compare(db, da);
  });
}
