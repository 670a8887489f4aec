/**
 * What the user sees, derived from the loaded data and the filters, fast enough to run on every slider tick.
 *
 * The data is turned once into a column table of typed arrays (one entry per mention). A filter update is then two
 * steps the app can memoise separately:
 *  1. `matchMask`: roles, outlets and search text: changes when the user edits those, not while scrubbing;
 *  2. `applyDates`: the date range on top of that mask: one pass over typed arrays per slider tick.
 * `timelineCounts` bins the mask WITHOUT the date filter, so the histogram always spans the whole filtered corpus and
 * the app highlights the selected window on it.
 *
 * Pure: no DOM, no Node. Place positions are indices into `places` (also the map feature ids), article positions
 * indices into `articles`.
 *
 * @example
 * const table = buildMentionTable({ places, articles, mentions });   // mentions: MentionColumns (no excerpts)
 * const filters = { ...DEFAULT_FILTERS, range: [isoToDay('2016-02-01')!, isoToDay('2016-02-29')!] as const };
 * const mask = matchMask(table, filters, texts);           // memoise on roles/outlets/search (+ texts if searching)
 * const view = applyDates(table, mask, filters);          // every tick: view.placeCounts[placePos], view.visible,
 *                                                          // view.placesPerArticle[articlePos] (no Sets needed)
 * const timeline = makeTimeline(table, filters.dateKind);  // memoise on dateKind
 * const bars = timelineCounts(table, mask, filters.dateKind, timeline.bins); // memoise on mask
 */
import { DEFAULT_VISIBLE_ROLES, ROLES, type Article, type Role } from './contract.js';
import type { MentionColumns, MentionTexts } from './mention-columns.js';
import {
  NO_DAY, chooseUnit, dayTotals, histogram, inTimeRange, isoToDay, makeBins, type Bins, type DayRange, type DayTotals,
  type TimeMode,
} from './time.js';

/** Which date places a mention on the timeline. */
export type DateKind = 'published' | 'event';
export const DATE_KINDS: readonly DateKind[] = ['published', 'event'];

export type Filters = {
  /** Inclusive day numbers (see time.ts); null = no date filter. */
  range: DayRange | null;
  mode: TimeMode;
  /**
   * 'published': the article's publication date. 'event': the day the excerpt says it happened on where it says
   * one, else the publication date (so switching never hides a mention just because its sentence names no day).
   */
  dateKind: DateKind;
  roles: readonly Role[];
  /** Outlet names to keep; null = every outlet. Articles without an outlet are kept only when null. */
  outlets: readonly string[] | null;
  /**
   * Words that must all appear (case and accents ignored) in the place name, article title, outlet or excerpt
   * (excerpts once loaded: see matchMask).
   */
  search: string;
  /** Show mentions that have no date of the chosen kind. */
  includeUndated: boolean;
};

export const DEFAULT_FILTERS: Filters = {
  range: null,
  mode: 'window',
  dateKind: 'published',
  roles: DEFAULT_VISIBLE_ROLES,
  outlets: null,
  search: '',
  includeUndated: true,
};

/** The shape the table is built from (the app's loaded site data satisfies it). */
export type TableInput = {
  places: readonly { properties: { id: string; name: string } }[];
  articles: readonly Article[];
  /** The mentions in columns (src/model/mention-columns.ts); place and article are positions in the lists above. */
  mentions: MentionColumns;
};

export type MentionTable = {
  count: number;
  /** Per mention: place position, or -1 when the place is not published. */
  place: Int32Array;
  /** Per mention: article position, or -1 when the article is missing. */
  article: Int32Array;
  /** Per mention: position of its role in ROLES. */
  role: Uint8Array;
  /** Per mention: position of its article's outlet in `outlets`, or -1 when none. */
  outlet: Int32Array;
  /** Per mention: publication day of its article, or NO_DAY. */
  publishedDay: Int32Array;
  /** Per mention: event day if the excerpt gives one, else the publication day, or NO_DAY. */
  eventDay: Int32Array;
  /** Distinct outlet names, sorted. */
  outlets: string[];
  /** First and last day per date kind; null when nothing is dated. */
  bounds: Record<DateKind, DayRange | null>;
  placeCount: number;
  articleCount: number;
  /** Per mention: dense id of its (article, place) pair, so distinct places per article count with typed arrays. */
  pair: Int32Array;
  /** Per pair: its article position. */
  pairArticle: Int32Array;
  /** Folded text for search, per place and per article (title + outlet). */
  search: { places: string[]; articles: string[] };
  /** Buffers applyDates reuses between ticks, so scrubbing allocates (and garbage-collects) almost nothing. */
  scratch: { picked: Uint32Array; pairStamp: Uint32Array; tick: number };
};

