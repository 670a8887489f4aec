/** Fetches the published data relative to the page, so the site works from any sub-path. */
import { DATA_FILES } from '../../model/contract.js';
import type { Bounds } from '../map/initial-view.js';
import { DataError, validateSiteData, type SiteData } from './validate.js';

export async function loadSiteData(base: string = document.baseURI): Promise<SiteData> {
  const [places, articles, mentions, report] = await Promise.all([
    fetchJson(DATA_FILES.places, base, true),
    fetchJson(DATA_FILES.articles, base, true),
    fetchJson(DATA_FILES.mentions, base, true),
    fetchJson(DATA_FILES.report, base, false),
  ]);
  return validateSiteData({ places, articles, mentions, report });
}

async function fetchJson(file: string, base: string, required: boolean): Promise<unknown> {
  const url = new URL(`data/${file}`, base);
  let response: Response;
  try {
    response = await fetch(url);
  } catch {
    if (!required) return null;
    throw new DataError(`data/${file}: could not be fetched`);
  }
  if (!response.ok) {
    if (!required) return null;
    throw new DataError(`data/${file}: missing (HTTP ${response.status}); build the data with npm run data`);
  }
  try {
    return await response.json();
  } catch {
    if (!required) return null;
    throw new DataError(`data/${file}: not valid JSON`);
  }
}


/**
 * The basemap's detailed region (npm run basemap writes basemap/region.json): the map opens on it while the data
 * loads, so the basemap is fetched and indexed meanwhile. Null when missing or malformed (a default view is used).
 */
export async function loadRegion(base: string = document.baseURI): Promise<Bounds | null> {
  try {
    const response = await fetch(new URL('basemap/region.json', base));
    if (!response.ok) return null;
    const { bbox } = (await response.json()) as { bbox?: unknown };
    if (!Array.isArray(bbox) || bbox.length !== 4 || !bbox.every((x) => typeof x === 'number' && Number.isFinite(x))) return null;
    const [w, s, e, n] = bbox as number[];
    return [[w!, s!], [e!, n!]];
  } catch {
    return null;
  }
}
