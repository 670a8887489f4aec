import { mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Country } from 'world-countries';
import { admin1Rows } from '../../../../src/pipeline/gazetteer/admin1.js';
import type { GeonamesRow } from '../../../../src/pipeline/gazetteer/geonames.js';
import {
  indexGeonamesPoints,
  loadGeonamesPoints,
  parseGeonamesPoints,
  POINT_COLUMNS,
} from '../../../../src/pipeline/gazetteer/sources/geonames-points.js';
import { GazetteerDataError, loadCountryRows, loadRegionRows } from '../../../../src/pipeline/gazetteer/sources/index.js';
import { distanceKm } from './helpers.js';

const HEADER = POINT_COLUMNS.join('\t');
const points = loadGeonamesPoints();
const worldCountries = createRequire(import.meta.url)('world-countries/countries.json') as Country[];

function parseError(body: string): GazetteerDataError {
  try {
    parseGeonamesPoints(`${HEADER}\n# a comment\n${body}\n`, 'points.tsv');
  } catch (error) {
    expect(error).toBeInstanceOf(GazetteerDataError);
    return error as GazetteerDataError;
  }
  throw new Error('expected a GazetteerDataError');
}

describe('points-geonames.tsv', () => {
  it('parses, with rows of every kind', () => {
    const counts = { country: 0, province: 0, region: 0 };
    for (const p of points.all) counts[p.kind]++;
    expect(counts.country).toBeGreaterThan(190);
    expect(counts.province).toBeGreaterThan(90);
    expect(counts.region).toBeGreaterThanOrEqual(6);
    for (const p of points.all) expect(p.source.trim(), `${p.kind} ${p.name}`).not.toBe('');
  });

  it('holds the GeoNames points of the United States, Canada, Alberta and Asia', () => {
    expect(points.country('US')).toMatchObject({ lat: 39.76, lon: -98.5, geonamesId: 6252001 });
    expect(points.country('CA')).toMatchObject({ lat: 60.10867, lon: -113.64258, geonamesId: 6251999 });
    expect(points.province('CA', '01')).toMatchObject({ name: 'Alberta', lat: 52.28333, lon: -117.469 });
    expect(points.region('region:asia')).toMatchObject({ lat: 29.84064, lon: 89.29688, geonamesId: 6255147 });
  });

  it('finds a division by GeoNames admin1 code, or by the exact name admin1.ts uses', () => {
    expect(points.province('US', 'TX')).toMatchObject({ lat: 31.25044, lon: -99.25061 });
    expect(points.province('US', undefined, 'New York State')).toMatchObject({ admin1Code: 'NY' });
    expect(points.province('AU', '04')?.name).toBe('Queensland');
    expect(points.province('US', 'ZZ')).toBeUndefined();
    expect(points.province('AU', 'TX')).toBeUndefined();
  });

  it('names only ISO codes that world-countries knows', () => {
    const known = new Set(worldCountries.map((c) => c.cca2));
    const countryRows = points.all.filter((p) => p.kind !== 'region');
    for (const p of countryRows) expect(known.has(p.country!), `${p.kind} ${p.name}: ${p.country}`).toBe(true);
  });

  it('names only regions that regions.tsv has', () => {
    const ids = new Set(loadRegionRows().map((r) => r.id));
    for (const p of points.all.filter((q) => q.kind === 'region')) expect(ids.has(p.name), p.name).toBe(true);
  });
});

