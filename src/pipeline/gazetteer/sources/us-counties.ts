import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { area, booleanPointInPolygon, centerOfMass, polygon } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { GazetteerRow } from '../row.js';

/**
 * US county layer: every county and county equivalent (Louisiana parishes, Alaska boroughs and census areas,
 * independent cities) of the Census Bureau's 2017 cartographic boundaries, as redistributed by the npm package
 * us-atlas (counties-10m.json). Local US news names counties constantly ("Granville County Fire Marshal",
 * "Orleans Parish"), and cities500, a list of populated places, has none of them.
 *
 * A county is matched only with its type word ("Granville County", "Granville Co."): a bare "Granville" is a town
 * or a person far more often than the county, so it is never a variant here.
 */

export const US_COUNTY_SOURCE = 'U.S. Census Bureau via us-atlas (public domain)';
export const US_COUNTY_LICENCE = 'Public domain';

const require = createRequire(import.meta.url);

/** The TopoJSON file the rows are read from (also part of the compiled gazetteer's cache stamp). */
export function usCountiesFile(): string {
  return require.resolve('us-atlas/counties-10m.json');
}

/** State FIPS code → USPS code (GeoNames uses the same as its admin1 code for the US) and name. */
const STATES: Record<string, [code: string, name: string]> = {
  '01': ['AL', 'Alabama'], '02': ['AK', 'Alaska'], '04': ['AZ', 'Arizona'], '05': ['AR', 'Arkansas'],
  '06': ['CA', 'California'], '08': ['CO', 'Colorado'], '09': ['CT', 'Connecticut'], '10': ['DE', 'Delaware'],
  '12': ['FL', 'Florida'], '13': ['GA', 'Georgia'], '15': ['HI', 'Hawaii'], '16': ['ID', 'Idaho'],
  '17': ['IL', 'Illinois'], '18': ['IN', 'Indiana'], '19': ['IA', 'Iowa'], '20': ['KS', 'Kansas'],
  '21': ['KY', 'Kentucky'], '22': ['LA', 'Louisiana'], '23': ['ME', 'Maine'], '24': ['MD', 'Maryland'],
  '25': ['MA', 'Massachusetts'], '26': ['MI', 'Michigan'], '27': ['MN', 'Minnesota'], '28': ['MS', 'Mississippi'],
  '29': ['MO', 'Missouri'], '30': ['MT', 'Montana'], '31': ['NE', 'Nebraska'], '32': ['NV', 'Nevada'],
  '33': ['NH', 'New Hampshire'], '34': ['NJ', 'New Jersey'], '35': ['NM', 'New Mexico'], '36': ['NY', 'New York'],
  '37': ['NC', 'North Carolina'], '38': ['ND', 'North Dakota'], '39': ['OH', 'Ohio'], '40': ['OK', 'Oklahoma'],
  '41': ['OR', 'Oregon'], '42': ['PA', 'Pennsylvania'], '44': ['RI', 'Rhode Island'], '45': ['SC', 'South Carolina'],
  '46': ['SD', 'South Dakota'], '47': ['TN', 'Tennessee'], '48': ['TX', 'Texas'], '49': ['UT', 'Utah'],
  '50': ['VT', 'Vermont'], '51': ['VA', 'Virginia'], '53': ['WA', 'Washington'], '54': ['WV', 'West Virginia'],
  '55': ['WI', 'Wisconsin'], '56': ['WY', 'Wyoming'],
};

/**
 * Alaska's county equivalents by FIPS code, as the Census names them: census areas, cities and boroughs and
 * municipalities; every other Alaska unit is a borough.
 */
const ALASKA_TYPES: Record<string, string> = {
  '02016': 'Census Area', '02050': 'Census Area', '02070': 'Census Area', '02105': 'Census Area', '02158': 'Census Area',
  '02180': 'Census Area', '02198': 'Census Area', '02240': 'Census Area', '02261': 'Census Area', '02290': 'Census Area',
  '02110': 'City and Borough', '02220': 'City and Borough', '02275': 'City and Borough', '02282': 'City and Borough',
  '02020': 'Municipality', '02230': 'Municipality',
};

