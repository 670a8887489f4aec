import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { GazetteerLayer, GazetteerRow } from '../row.js';
import { parseGazetteerTsv } from './tsv.js';

/** data/gazetteer of this checkout, found from this module rather than the working directory. */
export const DEFAULT_GAZETTEER_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../../../data/gazetteer');

/** The large-regions file; every other *.tsv in the folder (but the points file) is a regional layer file. */
export const REGIONS_FILE = 'regions.tsv';

/** GeoNames' representative points for countries, divisions and continents: not places, so no layer of its own. */
export const POINTS_FILE = 'points-geonames.tsv';

/** The regional layer's files in a stable order (file name order), so ids and output never depend on the disk. */
export function regionalFiles(dir: string = DEFAULT_GAZETTEER_DIR): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.tsv') && f !== REGIONS_FILE && f !== POINTS_FILE)
    .sort()
    .map((f) => join(dir, f));
}

/** Read and parse some TSV files as one layer with one id space. */
export function readLayerFiles(files: string[], layer: GazetteerLayer, seenIds = new Map<string, string>()): GazetteerRow[] {
  const rows: GazetteerRow[] = [];
  for (const file of files) {
    // Errors name the file relative to the working directory when possible: shorter and still unambiguous.
    const shown = relative(process.cwd(), file) || file;
    rows.push(...parseGazetteerTsv(readFileSync(file, 'utf8'), shown.startsWith('..') ? file : shown, layer, seenIds));
  }
  return rows;
}