describe('parseGeonamesPoints', () => {
  it('reads a well-formed file, skipping comments and blank lines', () => {
    const parsed = parseGeonamesPoints(
      `${HEADER}\n# countries\ncountry\tUS\t\tUnited States\t39.76\t-98.5\t6252001\tsomewhere\n\nprovince\tCA\t01\tAlberta\t52.28333\t-117.469\t\tsomewhere\nregion\t\t\tregion:asia\t29.84064\t89.29688\t\tsomewhere\n`,
      'points.tsv',
    );
    expect(parsed).toEqual([
      { kind: 'country', country: 'US', admin1Code: null, name: 'United States', lat: 39.76, lon: -98.5, geonamesId: 6252001, source: 'somewhere' },
      { kind: 'province', country: 'CA', admin1Code: '01', name: 'Alberta', lat: 52.28333, lon: -117.469, source: 'somewhere' },
      { kind: 'region', country: null, admin1Code: null, name: 'region:asia', lat: 29.84064, lon: 89.29688, source: 'somewhere' },
    ]);
    const index = indexGeonamesPoints(parsed);
    expect(index.province('CA', undefined, 'Alberta')?.lat).toBe(52.28333);
  });

  it('rejects a wrong header at line 1', () => {
    expect(() => parseGeonamesPoints('kind\tcountry\n', 'points.tsv')).toThrow(/^points\.tsv:1: header must be/);
  });

  it.each([
    ['a missing column', 'country\tUS\t\tUnited States\t39.76\t-98.5\tx', 'expected 8 tab-separated columns, found 7'],
    ['an unknown kind', 'state\tUS\tTX\tTexas\t31.25\t-99.25\t\tx', 'unknown kind "state"'],
    ['a bad country code', 'country\tUSA\t\tUnited States\t39.76\t-98.5\t\tx', 'country "USA" must be an ISO 3166-1 alpha-2 code'],
    ['a province without a code', 'province\tCA\t\tAlberta\t52.28\t-117.47\t\tx', 'admin1_code "" must be a GeoNames admin1 code'],
    ['a region that is not a regions.tsv id', 'region\t\t\tAsia\t29.8\t89.3\t\tx', 'region name "Asia" must be a regions.tsv id'],
    ['a latitude that is not a number', 'country\tUS\t\tUnited States\t39,76\t-98.5\t\tx', 'lat "39,76" is not a decimal number'],
    ['a longitude out of range', 'country\tUS\t\tUnited States\t39.76\t-198.5\t\tx', 'lon -198.5 is outside -180..180'],
    ['a bad geonames_id', 'country\tUS\t\tUnited States\t39.76\t-98.5\t62x\tx', 'geonames_id "62x" must be a whole number'],
    ['an empty source', 'country\tUS\t\tUnited States\t39.76\t-98.5\t\t', 'source is empty'],
  ])('stops at %s with the file and line', (_what, row, problem) => {
    const error = parseError(row);
    expect(error.message.startsWith(`points.tsv:3: ${problem}`), error.message).toBe(true);
    expect(error.line).toBe(3);
  });

  it('rejects a second row for the same place', () => {
    const row = 'country\tUS\t\tUnited States\t39.76\t-98.5\t\tx';
    expect(parseError(`${row}\n${row}`).message).toBe('points.tsv:4: duplicate country "US" (first at line 3)');
  });
});

describe('layers use the GeoNames point and keep their own as fallback', () => {
  const countries = new Map(loadCountryRows().map((r) => [r.country, r]));

  it('countries.ts gives the United States the GeoNames point', () => {
    expect(countries.get('US')).toMatchObject({ lat: 39.76, lon: -98.5 });
    expect(countries.get('US')!.source).toMatch(/GeoNames/);
  });

  it('a country the file lacks keeps world-countries\' latlng', () => {
    const missing = worldCountries.find((c) => !points.country(c.cca2));
    expect(missing, 'every world-countries entry has a point: pick another fallback check').toBeDefined();
    expect(countries.get(missing!.cca2)).toMatchObject({ lat: missing!.latlng[0], lon: missing!.latlng[1] });
  });

  it('regions.ts gives the continents their GeoNames point', () => {
    const regions = new Map(loadRegionRows().map((r) => [r.id, r]));
    expect(regions.get('region:asia')).toMatchObject({ lat: 29.84064, lon: 89.29688 });
    expect(regions.get('region:europe')).toMatchObject({ lat: 48.69096, lon: 9.14062 });
    // A region GeoNames has no point for keeps the hand-picked one.
    expect(regions.get('region:levant')).toMatchObject({ lat: 33.5, lon: 36.5 });
  });

  it('admin1.ts uses the sourced point, and the middle of the towns where there is none', () => {
    const town = (country: string, admin1Code: string, lat: number, lon: number, name = 'T', featureCode = 'PPL'): GeonamesRow => ({
      id: `geonames:${lat}${lon}`,
      name,
      kind: 'city',
      precision: 'city',
      country,
      admin1Code,
      lat,
      lon,
      variants: [],
      featureCode,
      layer: 'geonames',
      source: 'test',
      licence: 'CC BY 4.0',
    });
    const rows = admin1Rows([
      town('US', 'TX', 30, -100),
      town('US', 'TX', 32, -96),
      town('DE', '02', 48, 11, 'Munich', 'PPLA'),
      town('DE', '02', 50, 13),
    ]);
    const texas = rows.find((r) => r.id === 'admin1:US-TX')!;
    expect(distanceKm(texas.lat, texas.lon, 31.25044, -99.25061)).toBeLessThan(0.1);
    expect(texas.source).toMatch(/GeoNames/);
    // Bavaria is not in the file: the middle of its towns, as before.
    const bavaria = rows.find((r) => r.id === 'admin1:DE-02')!;
    expect(bavaria).toMatchObject({ name: 'Bavaria', lat: 49, lon: 12 });
    expect(bavaria.source).not.toMatch(/GeoNames \(CC/);
  });
});
