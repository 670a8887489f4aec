import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import { cities500Path } from './geonames.js';
import { loadAllRows } from './layers.js';
import { KeyTable, type PackedKeyTable } from './key-table.js';
import type { PlaceFacts } from './place-facts.js';
import { compilePlaceIndex, type PlaceIndex, type PlaceRecord } from './place-index.js';

const HERE = dirname(fileURLToPath(import.meta.url));
/** Bump when the cached shape changes in a way file stamps would not reveal. */
const CACHE_FORMAT = 9;

/**
 * Columnar on disk: a few long strings and typed arrays deserialise an order of magnitude faster than 200k small
 * objects and a Map of arrays, which is what keeps "gazetteer ready" under a second.
 */
type CachedIndex = {
  format: number;
  count: number;
  /** Per place, id and name joined by US (\u001f); places joined by RS (\u001e). */
  text: string;
  /** The repetitive string fields (CODED_FIELDS, in that order) of place i: codes[i * CODED_FIELDS.length + f]. */
  codes: Int32Array;
  /** Distinct values of the coded fields; '' stands for an absent one. */
  vocab: string[];
  /** Scoring columns (coordinates and population among them), as compiled. */
  facts: PlaceFacts;
  lookup: PackedKeyTable;
  /** rowOffsets[i]..rowOffsets[i+1] is place i in `text`. */
  rowOffsets: Int32Array;
  maxTokens: number;
  layers: Record<string, number>;
};

const US = '\u001f';
const RS = '\u001e';

/**
 * Fields with few distinct values (layer, kind, country, division...): stored as codes into one shared vocabulary,
 * so decoding a place slices two strings instead of splitting eleven, and every place shares one string per value.
 */
const CODED_FIELDS = ['kind', 'precision', 'country', 'admin1', 'admin1Code', 'featureCode', 'layer', 'source', 'licence'] as const;
const FIELD_COUNT = CODED_FIELDS.length;

type PackedPlaces = Pick<CachedIndex, 'count' | 'text' | 'codes' | 'vocab' | 'rowOffsets'>;

function packPlaces(places: PlaceRecord[]): PackedPlaces {
  const codes = new Int32Array(places.length * FIELD_COUNT);
  const vocab: string[] = [];
  const codeOf = new Map<string, number>();
  const parts: string[] = [];
  places.forEach((p, i) => {
    for (let f = 0; f < FIELD_COUNT; f++) {
      const value = p[CODED_FIELDS[f]!] ?? '';
      let code = codeOf.get(value);
      if (code === undefined) {
        code = vocab.push(value) - 1;
        codeOf.set(value, code);
      }
      codes[i * FIELD_COUNT + f] = code;
    }
    parts.push(`${p.id}${US}${p.name}`);
  });
  const rowOffsets = new Int32Array(parts.length + 1);
  let o = 0;
  parts.forEach((part, i) => {
    rowOffsets[i] = o;
    o += part.length + 1;
  });
  rowOffsets[parts.length] = o;
  return { count: places.length, text: parts.join(RS), codes, vocab, rowOffsets };
}

/**
 * Places are decoded on first access: a document touches a few hundred of the 200,000, so decoding all of them up
 * front (two million small strings) would be most of the time to "ready".
 */
function placeDecoder(c: CachedIndex): (i: number) => PlaceRecord {
  const decoded: (PlaceRecord | undefined)[] = new Array(c.count);
  const { text, codes, vocab, facts } = c;
  const decode = (i: number): PlaceRecord => {
    const start = c.rowOffsets[i]!;
    const cut = text.indexOf(US, start);
    const at = i * FIELD_COUNT;
    const country = vocab[codes[at + 2]!]!;
    const admin1 = vocab[codes[at + 3]!]!;
    const admin1Code = vocab[codes[at + 4]!]!;
    const featureCode = vocab[codes[at + 5]!]!;
    // One object shape for every place (absent fields undefined, not missing): code reading places stays
    // monomorphic instead of meeting up to eight shapes.
    return {
      id: text.slice(start, cut),
      name: text.slice(cut + 1, c.rowOffsets[i + 1]! - 1),
      kind: vocab[codes[at]!]!,
      precision: vocab[codes[at + 1]!] as PlaceRecord['precision'],
      country: country || null,
      lat: facts.lat[i]!,
      lon: facts.lon[i]!,
      population: facts.population[i]!,
      alternateNames: facts.alternateNames[i]!,
      layer: vocab[codes[at + 6]!] as PlaceRecord['layer'],
      source: vocab[codes[at + 7]!]!,
      licence: vocab[codes[at + 8]!]!,
      admin1: admin1 || undefined,
      admin1Code: admin1Code || undefined,
      featureCode: featureCode || undefined,
    };
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
        const index: PlaceIndex = {
          count: cached.count,
          place: placeDecoder(cached),
          lookup: new KeyTable(cached.lookup),
          maxTokens: cached.maxTokens,
          facts: cached.facts,
        };
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
    facts: index.facts,
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
