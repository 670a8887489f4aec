import { join } from 'node:path';
import type { GazetteerRow } from '../row.js';
import { DEFAULT_GAZETTEER_DIR, readLayerFiles, REGIONS_FILE } from './files.js';

/**
 * Continents, large regions and the seas news names (data/gazetteer/regions.tsv): areas, so each carries a
 * representative point and precision `region`, never a claim of a precise location.
 */
export function loadRegionRows(dir: string = DEFAULT_GAZETTEER_DIR): GazetteerRow[] {
  return readLayerFiles([join(dir, REGIONS_FILE)], 'region');
}
