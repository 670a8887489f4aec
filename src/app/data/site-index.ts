/**
 * Lookup tables built once from the loaded data, so each slider tick is one pass over typed arrays
 * rather than a search through objects.
 */
import type { Article, Mention } from '../../model/contract.js';
import { dayFromIso } from './day.js';
import type { SiteData } from './validate.js';

/** Marks an undated mention in `mentionDay`. */
export const UNDATED = -2147483648;

export type SiteIndex = {
  data: SiteData;
  /** Place id → position in data.places (also the map feature id). */
  placeIndex: ReadonlyMap<string, number>;
  articleById: ReadonlyMap<string, Article>;
  /** Per mention: its place's position, or -1 when the place is not published. */
  mentionPlace: Int32Array;
  /** Per mention: its article's publication day, or UNDATED. */
  mentionDay: Int32Array;
  /** First and last publication day over dated articles; null when no article has a date. */
  domain: { min: number; max: number } | null;
  undatedArticles: number;
};

export function buildSiteIndex(data: SiteData): SiteIndex {
  const placeIndex = new Map(data.places.map((f, i) => [f.properties.id, i] as const));
  const articleById = new Map(data.articles.map((a) => [a.id, a] as const));
  const articleDay = new Map<string, number | null>(data.articles.map((a) => [a.id, dayFromIso(a.published.date)]));
  const mentionPlace = new Int32Array(data.mentions.length);
  const mentionDay = new Int32Array(data.mentions.length);
  data.mentions.forEach((m: Mention, i) => {
    mentionPlace[i] = placeIndex.get(m.place) ?? -1;
    mentionDay[i] = articleDay.get(m.article) ?? UNDATED;
  });
  let min = Infinity;
  let max = -Infinity;
  let undatedArticles = 0;
  for (const day of articleDay.values()) {
    if (day === null) {
      undatedArticles++;
      continue;
    }
    min = Math.min(min, day);
    max = Math.max(max, day);
  }
  return {
    data,
    placeIndex,
    articleById,
    mentionPlace,
    mentionDay,
    domain: Number.isFinite(min) ? { min, max } : null,
    undatedArticles,
  };
}
