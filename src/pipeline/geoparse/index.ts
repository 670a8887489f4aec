import { loadPlaceIndex, type GazetteerLoad } from '../gazetteer/cache.js';
import { compilePlaceIndex } from '../gazetteer/place-index.js';
import type { GazetteerRow } from '../gazetteer/row.js';
import { createGeoparserFromIndex, type DiagnosticGeoparser } from './geoparser.js';

export type { GeoparseInput, Geoparser, Toponym } from './types.js';
export type {
  DiagnosedToponym,
  DiagnosticGeoparser,
  GeoparseDiagnostics,
  RejectedCandidate,
  UnmatchedName,
} from './geoparser.js';
export { LOW_CONFIDENCE } from './geoparser.js';

export type LoadGeoparserOptions = {
  /** Repository root (default: found from this file). */
  projectRoot?: string;
  /** Where the compiled gazetteer is cached (default: `<root>/.cache`). */
  cacheDir?: string;
};

export type LoadedGeoparser = DiagnosticGeoparser & { load: Omit<GazetteerLoad, 'index'> };

/**
 * The geoparser over the full bundled gazetteer (curated layers + countries + regions + GeoNames cities500),
 * compiled once and cached in `.cache/`; recompiled when a source file or the gazetteer code changes.
 */
export async function loadGeoparser(options: LoadGeoparserOptions = {}): Promise<LoadedGeoparser> {
  const { index, ...load } = await loadPlaceIndex(options);
  return Object.assign(createGeoparserFromIndex(index), { load });
}

/** A geoparser over an in-memory gazetteer: for tests and small custom gazetteers. */
export function createGeoparser(rows: readonly GazetteerRow[]): DiagnosticGeoparser {
  return createGeoparserFromIndex(compilePlaceIndex(rows));
}
