import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import { cities500Path } from './geonames.js';
import { loadAllRows } from './layers.js';
import { compilePlaceIndex, finishIndex, type PlaceIndex, type PlaceRecord } from './place-index.js';

const HERE = dirname(fileURLToPath(import.meta.url));
/** Bump when the cached shape changes in a way file stamps would not reveal. */
const CACHE_FORMAT = 2;

/**
 * Columnar on disk: a few long strings and typed arrays deserialise an order of magnitude faster than 200k small
 * objects and a Map of arrays, which is what keeps "gazetteer ready" under a second.
 */
type CachedIndex = {
  format: number;
  count: number;
  /** Per place, string fields joined by US (\u001f); places joined by RS (\u001e). */
  text: string;
  lat: Float64Array;
  lon: Float64Array;
  population: Float64Array;
  names: PackedPostings;
  demonyms: PackedPostings;
  layers: Record<string, number>;
};

type PackedPostings = { keys: string; offsets: Int32Array; postings: Int32Array };

const US = '\u001f';
const RS = '\u001e';

function packPostings(map: Map<string, number[]>): PackedPostings {
  const keys: string[] = [];
  const offsets = new Int32Array(map.size + 1);
  let total = 0;
  for (const list of map.values()) total += list.length;
  const postings = new Int32Array(total);
  let k = 0;
  let o = 0;
  for (const [key, list] of map) {
    keys.push(key);
    offsets[k++] = o;
    for (const idx of list) postings[o++] = idx;
  }
  offsets[k] = o;
  return { keys: keys.join(RS), offsets, postings };
}

function unpackPostings(p: PackedPostings): Map<string, number[]> {
  const map = new Map<string, number[]>();
  const keys = p.keys.length > 0 ? p.keys.split(RS) : [];
  for (let k = 0; k < keys.length; k++) {
    const from = p.offsets[k]!;
    const to = p.offsets[k + 1]!;
    const list: number[] = new Array(to - from);
    for (let o = from; o < to; o++) list[o - from] = p.postings[o]!;
    map.set(keys[k]!, list);
  }
  return map;
}

function packPlaces(places: PlaceRecord[]): Pick<CachedIndex, 'count' | 'text' | 'lat' | 'lon' | 'population'> {
  const lat = new Float64Array(places.length);
  const lon = new Float64Array(places.length);
  const population = new Float64Array(places.length);
  const parts: string[] = [];
  places.forEach((p, i) => {
    lat[i] = p.lat;
    lon[i] = p.lon;
    population[i] = p.population;
    parts.push(
      [p.id, p.name, p.kind, p.precision, p.country ?? '', p.admin1 ?? '', p.admin1Code ?? '', p.featureCode ?? '', p.layer, p.source, p.licence].join(US),
    );
  });
  return { count: places.length, text: parts.join(RS), lat, lon, population };
}

function unpackPlaces(c: CachedIndex): PlaceRecord[] {
  const rows = c.count > 0 ? c.text.split(RS) : [];
  const places: PlaceRecord[] = new Array(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const [id, name, kind, precision, country, admin1, admin1Code, featureCode, layer, source, licence] = rows[i]!.split(US);
    const rec: PlaceRecord = {
      id: id!,
      name: name!,
      kind: kind!,
      precision: precision as PlaceRecord['precision'],
      country: country || null,
      lat: c.lat[i]!,
      lon: c.lon[i]!,
      population: c.population[i]!,
      layer: layer as PlaceRecord['layer'],
      source: source!,
      licence: licence!,
    };
    if (admin1) rec.admin1 = admin1;
    if (admin1Code) rec.admin1Code = admin1Code;
    if (featureCode) rec.featureCode = featureCode;
    places[i] = rec;
  }
  return places;
}

export type GazetteerLoad = {
  index: PlaceIndex;
  fromCache: boolean;
  ms: number;
  cacheFile: string;
  layers: Record<string, number>;
};

function walk(dir: string, out: string[]): void {
  if (!existsSync(dir)) return;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    if (entry.isDirectory()) walk(p, out);
    else out.push(p);
  }
}

/**
 * The inputs the index is compiled from: the gazetteer code itself (so a code change rebuilds), the curated data
 * folder, and the GeoNames dump. Stamped by size and mtime: cheap, and any edit changes one of them.
 */
export function sourceStamp(projectRoot: string): string {
  const files: string[] = [];
  walk(HERE, files);
  walk(join(projectRoot, 'data', 'gazetteer'), files);
  files.push(cities500Path());
  const worldCountries = join(projectRoot, 'node_modules', 'world-countries', 'package.json');
  if (existsSync(worldCountries)) files.push(worldCountries);
  const hash = createHash('sha256');
  hash.update(`format ${CACHE_FORMAT}\n`);
  for (const f of files.sort()) {
    const st = statSync(f);
    hash.update(`${f}\t${st.size}\t${st.mtimeMs}\n`);
  }
  return hash.digest('hex').slice(0, 16);
}

export function defaultProjectRoot(): string {
  return resolve(HERE, '..', '..', '..');
}

/** Load the compiled gazetteer from `.cache/`, compiling and caching it first if a source changed. */
export async function loadPlaceIndex(options: { projectRoot?: string; cacheDir?: string } = {}): Promise<GazetteerLoad> {
  const t0 = performance.now();
  const root = options.projectRoot ?? defaultProjectRoot();
  const cacheDir = options.cacheDir ?? join(root, '.cache');
  const stamp = sourceStamp(root);
  const cacheFile = join(cacheDir, `gazetteer-${stamp}.v8`);
  if (existsSync(cacheFile)) {
    try {
      const cached = deserialize(readFileSync(cacheFile)) as CachedIndex;
      if (cached.format === CACHE_FORMAT) {
        const index = finishIndex(unpackPlaces(cached), unpackPostings(cached.names), unpackPostings(cached.demonyms));
        return { index, fromCache: true, ms: performance.now() - t0, cacheFile, layers: cached.layers };
      }
    } catch {
      // A truncated or foreign cache file is simply rebuilt.
    }
  }
  const { rows, layers } = await loadAllRows();
  const index = compilePlaceIndex(rows);
  const cached: CachedIndex = {
    format: CACHE_FORMAT,
    ...packPlaces(index.places),
    names: packPostings(index.names),
    demonyms: packPostings(index.demonyms),
    layers,
  };
  mkdirSync(cacheDir, { recursive: true });
  // Write then rename, so a concurrent reader never sees half a file.
  const tmp = `${cacheFile}.${process.pid}.tmp`;
  writeFileSync(tmp, serialize(cached));
  renameSync(tmp, cacheFile);
  return { index, fromCache: false, ms: performance.now() - t0, cacheFile, layers };
}
