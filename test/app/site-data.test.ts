import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { DataError, validateSiteData, validateTexts, type RawFiles } from '../../src/app/data/validate.js';
import { mentionAt } from '../../src/model/mention-columns.js';

const read = (name: string): unknown => JSON.parse(readFileSync(`test/fixtures/site/${name}`, 'utf8'));
const raw = (): RawFiles => ({
  places: read('places.geojson'),
  articles: read('articles.json'),
  mentions: read('mentions.json'),
  report: read('report.json'),
});

describe('validateSiteData', () => {
  it('accepts the sample site data', () => {
    const data = validateSiteData(raw());
    expect(data.places).toHaveLength(7);
    expect(data.report?.undated).toEqual(['fixture-undated']);
  });

  it('names the file and both versions when the schema differs', () => {
    expect(() => validateSiteData({ ...raw(), mentions: { schema: 1, mentions: [] } })).toThrow(
      new DataError('mentions.json: data schema 1, this app reads schema 3; rebuild the data with npm run data'),
    );
  });

  it('gives back every mention as it was published', () => {
    const data = validateSiteData(raw());
    expect(data.mentions.count).toBe(9);
    const texts = validateTexts(read('excerpts.json'), data.mentions.count);
    expect(mentionAt(data.mentions, texts, 0, data.keys)).toEqual({
      id: 'fixture-feb:1', place: 'geonames:170063', article: 'fixture-feb', role: 'literal', surface: 'Aleppo',
      excerpt: 'Tens of thousands fled an assault around Aleppo on Friday.', start: 41, end: 47, confidence: 0.9,
      eventDate: { date: '2016-02-05', text: 'on Friday' },
    });
  });

  it('rejects a mention that points past the published places, naming the column and the mention', () => {
    const mentions = read('mentions.json') as { place: number[] };
    mentions.place[3] = 7;
    expect(() => validateSiteData({ ...raw(), mentions })).toThrow(
      new DataError('mentions.json: "place" of mention 3 is 7, not an integer from 0 to 6'),
    );
  });

  it('rejects columns of different lengths', () => {
    const mentions = read('mentions.json') as { role: number[] };
    mentions.role.pop();
    expect(() => validateSiteData({ ...raw(), mentions })).toThrow(/mentions.json: column "role" has 8 entries, "place" has 9/);
  });

  it('rejects excerpts.json when it does not describe the same mentions, naming both files', () => {
    const data = validateSiteData(raw());
    expect(() => validateTexts(read('excerpts.json'), data.mentions.count + 1)).toThrow(
      new DataError('excerpts.json: column "excerpt" has 9 entries, mentions.json has 10'),
    );
    expect(() => validateTexts({ ...(read('excerpts.json') as object), schema: 2 }, data.mentions.count)).toThrow(
      /excerpts.json: data schema 2, this app reads schema 3/,
    );
  });

  it('rejects a place without coordinates', () => {
    const places = read('places.geojson') as { features: Array<{ geometry: unknown }> };
    places.features[0]!.geometry = { type: 'Point', coordinates: ['x', 1] };
    expect(() => validateSiteData({ ...raw(), places })).toThrow(/places.geojson: a feature is not a Point/);
  });

  it('keeps going without a build report', () => {
    expect(validateSiteData({ ...raw(), report: null }).report).toBeNull();
  });
});
