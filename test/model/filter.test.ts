import { describe, expect, it } from 'vitest';
import type { Article, Mention, Role } from '../../src/model/contract.js';
import { columnsOf } from '../../src/model/mention-columns.js';
import {
  DEFAULT_FILTERS, applyDates, buildMentionTable, dayPasses, deriveView, fold, makeTimeline, matchMask, timelineCounts,
  type Filters,
} from '../../src/model/filter.js';
import { NO_DAY, dayToIso, isoToDay } from '../../src/model/time.js';

const day = (iso: string): number => isoToDay(iso)!;

function article(id: string, date: string | null, outlet?: string, title = `Story ${id}`): Article {
  return { id, title, outlet, published: { date, provenance: date ? 'front-matter' : 'none' }, sourceFile: `${id}.md` };
}

let ordinal = 0;
function mention(articleId: string, place: string, role: Role = 'literal', excerpt = `News from ${place}.`, eventDate?: string): Mention {
  // The name as written: the place id when the sentence has it, else the sentence's first word ("Oncupinar" aside).
  const found = excerpt.indexOf(place);
  const start = Math.max(0, found);
  const end = found >= 0 ? start + place.length : excerpt.indexOf(' ');
  return {
    id: `${articleId}:${ordinal++}`, place, article: articleId, role, surface: excerpt.slice(start, end), excerpt, start, end,
    confidence: 0.9, ...(eventDate ? { eventDate: { date: eventDate, text: 'on Friday' } } : {}),
  };
}

const places = ['aleppo', 'beirut', 'öncüpınar'].map((id) => ({ properties: { id, name: id === 'öncüpınar' ? 'Öncüpınar' : id[0]!.toUpperCase() + id.slice(1) } }));
const articles = [
  article('a1', '2016-02-05', 'Reuters', 'Thousands flee Aleppo'),
  article('a2', '2016-02-20', 'AFP'),
  article('a3', null, 'Reuters'),
  article('a4', '2016-11-27'),
];
const mentions = [
  mention('a1', 'aleppo', 'literal', 'Thousands fled Aleppo on Friday.', '2016-02-05'),
  mention('a1', 'beirut', 'dateline'),
  mention('a1', 'aleppo', 'metonymic', 'Aleppo said no.'),
  mention('a2', 'beirut', 'literal', 'Refugees reached Beirut last week.'),
  mention('a2', 'aleppo', 'literal', 'Strikes hit Aleppo on November 13.', '2016-11-13'),
  mention('a3', 'öncüpınar', 'literal', 'At the Oncupinar crossing, refugees waited.'),
  mention('a4', 'aleppo', 'literal', 'Troops pressed into Aleppo.'),
  mention('a4', 'nowhere', 'literal'),
];
const keysOf = (as: readonly Article[]) => ({ placeIds: places.map((p) => p.properties.id), articleIds: as.map((a) => a.id) });
const { columns, texts } = columnsOf(mentions, keysOf(articles));
const table = buildMentionTable({ places, articles, mentions: columns });
const filters = (over: Partial<Filters> = {}): Filters => ({ ...DEFAULT_FILTERS, ...over });
const shown = (f: Filters): number[] => Array.from(deriveView(table, f, texts).visible);

describe('buildMentionTable', () => {
  it('indexes places, articles, outlets and days per mention', () => {
    expect(Array.from(table.place)).toEqual([0, 1, 0, 1, 0, 2, 0, -1]);
    expect(table.outlets).toEqual(['AFP', 'Reuters']);
    expect(Array.from(table.outlet)).toEqual([1, 1, 1, 0, 0, 1, -1, -1]);
    expect(table.publishedDay[5]).toBe(NO_DAY);
    expect(table.eventDay[4]).toBe(day('2016-11-13'));
    expect(table.eventDay[3]).toBe(day('2016-02-20')); // no event date: falls back to publication
    expect(table.bounds.published!.map(dayToIso)).toEqual(['2016-02-05', '2016-11-27']);
  });
});