export function buildMentionTable(input: TableInput): MentionTable {
  const { places, articles, mentions: columns } = input;
  const outlets = [...new Set(articles.flatMap((a) => (a.outlet ? [a.outlet] : [])))].sort();
  const outletPos = new Map(outlets.map((o, i) => [o, i] as const));
  // 10k articles share a few hundred publication days: each distinct date is parsed once.
  const days = new Map<string, number>();
  const dayOf = (iso: string): number => {
    let d = days.get(iso);
    if (d === undefined) days.set(iso, (d = isoToDay(iso) ?? NO_DAY));
    return d;
  };
  const articleDay = articles.map((a) => (a.published.date === null ? NO_DAY : dayOf(a.published.date)));
  const articleOutlet = articles.map((a) => (a.outlet ? outletPos.get(a.outlet)! : -1));
  // The event dates are stored once each in the file: a few hundred for 100k mentions.
  const eventDays = columns.eventDates.map((e) => dayOf(e.date));

  const n = columns.count;
  const { place, article } = columns;
  const outlet = new Int32Array(n);
  const publishedDay = new Int32Array(n);
  const eventDay = new Int32Array(n);
  const pair = new Int32Array(n);
  // Mentions come grouped by article, and an article names a few dozen places at most: its pairs are found by a
  // short scan back over the pairs numbered since the article began (no map per article).
  const pairArticle: number[] = [];
  const pairPlace: number[] = [];
  let articleFirstPair = 0;
  for (let i = 0; i < n; i++) {
    const a = article[i]!;
    if (i === 0 || a !== article[i - 1]) articleFirstPair = pairArticle.length;
    outlet[i] = a >= 0 ? articleOutlet[a]! : -1;
    const published = a >= 0 ? articleDay[a]! : NO_DAY;
    publishedDay[i] = published;
    const e = columns.eventDate[i]!;
    eventDay[i] = e >= 0 && eventDays[e] !== NO_DAY ? eventDays[e]! : published;
    const p = place[i]!;
    let id = pairArticle.length - 1;
    while (id >= articleFirstPair && pairPlace[id] !== p) id--;
    if (id < articleFirstPair) {
      id = pairArticle.length;
      pairArticle.push(a);
      pairPlace.push(p);
    }
    pair[i] = id;
  }
  return {
    count: n,
    place,
    article,
    role: columns.role,
    outlet,
    publishedDay,
    eventDay,
    outlets,
    bounds: { published: dayBounds(publishedDay), event: dayBounds(eventDay) },
    placeCount: places.length,
    articleCount: articles.length,
    pair,
    pairArticle: Int32Array.from(pairArticle),
    scratch: { picked: new Uint32Array(n), pairStamp: new Uint32Array(pairArticle.length), tick: 0 },
    search: {
      places: places.map((p) => fold(p.properties.name)),
      articles: articles.map((a) => fold(`${a.title} ${a.outlet ?? ''}`)),
    },
  };
}

/** The day column for a date kind. */
export function daysOf(table: MentionTable, kind: DateKind): Int32Array {
  return kind === 'event' ? table.eventDay : table.publishedDay;
}

/**
 * 1 for each mention that passes roles, outlets and search; 0 otherwise. Dates are not looked at. Search looks in
 * the excerpts only when `texts` is given (they load after the map is drawn).
 */
export function matchMask(
  table: MentionTable,
  filters: Pick<Filters, 'roles' | 'outlets' | 'search'>,
  texts: MentionTexts | null = null,
): Uint8Array {
  const mask = new Uint8Array(table.count);
  const roleOk = new Uint8Array(ROLES.length);
  for (const r of filters.roles) {
    const i = ROLES.indexOf(r);
    if (i >= 0) roleOk[i] = 1;
  }
  let outletOk: Uint8Array | null = null;
  if (filters.outlets !== null) {
    outletOk = new Uint8Array(table.outlets.length);
    for (const o of filters.outlets) {
      const i = table.outlets.indexOf(o);
      if (i >= 0) outletOk[i] = 1;
    }
  }
  const terms = searchTerms(filters.search);
  const placeHits = terms.length ? terms.map((t) => table.search.places.map((s) => s.includes(t))) : [];
  const articleHits = terms.length ? terms.map((t) => table.search.articles.map((s) => s.includes(t))) : [];
  const excerpts = terms.length && texts ? excerptKeys(texts) : null;

  for (let i = 0; i < table.count; i++) {
    if (roleOk[table.role[i]!] === 0) continue;
    if (outletOk !== null) {
      const o = table.outlet[i]!;
      if (o < 0 || outletOk[o] === 0) continue;
    }
    if (terms.length > 0 && !matchesAll(i, table, terms, placeHits, articleHits, excerpts)) continue;
    mask[i] = 1;
  }
  return mask;
}

/** What the map and panels show for the current dates. */
export type View = {
  /** Positions of the shown mentions, in data order. */
  visible: Uint32Array;
  /** Shown mentions per place position (sizes the markers). */
  placeCounts: Uint32Array;
  /** Shown mentions per article position. */
  articleCounts: Uint32Array;
  /** Distinct places with a shown mention, per article position (the article list's "n places"). */
  placesPerArticle: Uint32Array;
  /** Number of places with at least one shown mention. */
  placesShown: number;
};

