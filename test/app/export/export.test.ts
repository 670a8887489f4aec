import { describe, expect, it } from 'vitest';
import type { Article, Mention, PlaceFeature } from '../../../src/model/contract.js';
import { csvCell, toCsv } from '../../../src/app/export/csv.js';
import { toMentionsGeoJson, toPlacesGeoJson } from '../../../src/app/export/geojson.js';
import { EXPORT_COLUMNS, exportFileName, exportRows } from '../../../src/app/export/rows.js';
import { columnsOf } from '../../../src/model/mention-columns.js';

const places: PlaceFeature[] = [
  { type: 'Feature', geometry: { type: 'Point', coordinates: [37.16117, 36.20124] }, properties: { id: 'geonames:170063', name: 'Aleppo', kind: 'city', precision: 'city', country: 'SY', source: 'GeoNames', licence: 'CC BY 4.0', mentions: 2 } },
  { type: 'Feature', geometry: { type: 'Point', coordinates: [-3.70379, 40.41678] }, properties: { id: 'geonames:3117735', name: 'Madrid', kind: 'city', precision: 'city', country: 'ES', source: 'GeoNames', licence: 'CC BY 4.0', mentions: 1 } },
];
const articles: Article[] = [
  { id: 'a1', title: 'Thousands flee, "again"', outlet: 'Reuters', url: 'https://example.org/a1', published: { date: '2016-02-05', provenance: 'front-matter' }, sourceFile: 'a1.md' },
  { id: 'a2', title: '=HYPERLINK("http://evil")', published: { date: null, provenance: 'none' }, sourceFile: 'a2.txt' },
];
const mentions: Mention[] = [
  { id: 'a1:1', place: 'geonames:170063', article: 'a1', role: 'literal', surface: 'Aleppo', excerpt: 'Thousands fled Aleppo on Friday, aid workers said.', start: 15, end: 21, confidence: 0.95, eventDate: { date: '2016-02-05', text: 'on Friday' } },
  { id: 'a2:1', place: 'geonames:3117735', article: 'a2', role: 'metonymic', surface: 'Madrid', excerpt: '-Madrid said\nno.', start: 1, end: 7, confidence: 0.5 },
  { id: 'a2:2', place: 'missing', article: 'a2', role: 'literal', surface: 'X', excerpt: 'X', start: 0, end: 1, confidence: 0.5 },
];
const keys = { placeIds: places.map((f) => f.properties.id), articleIds: articles.map((a) => a.id) };
const { columns, texts } = columnsOf(mentions, keys);
const data = { places, articles, mentions: columns, texts, keys };

describe('exportRows', () => {
  it('flattens the shown mentions with place, article and both dates, in the order given', () => {
    const rows = exportRows(data, [1, 0]);
    expect(rows.map((r) => r.mentionId)).toEqual(['a2:1', 'a1:1']);
    expect(rows[1]).toMatchObject({
      placeName: 'Aleppo', lon: 37.16117, lat: 36.20124, title: 'Thousands flee, "again"', outlet: 'Reuters',
      url: 'https://example.org/a1', published: '2016-02-05', eventDate: '2016-02-05', eventDateText: 'on Friday', role: 'literal', confidence: 0.95,
    });
    expect(rows[0]).toMatchObject({ outlet: null, url: null, published: null, eventDate: null });
  });

  it('skips mentions whose place is not published', () => {
    expect(exportRows(data, [2])).toEqual([]);
  });
});

describe('toCsv', () => {
  const csv = toCsv(exportRows(data, [0, 1]));
  const lines = csv.split('\r\n');

  it('writes a header and one CRLF-terminated record per row', () => {
    expect(lines[0]).toBe(EXPORT_COLUMNS.join(','));
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('quotes fields with commas, quotes and line breaks, doubling quotes', () => {
    expect(csv).toContain('"Thousands flee, ""again"""');
    expect(csv).toContain('"\'-Madrid said\nno."');
  });

  it('guards text cells against formulas but leaves negative numbers alone', () => {
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('+33 1')).toBe("'+33 1");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('-2')).toBe("'-2");
    expect(csvCell('\tx')).toBe("'\tx");
    expect(csvCell(-3.70379)).toBe('-3.70379');
    expect(csv).toContain(',-3.70379,40.41678,');
    expect(csv).toContain('"\'=HYPERLINK(""http://evil"")"');
  });

  it('writes null as an empty field', () => {
    expect(csvCell(null)).toBe('');
  });
});

describe('GeoJSON', () => {
  it('has one point per mention with the columns as properties', () => {
    const fc = toMentionsGeoJson(exportRows(data, [0]));
    expect(fc.type).toBe('FeatureCollection');
    expect(fc.features[0]!.geometry).toEqual({ type: 'Point', coordinates: [37.16117, 36.20124] });
    expect(fc.features[0]!.properties).toMatchObject({ placeId: 'geonames:170063', excerpt: mentions[0]!.excerpt, eventDate: '2016-02-05' });
    expect(fc.features[0]!.properties).not.toHaveProperty('lon');
  });

  it('lists only places with shown mentions, with their count', () => {
    const fc = toPlacesGeoJson(places, Uint32Array.from([0, 3]));
    expect(fc.features.map((f) => [f.properties.name, f.properties.shownMentions])).toEqual([['Madrid', 3]]);
  });
});

describe('exportFileName', () => {
  it('names the file by what and when', () => {
    expect(exportFileName('mentions', 'csv', { from: '2016-02-01', to: '2016-02-29' })).toBe('newsmap-mentions-2016-02-01_2016-02-29.csv');
    expect(exportFileName('places', 'geojson', null)).toBe('newsmap-places-all.geojson');
  });
});
