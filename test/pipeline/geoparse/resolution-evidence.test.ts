import { describe, expect, it } from 'vitest';
import { createGeoparser } from '../../../src/pipeline/geoparse/index.js';
import type { GazetteerRow } from '../../../src/pipeline/gazetteer/row.js';
import { fastKm, km } from '../../../src/pipeline/geoparse/resolve.js';

/** Small gazetteers, one per piece of resolution evidence: each test shows the evidence deciding. */
const base = { variants: [] as string[], source: 'test', licence: 'CC0' };
type Extra = Partial<GazetteerRow> & { admin1Code?: string };
function city(id: string, name: string, country: string, lat: number, lon: number, population: number, extra: Extra = {}): GazetteerRow {
  return { ...base, id: `geonames:${id}`, name, kind: 'city', precision: 'city', country, lat, lon, population, featureCode: 'PPL', layer: 'geonames', ...extra } as GazetteerRow;
}
function division(code: string, name: string, country: string, lat: number, lon: number, variants: string[] = []): GazetteerRow {
  return { ...base, id: `admin1:${country}-${code}`, name, kind: 'province', precision: 'province', country, lat, lon, layer: 'region', admin1Code: code, variants } as GazetteerRow;
}
function country(cc: string, name: string, lat: number, lon: number): GazetteerRow {
  return { ...base, id: `country:${cc}`, name, kind: 'country', precision: 'country', country: cc, lat, lon, layer: 'country' };
}

const rows: GazetteerRow[] = [
  country('CA', 'Canada', 60, -95),
  country('GB', 'United Kingdom', 54, -2),
  country('US', 'United States', 39.8, -98.5),
  country('AU', 'Australia', -25, 134),
  country('MX', 'Mexico', 23, -102),
  division('08', 'Ontario', 'CA', 50, -85),
  division('NY', 'New York State', 'US', 43, -75.5),
  division('07', 'Victoria State', 'AU', -37, 145),
  division('08W', 'Western Australia', 'AU', -25, 122),
  city('2643743', 'London', 'GB', 51.51, -0.13, 8_961_989, { featureCode: 'PPLC', admin1Code: 'ENG' }),
  city('6058560', 'London', 'CA', 42.98, -81.23, 346_765, { admin1Code: '08' }),
  city('6167865', 'Toronto', 'CA', 43.7, -79.42, 2_600_000, { featureCode: 'PPLA', admin1Code: '08' }),
  city('6094817', 'Ottawa', 'CA', 45.41, -75.7, 812_129, { featureCode: 'PPLC', admin1Code: '08' }),
  city('5128581', 'New York City', 'US', 40.71, -74.01, 8_804_190, { variants: ['New York'], admin1Code: 'NY' }),
  city('5110266', 'Bronx', 'US', 40.85, -73.87, 1_385_108, { admin1Code: 'NY' }),
  city('1819729', 'Hong Kong', 'HK', 22.28, 114.17, 7_482_500, { featureCode: 'PPLC', variants: ['Victoria'] }),
  city('1931681', 'Victoria', 'HK', 22.29, 114.16, 956_800),
  city('4140963', 'Washington', 'US', 38.9, -77.04, 689_545, { featureCode: 'PPLC', admin1Code: 'DC' }),
  city('4915545', 'Washington', 'US', 40.7, -89.41, 16_664, { admin1Code: 'IL' }),
  division('IL', 'Illinois', 'US', 40, -89),
  city('3530597', 'Mexico City', 'MX', 19.43, -99.13, 12_294_193, { featureCode: 'PPLC', variants: ['Mexico'] }),
  city('4004898', 'Guadalajara', 'MX', 20.67, -103.39, 1_385_629, { featureCode: 'PPLA' }),
  division('10', 'Quebec', 'CA', 52, -72),
  city('6325494', 'Québec', 'CA', 46.81, -71.21, 531_902, { featureCode: 'PPLA', admin1Code: '10' }),
  city('6141439', 'Rouyn-Noranda', 'CA', 48.24, -79.02, 42_334, { admin1Code: '10' }),
  division('MO', 'Missouri', 'US', 38.25, -92.5),
  division('FL', 'Florida', 'US', 28.75, -82.5),
  city('4398103', 'Mexico', 'US', 39.17, -91.88, 11_469, { admin1Code: 'MO' }),
  city('5117451', 'Florida', 'US', 41.33, -74.36, 2_833, { admin1Code: 'NY' }),
  city('2988507', 'Paris', 'FR', 48.85, 2.35, 2_138_551, { featureCode: 'PPLC' }),
  city('4974617', 'Paris', 'US', 44.26, -70.5, 5_183, { admin1Code: 'ME' }),
  city('6104111', 'Paris', 'CA', 43.2, -80.38, 12_310, { admin1Code: '08' }),
  city('5101798', 'Newark', 'US', 40.74, -74.17, 281_944, { admin1Code: 'NJ' }),
  city('5907896', 'Brantford', 'CA', 43.17, -80.24, 97_496, { admin1Code: '08' }),
  division('TX', 'Texas', 'US', 31.25, -99.25),
  city('4698296', 'Holliday', 'US', 33.82, -98.7, 1_758, { admin1Code: 'TX' }),
];
const geoparser = createGeoparser(rows);
const placeOf = (text: string, surface: string, nth = 0): string | null | undefined =>
  geoparser.parse({ id: 't', text }).filter((t) => t.text === surface)[nth]?.place?.id;