/** Apply the date filter to a match mask. One pass over typed arrays. */
export function applyDates(
  table: MentionTable,
  mask: Uint8Array,
  filters: Pick<Filters, 'range' | 'mode' | 'dateKind' | 'includeUndated'>,
): View {
  const days = daysOf(table, filters.dateKind);
  const { range, mode, includeUndated } = filters;
  const placeCounts = new Uint32Array(table.placeCount);
  const articleCounts = new Uint32Array(table.articleCount);
  const placesPerArticle = new Uint32Array(table.articleCount);
  const { picked, pairStamp } = table.scratch;
  // A new stamp per call marks the pairs seen in this pass without clearing the array.
  const stamp = (table.scratch.tick = (table.scratch.tick % 0xfffffffe) + 1);
  if (stamp === 1) pairStamp.fill(0);
  const { pair, pairArticle } = table;
  let shown = 0;
  let placesShown = 0;
  // The range test is inlined (see inTimeRange) because this loop runs on every slider tick.
  const from = range === null ? -Infinity : mode === 'cumulative' ? -Infinity : range[0];
  const to = range === null ? Infinity : range[1];
  for (let i = 0; i < table.count; i++) {
    if (mask[i] === 0) continue;
    const day = days[i]!;
    if (day === NO_DAY ? !includeUndated : day < from || day > to) continue;
    picked[shown++] = i;
    const p = table.place[i]!;
    if (p >= 0 && placeCounts[p]!++ === 0) placesShown++;
    const a = table.article[i]!;
    if (a < 0) continue;
    articleCounts[a]!++;
    const pr = pair[i]!;
    if (p >= 0 && pairStamp[pr] !== stamp) {
      pairStamp[pr] = stamp;
      placesPerArticle[pairArticle[pr]!]!++;
    }
  }
  // A copy of just the shown part: the scratch buffer is reused by the next call.
  return { visible: picked.slice(0, shown), placeCounts, articleCounts, placesPerArticle, placesShown };
}

/** Same test as applyDates, for one day (panels, tests). */
export function dayPasses(day: number, filters: Pick<Filters, 'range' | 'mode' | 'includeUndated'>): boolean {
  if (day === NO_DAY) return filters.includeUndated;
  return filters.range === null || inTimeRange(day, filters.range, filters.mode);
}

/** The timeline axis for a date kind: bounds of the whole corpus and bins of a readable unit. Null when undated. */
export type Timeline = { bounds: DayRange; bins: Bins };

export function makeTimeline(table: MentionTable, kind: DateKind, maxBins = 120): Timeline | null {
  const bounds = table.bounds[kind];
  if (bounds === null) return null;
  return { bounds, bins: makeBins(bounds[0], bounds[1], chooseUnit(bounds[1] - bounds[0], maxBins)) };
}

/**
 * Histogram of the masked mentions (all dates), the same per day as running totals (playback skips the days
 * without any), and how many of them are undated (the toggle's count).
 */
export function timelineCounts(
  table: MentionTable,
  mask: Uint8Array,
  kind: DateKind,
  bins: Bins,
): { counts: Uint32Array; perDay: DayTotals; undated: number } {
  const days = daysOf(table, kind);
  let undated = 0;
  for (let i = 0; i < table.count; i++) if (mask[i] !== 0 && days[i] === NO_DAY) undated++;
  const perDay = dayTotals(days, bins.starts[0]!, bins.starts[bins.count]! - 1, mask);
  return { counts: histogram(bins, days, mask), perDay, undated };
}

/** Everything at once, for callers that do not memoise the steps. */
export function deriveView(table: MentionTable, filters: Filters, texts: MentionTexts | null = null): View & { mask: Uint8Array } {
  const mask = matchMask(table, filters, texts);
  return { ...applyDates(table, mask, filters), mask };
}

/** Lower case without diacritics, so "oncupinar" finds "Öncüpınar" (dotless ı folded too). */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ı/g, 'i').toLowerCase();
}

function searchTerms(search: string): string[] {
  return fold(search).split(/\s+/).filter((t) => t.length > 0);
}

/** Folded excerpts, made on the first search only: folding every distinct sentence costs tens of milliseconds. */
const foldedExcerpts = new WeakMap<MentionTexts, string[]>();

function excerptKeys(texts: MentionTexts): { folded: string[]; of: Int32Array } {
  let folded = foldedExcerpts.get(texts);
  if (!folded) foldedExcerpts.set(texts, (folded = texts.excerpts.map(fold)));
  return { folded, of: texts.excerpt };
}

function matchesAll(
  i: number,
  table: MentionTable,
  terms: string[],
  placeHits: boolean[][],
  articleHits: boolean[][],
  excerpts: { folded: string[]; of: Int32Array } | null,
): boolean {
  const p = table.place[i]!;
  const a = table.article[i]!;
  for (let t = 0; t < terms.length; t++) {
    if (p >= 0 && placeHits[t]![p]) continue;
    if (a >= 0 && articleHits[t]![a]) continue;
    if (excerpts && excerpts.folded[excerpts.of[i]!]!.includes(terms[t]!)) continue;
    return false;
  }
  return true;
}

function dayBounds(days: Int32Array): DayRange | null {
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < days.length; i++) {
    const d = days[i]!;
    if (d === NO_DAY) continue;
    if (d < min) min = d;
    if (d > max) max = d;
  }
  return min === Infinity ? null : [min, max];
}
