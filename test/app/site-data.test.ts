import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { DataError, validateSiteData, type RawFiles } from '../../src/app/data/validate.js';
import { buildSiteIndex } from '../../src/app/data/site-index.js';
import { countByPlace, mentionsOfPlace, type Filters } from '../../src/app/data/filter.js';
import { dayFromIso, formatDay, isoFromDay } from '../../src/app/data/day.js';
import { DEFAULT_VISIBLE_ROLES, ROLES } from '../../src/model/contract.js';

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
    expect(() => validateSiteData({ ...raw(), mentions: { schema: 2, mentions: [] } })).toThrow(
      new DataError('mentions.json: data schema 2, this app reads schema 1; rebuild the data with npm run data'),
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

describe('filters over the site index', () => {
  const index = buildSiteIndex(validateSiteData(raw()));
  const aleppo = index.placeIndex.get('geonames:170063')!;
  const ratyan = index.placeIndex.get('regional:ratyan')!;
  const all: Filters = { from: index.domain!.min, to: index.domain!.max, includeUndated: true, roles: new Set(DEFAULT_VISIBLE_ROLES) };

  it('spans the dated articles and counts the undated one', () => {
    expect(index.domain).toEqual({ min: dayFromIso('2016-02-05'), max: dayFromIso('2016-09-24') });
    expect(index.undatedArticles).toBe(1);
  });

  it('counts mentions per place in the date range, undated ones only when asked', () => {
    expect(countByPlace(index, all)[aleppo]).toBe(3);
    expect(countByPlace(index, { ...all, includeUndated: false })[aleppo]).toBe(2);
    const september = { ...all, from: dayFromIso('2016-09-01')!, includeUndated: false };
    expect(countByPlace(index, september)[aleppo]).toBe(1);
    expect(countByPlace(index, september)[ratyan]).toBe(0);
  });

  it('leaves metonymic, adjectival and demonym mentions out by default', () => {
    const syria = index.placeIndex.get('country:SY')!;
    expect(countByPlace(index, all)[syria]).toBe(0);
    expect(countByPlace(index, { ...all, roles: new Set(ROLES) })[syria]).toBe(1);
  });

  it('lists the excerpts of one place that pass the filters', () => {
    expect(mentionsOfPlace(index, { ...all, includeUndated: false }, aleppo).map((m) => m.id)).toEqual([
      'fixture-feb:0',
      'fixture-sep:1',
    ]);
  });
});

describe('days', () => {
  it('round-trips ISO dates and formats them without ambiguity', () => {
    const day = dayFromIso('2016-02-05')!;
    expect(isoFromDay(day)).toBe('2016-02-05');
    expect(formatDay(day)).toBe('5 Feb 2016');
    expect(dayFromIso('05/02/2016')).toBeNull();
    expect(dayFromIso(null)).toBeNull();
  });
});