describe('resolution evidence', () => {
  it('weighs the article focus: divisions and confidently placed cities pull a namesake home', () => {
    const text = 'Police in Ontario said the crash happened on Highway 401 near Toronto. The driver was taken to hospital in London.';
    expect(placeOf(text, 'London')).toBe('geonames:6058560');
    // Without that focus the capital's prior wins.
    expect(placeOf('The minister flew to London on Monday.', 'London')).toBe('geonames:2643743');
  });

  it('never counts a name as context for itself ("Mexico" does not pull "Mexico" to Mexico City)', () => {
    expect(placeOf('Trade with Mexico grew last year, officials in Guadalajara said.', 'Mexico')).toBe('country:MX');
  });

  it('asks more than the article focus before reading a country or a state as a small namesake town', () => {
    const text = 'Police in New York City said the man, a native of Mexico, was arrested. Sen. Marco Rubio of Florida said so too.';
    expect(placeOf(text, 'Mexico')).toBe('country:MX');
    expect(placeOf(text, 'Florida')).toBe('admin1:US-FL');
    // The town's own qualifier still decides.
    expect(placeOf('He grew up in Mexico, Missouri, and moved to New York City.', 'Mexico')).toBe('geonames:4398103');
  });

  it("reads a capital's name as the capital unless local evidence, not just the country, points to a namesake", () => {
    expect(placeOf('She was booked on a flight from Newark to Paris last month.', 'Paris')).toBe('geonames:2988507');
    expect(placeOf('Two SUVs collided on Rest Acres Road in Paris, near Brantford, Ontario police said.', 'Paris')).toBe('geonames:6104111');
  });

  it('leaves a name unplaced when no place by that name lies in the division the text puts it in', () => {
    const found = geoparser.parse({ id: 't', text: 'A man died two miles south of Holliday, Missouri, on Friday.' });
    expect(found.find((t) => t.text === 'Holliday')).toMatchObject({ place: null });
    expect(placeOf('A man died two miles south of Holliday, Texas, on Friday.', 'Holliday')).toBe('geonames:4698296');
  });

  it('lets other places in a division support the division itself ("Rouyn-Noranda ... in Quebec")', () => {
    const text = 'Drivers in Rouyn-Noranda may soon turn right on red, as they can everywhere else in Quebec.';
    expect(placeOf(text, 'Quebec')).toBe('admin1:CA-10');
  });

  it('reads a state office after a name as the division ("New York Gov.")', () => {
    const text = 'Former New York Gov. Mario Cuomo died. Crowds gathered in New York on Friday.';
    expect(placeOf(text, 'New York', 0)).toBe('admin1:US-NY');
    expect(placeOf(text, 'New York', 1)).toBe('geonames:5128581');
    expect(placeOf('Snow fell across upstate New York overnight.', 'New York')).toBe('admin1:US-NY');
  });

  it('reads a name qualifying another as its division ("Bronx, New York")', () => {
    expect(placeOf('He works at a hospital in Bronx, New York.', 'New York')).toBe('admin1:US-NY');
  });

  it('gives an alternate name less weight than a main name (Victoria in an Australian story is the state)', () => {
    const text = 'Three deaths were recorded in Western Australia and two in Victoria, Australia health officials said.';
    expect(placeOf(text, 'Victoria')).toBe('admin1:AU-07');
  });

  it('reads a dateline as a big city and a metonymic name as the capital', () => {
    const text = 'WASHINGTON (Reuters) - The president met farmers from Illinois on Monday.\nWashington said the talks went well.';
    expect(placeOf(text, 'WASHINGTON')).toBe('geonames:4140963');
    expect(placeOf(text, 'Washington')).toBe('geonames:4140963');
  });
});

describe('distance in the scoring loop', () => {
  it('is the @turf/turf great-circle distance, to the metre', () => {
    const pairs: [number, number, number, number][] = [
      [36.2, 37.16, 33.51, 36.29],
      [51.51, -0.13, 42.98, -81.23],
      [-37, 145, 22.28, 114.17],
      [64.1, -21.9, -54.8, -68.3],
      [10, 179.5, 10, -179.5],
    ];
    for (const [aLat, aLon, bLat, bLon] of pairs) {
      expect(Math.abs(fastKm(aLat, aLon, bLat, bLon) - km({ lat: aLat, lon: aLon }, { lat: bLat, lon: bLon }))).toBeLessThan(0.001);
    }
  });

  it('weighs prominence: the namesake with many alternate names beats a slightly larger one nobody abroad names', () => {
    const gp = createGeoparser([
      city('1', 'Genova', 'CH', 46.2, 6.15, 20_000, { variants: ['Geneva'], alternateNameCount: 60 }),
      city('2', 'Geneva', 'US', 41.89, -88.3, 30_000, { alternateNameCount: 2 }),
    ]);
    const [geneva] = gp.parse({ id: 't', text: 'Talks resumed in Geneva on Monday.' });
    expect(geneva?.place?.id).toBe('geonames:1');
    // Without the alternate names, the larger town wins on population.
    const flat = createGeoparser([
      city('1', 'Genova', 'CH', 46.2, 6.15, 20_000, { variants: ['Geneva'] }),
      city('2', 'Geneva', 'US', 41.89, -88.3, 30_000),
    ]);
    expect(flat.parse({ id: 't', text: 'Talks resumed in Geneva on Monday.' })[0]?.place?.id).toBe('geonames:2');
  });
});
