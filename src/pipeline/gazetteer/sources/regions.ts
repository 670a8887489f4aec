import { join } from 'node:path';
import type { GazetteerRow } from '../row.js';
import { DEFAULT_GAZETTEER_DIR, readLayerFiles, REGIONS_FILE } from './files.js';
import { GEONAMES_POINT_SOURCE, loadGeonamesPoints } from './geonames-points.js';

/**
 * Continents, large regions and the seas news names (data/gazetteer/regions.tsv): areas, so each carries a
 * representative point and precision `region`, never a claim of a precise location. Where GeoNames has the same
 * area (continents, the UK nations), its point from points-geonames.tsv replaces the hand-picked one.
 */
export function loadRegionRows(dir: string = DEFAULT_GAZETTEER_DIR): GazetteerRow[] {
  const points = loadGeonamesPoints(dir);
  return readLayerFiles([join(dir, REGIONS_FILE)], 'region').map((row) => {
    const point = points.region(row.id);
    if (!point) return row;
    // The hand-picked point is gone, so the row's source says where the point now comes from.
    return { ...row, lat: point.lat, lon: point.lon, source: `newsmap curated names; ${GEONAMES_POINT_SOURCE}` };
  });
}
