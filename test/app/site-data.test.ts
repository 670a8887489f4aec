import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { DataError, validateSiteData, type RawFiles } from '../../src/app/data/validate.js';

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