/** The type word of a county equivalent, or null for units left out (see `loadUsCountyRows`). */
export function countyType(fips: string, bareName: string): string | null {
  const state = fips.slice(0, 2);
  if (!STATES[state]) return null;
  if (state === '22') return 'Parish';
  if (state === '02') return ALASKA_TYPES[fips] ?? 'Borough';
  // Independent cities carry county codes from 510 up (Virginia's 38, Baltimore, St. Louis, Carson City).
  if (Number(fips.slice(2)) >= 510) return / City$/.test(bareName) ? null : 'City';
  return 'County';
}

/**
 * News also writes "Saint Clair" for "St. Clair", "De Kalb" for "DeKalb", "DeSoto" for "De Soto" and "Prince Georges"
 * for "Prince George's".
 */
function spellings(bare: string): string[] {
  const out = new Set([bare]);
  if (/'s\b/.test(bare)) out.add(bare.replace(/'s\b/, 's'));
  if (/^St\. /.test(bare)) out.add(bare.replace(/^St\. /, 'Saint '));
  if (/^Ste\. /.test(bare)) out.add(bare.replace(/^Ste\. /, 'Sainte '));
  const spaced = /^(De|La|Le|Du) (\p{Lu}\p{Ll}+)$/u.exec(bare);
  if (spaced) out.add(`${spaced[1]}${spaced[2]}`);
  const joined = /^(De|La|Le|Du)(\p{Lu}\p{Ll}+)$/u.exec(bare);
  if (joined) out.add(`${joined[1]} ${joined[2]}`);
  return [...out];
}

/** Names and variants of one county equivalent: the first is the display name. */
export function countyNames(bare: string, type: string): string[] {
  const names: string[] = [];
  for (const b of spellings(bare)) {
    names.push(`${b} ${type}`);
    // News abbreviates only "County" ("Plymouth Co."; all capitals folds to the same key).
    if (type === 'County') names.push(`${b} Co.`);
    // The official forms "City and Borough of Juneau", "Municipality of Anchorage" are what news writes most.
    if (type === 'City and Borough' || type === 'Municipality') names.push(`${type} of ${b}`);
  }
  const display = type === 'Municipality' ? `Municipality of ${bare}` : `${bare} ${type}`;
  return [display, ...names.filter((n) => n !== display)];
}

type Rings = Position[][];

/**
 * A point well inside a polygon (with holes) near latitude `y`: the middle of the widest stretch of the horizontal
 * line at `y` that lies inside it (even-odd rule). turf's pointOnFeature would return a boundary vertex instead,
 * which puts a marker on the county line.
 */
function interiorPoint(rings: Rings, y: number): [number, number] {
  const xs: number[] = [];
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [x1, y1] = ring[i] as [number, number];
      const [x2, y2] = ring[j] as [number, number];
      if (y1 > y !== y2 > y) xs.push(x1 + ((y - y1) / (y2 - y1)) * (x2 - x1));
    }
  }
  xs.sort((a, b) => a - b);
  let best: [number, number] = [xs[0] ?? rings[0]![0]![0]!, y];
  let width = -1;
  for (let i = 0; i + 1 < xs.length; i += 2) {
    if (xs[i + 1]! - xs[i]! > width) {
      width = xs[i + 1]! - xs[i]!;
      best = [(xs[i]! + xs[i + 1]!) / 2, y];
    }
  }
  return best;
}

/**
 * A representative point for a county: its area-weighted centre of mass, which is where gazetteers put an area
 * (GeoNames' ADM2 points for US counties agree with it to under a kilometre) and what a reader expects on the map.
 * For a C-shaped county (Henrico around Richmond) or one made of islands, that centre can fall outside the county,
 * where a marker would name the wrong ground: then the centre of its largest part, or failing that a point well
 * inside that part on the centre's latitude.
 */
