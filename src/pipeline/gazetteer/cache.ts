import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import { cities500Path } from './geonames.js';
import { loadAllRows } from './layers.js';
import { KeyTable, type PackedKeyTable } from './key-table.js';
import { compilePlaceIndex, type PlaceIndex, type PlaceRecord } from './place-index.js';

const HERE = dirname(fileURLToPath(import.meta.url));
/** Bump when the cached shape changes in a way file stamps would not reveal. */
const CACHE_FORMAT = 5;

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
  alternateNames: Uint16Array;
  lookup: PackedKeyTable;
  /** rowOffsets[i]..rowOffsets[i+1] is place i in `text`. */
  rowOffsets: Int32Array;
  maxTokens: number;
  layers: Record<string, number>;
};

const US = '\u001f';
const RS = '\u001e';

function packPlaces(places: PlaceRecord[]): Pick<CachedIndex, 'count' | 'text' | 'rowOffsets' | 'lat' | 'lon' | 'population' | 'alternateNames'> {
  const lat = new Float64Array(places.length);
  const lon = new Float64Array(places.length);
  const population = new Float64Array(places.length);
  const alternateNames = new Uint16Array(places.length);
  const parts: string[] = [];
  places.forEach((p, i) => {
    lat[i] = p.lat;
    lon[i] = p.lon;
    population[i] = p.population;
    alternateNames[i] = Math.min(p.alternateNames, 0xffff);
    parts.push(
      [p.id, p.name, p.kind, p.precision, p.country ?? '', p.admin1 ?? '', p.admin1Code ?? '', p.featureCode ?? '', p.layer, p.source, p.licence].join(US),
    );
  });
  const rowOffsets = new Int32Array(parts.length + 1);
  let o = 0;
  parts.forEach((part, i) => {
    rowOffsets[i] = o;
    o += part.length + 1;
  });
  rowOffsets[parts.length] = o;
  return { count: places.length, text: parts.join(RS), rowOffsets, lat, lon, population, alternateNames };
}

/**
 * Places are decoded on first access: a document touches a few hundred of the 200,000, so decoding all of them up
 * front (two million small strings) would be most of the time to "ready".
 */
function placeDecoder(c: CachedIndex): (i: number) => PlaceRecord {
  const decoded: (PlaceRecord | undefined)[] = new Array(c.count);
  const decode = (i: number): PlaceRecord => {
    const row = c.text.slice(c.rowOffsets[i]!, c.rowOffsets[i + 1]! - 1);
    const [id, name, kind, precision, country, admin1, admin1Code, featureCode, layer, source, licence] = row.split(US);
    const rec: PlaceRecord = {
      id: id!,
      name: name!,
      kind: kind!,
      precision: precision as PlaceRecord['precision'],
      country: country || null,
      lat: c.lat[i]!,
      lon: c.lon[i]!,
      population: c.population[i]!,
      alternateNames: c.alternateNames[i]!,
      layer: layer as PlaceRecord['layer'],
      source: source!,
      licence: licence!,
    };
    if (admin1) rec.admin1 = admin1;
    if (admin1Code) rec.admin1Code = admin1Code;
    if (featureCode) rec.featureCode = featureCode;
    return rec;
  };
  return (i) => (decoded[i] ??= decode(i));
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
  const usCounties = join(projectRoot, 'node_modules', 'us-atlas', 'counties-10m.json');
  if (existsSync(usCounties)) files.push(usCounties);
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
        const index: PlaceIndex = { count: cached.count, place: placeDecoder(cached), lookup: new KeyTable(cached.lookup), maxTokens: cached.maxTokens };
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
    ...packPlaces(Array.from({ length: index.count }, (_, i) => index.place(i))),
    lookup: index.lookup.packed,
    maxTokens: index.maxTokens,
    layers,
  };
  mkdirSync(cacheDir, { recursive: true });
  // Write then rename, so a concurrent reader never sees half a file.
  const tmp = `${cacheFile}.${process.pid}.tmp`;
  writeFileSync(tmp, serialize(cached));
  renameSync(tmp, cacheFile);
  // Older compiled indexes are stale by construction (their sources changed): keep only the current one.
  for (const f of readdirSync(cacheDir)) {
    if (/^gazetteer-[0-9a-f]{16}\.v8$/.test(f) && join(cacheDir, f) !== cacheFile) rmSync(join(cacheDir, f), { force: true });
  }
  return { index, fromCache: false, ms: performance.now() - t0, cacheFile, layers };
}
