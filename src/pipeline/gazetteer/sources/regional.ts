import type { GazetteerRow } from '../row.js';
import { DEFAULT_GAZETTEER_DIR, readLayerFiles, regionalFiles } from './files.js';

/**
 * The curated regional layer: every `*.tsv` in data/gazetteer except regions.tsv (regional.tsv, the OpenSyria
 * admin units, and any theme file a curator adds). These rows win ties in their own region.
 */
export function loadRegionalRows(dir: string = DEFAULT_GAZETTEER_DIR): GazetteerRow[] {
  return readLayerFiles(regionalFiles(dir), 'regional');
}