describe('filters', () => {
  it('keeps literal and dateline mentions by default, undated included', () => {
    expect(shown(filters())).toEqual([0, 1, 3, 4, 5, 6, 7]);
  });

  it('keeps only the chosen roles', () => {
    expect(shown(filters({ roles: ['metonymic'] }))).toEqual([2]);
  });

  it('keeps only the chosen outlets; articles without an outlet drop out', () => {
    expect(shown(filters({ outlets: ['AFP'] }))).toEqual([3, 4]);
    expect(shown(filters({ outlets: [] }))).toEqual([]);
  });

  it('searches place names, titles, outlets and excerpts, ignoring case and accents', () => {
    expect(shown(filters({ search: 'oncupinar' }))).toEqual([5]);
    expect(shown(filters({ search: 'THOUSANDS' }))).toEqual([0, 1]); // title of a1
    expect(shown(filters({ search: 'afp beirut' }))).toEqual([3]); // every word must match
    expect(shown(filters({ search: 'pressed' }))).toEqual([6]);
  });

  it('searches the excerpts only once they are loaded, names and titles before', () => {
    const before = (search: string) => Array.from(deriveView(table, filters({ search }), null).visible);
    expect(before('pressed')).toEqual([]);
    expect(before('THOUSANDS')).toEqual([0, 1]);
  });

  it('shows only the window, or everything up to its end when cumulative', () => {
    const range = [day('2016-02-10'), day('2016-02-29')] as const;
    expect(shown(filters({ range, includeUndated: false }))).toEqual([3, 4]);
    expect(shown(filters({ range, mode: 'cumulative', includeUndated: false }))).toEqual([0, 1, 3, 4]);
    expect(shown(filters({ range }))).toEqual([3, 4, 5]);
  });

  it('dates by the event day when asked', () => {
    const range = [day('2016-11-01'), day('2016-11-30')] as const;
    expect(shown(filters({ range, includeUndated: false }))).toEqual([6, 7]);
    expect(shown(filters({ range, includeUndated: false, dateKind: 'event' }))).toEqual([4, 6, 7]);
  });

  it('counts shown mentions per place and article', () => {
    const mask = matchMask(table, DEFAULT_FILTERS);
    const view = applyDates(table, mask, filters({ range: [day('2016-02-01'), day('2016-02-29')], includeUndated: false }));
    expect(Array.from(view.placeCounts)).toEqual([2, 2, 0]);
    expect(Array.from(view.articleCounts)).toEqual([2, 2, 0, 0]);
    expect(view.placesShown).toBe(2);
  });

  it('counts distinct shown places per article, afresh on every call', () => {
    const all = matchMask(table, filters({ roles: ['literal', 'dateline', 'metonymic'] }));
    // a1 mentions Aleppo twice (literal and metonymic) and Beirut once: two places.
    expect(Array.from(applyDates(table, all, filters()).placesPerArticle)).toEqual([2, 2, 1, 1]);
    const feb = applyDates(table, all, filters({ range: [day('2016-02-10'), day('2016-02-29')], includeUndated: false }));
    expect(Array.from(feb.placesPerArticle)).toEqual([0, 2, 0, 0]);
    expect(Array.from(applyDates(table, all, filters()).placesPerArticle)).toEqual([2, 2, 1, 1]);
  });

  it('returns views that later calls do not change', () => {
    const mask = matchMask(table, DEFAULT_FILTERS);
    const first = applyDates(table, mask, filters());
    const copy = Array.from(first.visible);
    applyDates(table, mask, filters({ range: [day('2016-11-01'), day('2016-11-30')] }));
    expect(Array.from(first.visible)).toEqual(copy);
  });

  it('agrees with dayPasses', () => {
    const f = filters({ range: [day('2016-02-10'), day('2016-02-29')], includeUndated: false });
    expect(dayPasses(day('2016-02-20'), f)).toBe(true);
    expect(dayPasses(day('2016-02-05'), f)).toBe(false);
    expect(dayPasses(NO_DAY, f)).toBe(false);
    expect(dayPasses(NO_DAY, { ...f, includeUndated: true })).toBe(true);
  });
});

describe('timeline', () => {
  it('bins what the non-date filters keep over the whole span, and counts the undated', () => {
    const timeline = makeTimeline(table, 'published')!;
    expect(timeline.bins.unit).toBe('week'); // Feb to Nov is too long for day bars
    const all = timelineCounts(table, matchMask(table, DEFAULT_FILTERS), 'published', timeline.bins);
    expect(all.counts.reduce((a, b) => a + b, 0)).toBe(6);
    expect(all.undated).toBe(1);
    const afp = timelineCounts(table, matchMask(table, filters({ outlets: ['AFP'] })), 'published', timeline.bins);
    expect(afp.counts.reduce((a, b) => a + b, 0)).toBe(2);
    expect(afp.undated).toBe(0);
  });

  it('is null for a corpus without dates', () => {
    const undatedArticles = [article('x', null)];
    const undated = buildMentionTable({ places, articles: undatedArticles, mentions: columnsOf([mention('x', 'aleppo')], keysOf(undatedArticles)).columns });
    expect(makeTimeline(undated, 'published')).toBeNull();
  });
});

describe('fold', () => {
  it('folds case, diacritics and the dotless i', () => {
    expect(fold('Öncüpınar')).toBe('oncupinar');
  });
});