export function representativePoint(geometry: Polygon | MultiPolygon): [lon: number, lat: number] {
  const parts: Rings[] = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  // Aleutians West straddles the antimeridian: work in longitudes continuous across it, normalise at the end.
  const crosses = parts.some((p) => p[0]!.some(([x]) => x! > 90)) && parts.some((p) => p[0]!.some(([x]) => x! < -90));
  const shifted = crosses ? parts.map((rings) => rings.map((ring) => ring.map(([x, y]) => [x! > 0 ? x! - 360 : x!, y!]))) : parts;
  const polys = shifted.map((rings) => polygon(rings));
  let sx = 0;
  let sy = 0;
  let total = 0;
  let largest = polys[0]!;
  let largestArea = -1;
  for (const p of polys) {
    const a = area(p);
    const [x, y] = centerOfMass(p).geometry.coordinates as [number, number];
    sx += a * x;
    sy += a * y;
    total += a;
    if (a > largestArea) {
      largestArea = a;
      largest = p;
    }
  }
  // Falls Church (5 km²) is simplified to a sliver of zero area: its centre of mass is the best there is.
  if (total === 0) return finish(centerOfMass(largest).geometry.coordinates as [number, number]);
  let point: [number, number] = [sx / total, sy / total];
  const whole: Feature<MultiPolygon> = { type: 'Feature', properties: {}, geometry: { type: 'MultiPolygon', coordinates: shifted } };
  const inside = { ignoreBoundary: true };
  if (!booleanPointInPolygon(point, whole, inside)) {
    point = centerOfMass(largest).geometry.coordinates as [number, number];
    if (!booleanPointInPolygon(point, largest, inside)) point = interiorPoint(largest.geometry.coordinates, point[1]);
  }
  return finish(point);
}

/** Longitude back into [-180, 180] (see the antimeridian shift), both rounded to about 10 m. */
function finish([x, y]: [number, number]): [lon: number, lat: number] {
  const lon = x < -180 ? x + 360 : x;
  return [Math.round(lon * 1e4) / 1e4, Math.round(y * 1e4) / 1e4];
}

type CountyRow = GazetteerRow & { admin1Code: string };

/**
 * One row per county and county equivalent of the 50 states: id `uscounty:<FIPS>`, name with its type word
 * ("Granville County", "Orleans Parish", "Juneau City and Borough", "Richmond City"), kind `county`, precision
 * `province`, admin1 the state's name and admin1Code its postal code (what the resolver's state focus and "X, Iowa"
 * qualifiers compare). Left out: the District of Columbia (a federal district that news names as Washington),
 * Carson City (its own name: the cities500 city is the same place) and the territories (Puerto Rico's municipios are
 * named after their towns, which cities500 has).
 */
export function loadUsCountyRows(): CountyRow[] {
  const file = usCountiesFile();
  const topology = JSON.parse(readFileSync(file, 'utf8')) as Topology<{ counties: GeometryCollection<{ name: string }> }>;
  const collection = feature(topology, topology.objects.counties);
  const rows: CountyRow[] = [];
  for (const f of collection.features) {
    const fips = String(f.id);
    const bare = f.properties?.name;
    if (!bare || !/^\d{5}$/.test(fips)) throw new Error(`${file}: county ${fips} has no name or no five-digit FIPS id`);
    const type = countyType(fips, bare);
    const state = STATES[fips.slice(0, 2)];
    if (!type || !state) continue;
    if (f.geometry?.type !== 'Polygon' && f.geometry?.type !== 'MultiPolygon') {
      throw new Error(`${file}: county ${fips} (${bare}) has no polygon`);
    }
    const [lon, lat] = representativePoint(f.geometry);
    const [name, ...variants] = countyNames(bare, type);
    rows.push({
      id: `uscounty:${fips}`,
      name: name!,
      kind: 'county',
      precision: 'province',
      country: 'US',
      admin1: state[1],
      admin1Code: state[0],
      lat,
      lon,
      variants,
      layer: 'county',
      source: US_COUNTY_SOURCE,
      licence: US_COUNTY_LICENCE,
    });
  }
  return rows;
}
