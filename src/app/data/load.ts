/** Fetches the published data relative to the page, so the site works from any sub-path. */
import { DATA_FILES } from '../../model/contract.js';
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
