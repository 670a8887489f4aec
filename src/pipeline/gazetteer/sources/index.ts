import type { GazetteerRow } from '../row.js';
import { loadCountryRows } from './countries.js';
import { DEFAULT_GAZETTEER_DIR, POINTS_FILE, REGIONS_FILE, regionalFiles } from './files.js';
import { loadRegionRows } from './regions.js';
import { loadRegionalRows } from './regional.js';
import { join } from 'node:path';

export { loadCountryRows, countryCapitals, COUNTRY_LICENCE, COUNTRY_SOURCE } from './countries.js';
export { loadRegionRows } from './regions.js';
export { loadRegionalRows } from './regional.js';
export { DATA_SOURCES, type DataSource } from './attribution.js';
export { DEFAULT_GAZETTEER_DIR, POINTS_FILE, regionalFiles } from './files.js';
export { loadGeonamesPoints, type GeonamesPoint, type GeonamesPoints } from './geonames-points.js';
export { loadUsCountyRows, usCountiesFile, US_COUNTY_LICENCE, US_COUNTY_SOURCE } from './us-counties.js';
export { GazetteerDataError, KINDS, PRECISIONS, TSV_COLUMNS, parseGazetteerTsv } from './tsv.js';

/**
 * All curated layers in priority order: regional rows (incl. OpenSyria admin units), then countries, then large
 * regions. GeoNames cities500 is loaded elsewhere and comes after these.
 */
export function loadCuratedLayers(dir: string = DEFAULT_GAZETTEER_DIR): GazetteerRow[] {
  return [...loadRegionalRows(dir), ...loadCountryRows(dir), ...loadRegionRows(dir)];
}

/**
 * Files whose change must rebuild a compiled gazetteer cache (the countries layer's names change only with the
 * world-countries package version, which a cache should key on separately; its points come from the points file).
 */
export function curatedSourceFiles(dir: string = DEFAULT_GAZETTEER_DIR): string[] {
  return [...regionalFiles(dir), join(dir, REGIONS_FILE), join(dir, POINTS_FILE)];
}
