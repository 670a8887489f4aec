import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { DEFAULT_GAZETTEER_DIR, POINTS_FILE } from './files.js';
import { GazetteerDataError } from './tsv.js';

/**
 * GeoNames' representative points for countries, first-level divisions and continents
 * (data/gazetteer/points-geonames.tsv). News geoparsing corpora, and the tools people compare us with, place a
 * country or a province at the point GeoNames gives it; our own points for large units (world-countries' `latlng`,
 * the middle of a division's towns, hand-picked continent centres) are often hundreds of kilometres away from it,
 * which an evaluation at 161 km counts as wrong even when the map looks right. The layers prefer this point when
 * the file has one and keep their own as the fallback.
 */

export type GeonamesPointKind = 'country' | 'province' | 'region';

export type GeonamesPoint = {
  kind: GeonamesPointKind;
  /** ISO 3166-1 alpha-2; null for regions. */
  country: string | null;
  /** GeoNames admin1 code (TX, 08, ENG) for provinces; null otherwise. */
  admin1Code: string | null;
  /** Country or division name; for regions, the id of the regions.tsv row (`region:asia`). */
  name: string;
  lat: number;
  lon: number;
  geonamesId?: number;
  /** Where the value was read: repository and path, or a description. */
  source: string;
};

/** Columns of points-geonames.tsv, in this order, as its header line. */
export const POINT_COLUMNS = ['kind', 'country', 'admin1_code', 'name', 'lat', 'lon', 'geonames_id', 'source'] as const;

const KINDS: readonly GeonamesPointKind[] = ['country', 'province', 'region'];
const NUMBER_PATTERN = /^-?\d+(\.\d+)?$/;

/** Parse the file strictly: a bad row stops the load with `file:line: problem`. */
export function parseGeonamesPoints(text: string, file: string): GeonamesPoint[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if ((lines[0] ?? '') !== POINT_COLUMNS.join('\t')) {
    throw new GazetteerDataError(file, 1, `header must be the ${POINT_COLUMNS.length} tab-separated columns: ${POINT_COLUMNS.join(', ')}`);
  }
  const points: GeonamesPoint[] = [];
  const seen = new Map<string, number>();
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === '' || line.startsWith('#')) continue;
    const point = parseLine(line, file, i + 1);
    const key = pointKey(point);
    const earlier = seen.get(key);
    if (earlier !== undefined) throw new GazetteerDataError(file, i + 1, `duplicate ${point.kind} "${key}" (first at line ${earlier})`);
    seen.set(key, i + 1);
    points.push(point);
  }
  return points;
}

function parseLine(line: string, file: string, lineNo: number): GeonamesPoint {
  const fail = (problem: string): never => {
    throw new GazetteerDataError(file, lineNo, problem);
  };
  const cells = line.split('\t').map((c) => c.trim());
  if (cells.length !== POINT_COLUMNS.length) fail(`expected ${POINT_COLUMNS.length} tab-separated columns, found ${cells.length}`);
  const [kind, country, admin1Code, name, lat, lon, geonamesId, source] = cells as [string, string, string, string, string, string, string, string];
  if (!(KINDS as readonly string[]).includes(kind)) fail(`unknown kind "${kind}" (one of ${KINDS.join(', ')})`);
  if (kind === 'region') {
    if (country || admin1Code) fail('a region row has no country and no admin1_code');
    if (!/^region:[a-z0-9-]+$/.test(name)) fail(`region name "${name}" must be a regions.tsv id like region:asia`);
  } else {
    if (!/^[A-Z]{2}$/.test(country)) fail(`country "${country}" must be an ISO 3166-1 alpha-2 code`);
    if (kind === 'province' && !/^[A-Z0-9]{1,3}$/.test(admin1Code)) fail(`admin1_code "${admin1Code}" must be a GeoNames admin1 code like TX, 08 or ENG`);
    if (kind === 'country' && admin1Code) fail('a country row has no admin1_code');
    if (!name) fail('name is empty');
  }
  const point: GeonamesPoint = {
    kind: kind as GeonamesPointKind,
    country: country || null,
    admin1Code: admin1Code || null,
    name,
    lat: coordinate(lat, 90, 'lat', fail),
    lon: coordinate(lon, 180, 'lon', fail),
    source,
  };
  if (geonamesId) {
    if (!/^\d+$/.test(geonamesId)) fail(`geonames_id "${geonamesId}" must be a whole number or empty`);
    point.geonamesId = Number(geonamesId);
  }
  if (!source) fail('source is empty: say where the value was read');
  return point;
}

function coordinate(text: string, limit: number, what: string, fail: (p: string) => never): number {
  if (!NUMBER_PATTERN.test(text)) fail(`${what} "${text}" is not a decimal number`);
  const value = Number(text);
  if (Math.abs(value) > limit) fail(`${what} ${value} is outside -${limit}..${limit}`);
  return value;
}

function pointKey(p: GeonamesPoint): string {
  if (p.kind === 'country') return p.country!;
  if (p.kind === 'province') return `${p.country}.${p.admin1Code}`;
  return p.name;
}

/** Lookups over the file's rows. */
export type GeonamesPoints = {
  all: readonly GeonamesPoint[];
  country(iso2: string): GeonamesPoint | undefined;
  /** By GeoNames admin1 code, or else by the exact division name. */
  province(country: string, admin1Code: string | undefined, name?: string): GeonamesPoint | undefined;
  /** By regions.tsv id (`region:asia`). */
  region(id: string): GeonamesPoint | undefined;
};

export function indexGeonamesPoints(points: readonly GeonamesPoint[]): GeonamesPoints {
  const byKey = new Map<string, GeonamesPoint>();
  const provinceByName = new Map<string, GeonamesPoint>();
  for (const p of points) {
    byKey.set(`${p.kind}|${pointKey(p)}`, p);
    if (p.kind === 'province') provinceByName.set(`${p.country}|${p.name}`, p);
  }
  return {
    all: points,
    country: (iso2) => byKey.get(`country|${iso2}`),
    province: (country, code, name) =>
      (code ? byKey.get(`province|${country}.${code}`) : undefined) ?? (name ? provinceByName.get(`${country}|${name}`) : undefined),
    region: (id) => byKey.get(`region|${id}`),
  };
}

const loaded = new Map<string, GeonamesPoints>();

/** The points file of a gazetteer folder, read once per process. A missing file means no points (every layer falls back). */
export function loadGeonamesPoints(dir: string = DEFAULT_GAZETTEER_DIR): GeonamesPoints {
  const cached = loaded.get(dir);
  if (cached) return cached;
  const file = join(dir, POINTS_FILE);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    text = POINT_COLUMNS.join('\t');
  }
  const shown = relative(process.cwd(), file) || file;
  const points = indexGeonamesPoints(parseGeonamesPoints(text, shown.startsWith('..') ? file : shown));
  loaded.set(dir, points);
  return points;
}

/** Source label for a row whose point was replaced by GeoNames' one. */
export const GEONAMES_POINT_SOURCE = 'representative point: GeoNames (CC BY 4.0)';
