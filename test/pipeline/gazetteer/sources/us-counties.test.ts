import { readFileSync } from 'node:fs';
import { booleanPointInPolygon } from '@turf/turf';
import type { MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { beforeAll, describe, expect, it } from 'vitest';
import { DATA_SOURCES } from '../../../../src/pipeline/gazetteer/sources/attribution.js';
import { countyNames, countyType, loadUsCountyRows, usCountiesFile } from '../../../../src/pipeline/gazetteer/sources/us-counties.js';
import { loadGeoparser, type Toponym } from '../../../../src/pipeline/geoparse/index.js';
import type { Geoparser } from '../../../../src/pipeline/geoparse/types.js';

function km(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const r = Math.PI / 180;
  const h = Math.sin(((b.lat - a.lat) * r) / 2) ** 2 + Math.cos(a.lat * r) * Math.cos(b.lat * r) * Math.sin(((b.lon - a.lon) * r) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

const rows = loadUsCountyRows();
const byId = new Map(rows.map((r) => [r.id, r]));

describe('US county rows from us-atlas', () => {
  it('has one row per county equivalent of the 50 states, with unique FIPS ids', () => {
    expect(rows.length).toBeGreaterThanOrEqual(3100);
    expect(rows.length).toBeLessThanOrEqual(3250);
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
    for (const r of rows) expect(r.id).toMatch(/^uscounty:\d{5}$/);
    // Territories and the District of Columbia are left out.
    expect(rows.some((r) => /^uscounty:(11|60|66|69|72|78)/.test(r.id))).toBe(false);
  });

  it('describes each row as a US area in its state', () => {
    for (const r of rows) {
      expect(r).toMatchObject({ kind: 'county', precision: 'province', country: 'US', layer: 'county', licence: 'Public domain' });
      expect(r.admin1Code).toMatch(/^[A-Z]{2}$/);
      expect(r.source).toContain('Census');
    }
    expect(byId.get('uscounty:37077')).toMatchObject({ name: 'Granville County', admin1: 'North Carolina', admin1Code: 'NC' });
    expect(byId.get('uscounty:19149')).toMatchObject({ name: 'Plymouth County', admin1: 'Iowa', admin1Code: 'IA' });
    expect(byId.get('uscounty:25023')).toMatchObject({ name: 'Plymouth County', admin1: 'Massachusetts', admin1Code: 'MA' });
  });

  it('is named in the attribution list with its licence', () => {
    const census = DATA_SOURCES.find((s) => s.id === 'us-census');
    expect(census?.licence).toBe(rows[0]!.licence);
  });

  it('puts known counties near their Census internal points', () => {
    const known: [string, number, number][] = [
      ['uscounty:17031', 41.84, -87.82], // Cook County, IL
      ['uscounty:06037', 34.32, -118.22], // Los Angeles County, CA
      ['uscounty:22071', 30.07, -89.93], // Orleans Parish, LA
      ['uscounty:37077', 36.3, -78.65], // Granville County, NC
      ['uscounty:19149', 42.74, -96.21], // Plymouth County, IA
    ];
    for (const [id, lat, lon] of known) expect(km(byId.get(id)!, { lat, lon }), id).toBeLessThan(25);
    // Every point lies in the 50 states' extent (Aleutians West straddles the antimeridian).
    for (const r of rows) {
      expect(r.lat).toBeGreaterThan(18);
      expect(r.lat).toBeLessThan(72);
      expect(r.lon < -65 || r.lon > 170).toBe(true);
    }
  });

  it('puts every point inside its county, C-shaped and island counties included', () => {
    const topology = JSON.parse(readFileSync(usCountiesFile(), 'utf8')) as Topology<{ counties: GeometryCollection }>;
    const shapes = new Map(feature(topology, topology.objects.counties).features.map((f) => [`uscounty:${f.id}`, f.geometry as Polygon | MultiPolygon]));
    // Falls Church City is simplified to a zero-area sliver in the 10m file: nothing is inside it.
    const outside = rows.filter((r) => r.id !== 'uscounty:51610' && !booleanPointInPolygon([r.lon, r.lat], shapes.get(r.id)!, { ignoreBoundary: true }));
    // Henrico County wraps around Richmond and Newport County is islands in a bay: their centres of mass are outside.
    expect(outside.map((r) => r.id)).toEqual([]);
  });

  it('names each county equivalent with its type word', () => {
    const louisiana = rows.filter((r) => r.admin1Code === 'LA');
    expect(louisiana.length).toBe(64);
    for (const r of louisiana) expect(r.name).toMatch(/ Parish$/);
    expect(byId.get('uscounty:22071')!.name).toBe('Orleans Parish');
    expect(byId.get('uscounty:02110')!.name).toBe('Juneau City and Borough');
    expect(byId.get('uscounty:02016')!.name).toBe('Aleutians West Census Area');
    expect(byId.get('uscounty:02090')!.name).toBe('Fairbanks North Star Borough');
    expect(byId.get('uscounty:51760')!.name).toBe('Richmond City');
    expect(byId.get('uscounty:51159')!.name).toBe('Richmond County');
    expect(byId.get('uscounty:51036')!.name).toBe('Charles City County');
    expect(countyType('32510', 'Carson City')).toBeNull();
    expect(countyType('11001', 'District of Columbia')).toBeNull();
  });

  it('gives the abbreviated and alternative spellings news uses, never the bare name', () => {
    expect(byId.get('uscounty:37077')!.variants).toContain('Granville Co.');
    expect(byId.get('uscounty:29189')!.variants).toEqual(expect.arrayContaining(['St. Louis Co.', 'Saint Louis County']));
    expect(byId.get('uscounty:22031')!.variants).toContain('DeSoto Parish');
    expect(byId.get('uscounty:24033')).toMatchObject({ name: "Prince George's County", variants: expect.arrayContaining(['Prince Georges County']) });
    expect(countyNames('Anchorage', 'Municipality')).toEqual(['Municipality of Anchorage', 'Anchorage Municipality']);
    const typeWord = / (County|Co\.|Parish|Borough|Census Area|City|Municipality)$|^(Municipality|City and Borough) of /;
    for (const r of rows) {
      for (const n of [r.name, ...r.variants]) expect(n, r.id).toMatch(typeWord);
    }
  });
});

describe('county mentions in the geoparser', () => {
  let geoparser: Geoparser;
  beforeAll(async () => {
    geoparser = await loadGeoparser();
  }, 120_000);

  const find = (text: string, surface: string): Toponym => {
    const t = geoparser.parse({ id: 'county-test', text }).find((x) => x.text.toLowerCase() === surface.toLowerCase());
    expect(t, `${surface} in: ${text}`).toBeDefined();
    return t!;
  };

  it("resolves Granville County to North Carolina's county", () => {
    const t = find('Granville County Fire Marshal Doug Logan said the fire started in a kitchen.', 'Granville County');
    expect(t.place?.id).toBe('uscounty:37077');
  });

  it('resolves a shared county name by the state the story is about', () => {
    const iowa = 'A Plymouth County deputy was hurt Tuesday on a highway north of Le Mars, Iowa, the sheriff said.';
    expect(find(iowa, 'Plymouth County').place?.id).toBe('uscounty:19149');
    const massachusetts = 'Plymouth County prosecutors in Massachusetts charged the man, Brockton police said.';
    expect(find(massachusetts, 'Plymouth County').place?.id).toBe('uscounty:25023');
  });

  it('matches parishes and the capitals abbreviation', () => {
    expect(find('The storm flooded streets in Orleans Parish on Monday.', 'Orleans Parish').place?.id).toBe('uscounty:22071');
    expect(find('Deputies from PLYMOUTH CO. joined officers in Le Mars, Iowa.', 'PLYMOUTH CO').place?.id).toBe('uscounty:19149');
  });
});
