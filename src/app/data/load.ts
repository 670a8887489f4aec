/** Fetches the published data relative to the page, so the site works from any sub-path. */
import { DATA_FILES, DATA_SCHEMA_VERSION } from '../../model/contract.js';
import type { Bounds } from '../../model/opening-view.js';
import type { MentionTexts } from '../../model/mention-columns.js';
import { markTextsLoaded } from '../test-hooks.js';
import { DataError, validateSiteData, validateTexts, type SiteData } from './validate.js';

/** The data files' bytes, or the one-line problem that stops the map (a missing report.json is not one). */
export type SiteFiles = { places: ArrayBuffer; articles: ArrayBuffer; mentions: ArrayBuffer; report: ArrayBuffer | null };

/**
 * Downloads the data files as bytes, started as the app starts. They are decoded and parsed later, in one go, by
 * parseSiteData, once the map has started: a body read as text is decoded on the main thread the moment it arrives
 * (8 MB at 100k mentions), which held the map's creation back; and each await between download and parse would wait
 * behind a drawn map frame.
 */
export async function fetchSiteFiles(base: string = document.baseURI): Promise<SiteFiles> {
  const [places, articles, mentions, report] = await Promise.all([
    fetchBytes(DATA_FILES.places, base, true),
    fetchBytes(DATA_FILES.articles, base, true),
    fetchBytes(DATA_FILES.mentions, base, true),
    fetchBytes(DATA_FILES.report, base, false),
  ]);
  return { places: places!, articles: articles!, mentions: mentions!, report };
}

/** Parses and checks the files (synchronously: one task, however big the data). Throws DataError. */
export function parseSiteData(files: SiteFiles): SiteData {
  return validateSiteData({
    places: parse(DATA_FILES.places, files.places, true),
    articles: parse(DATA_FILES.articles, files.articles, true),
    mentions: parse(DATA_FILES.mentions, files.mentions, true),
    report: parse(DATA_FILES.report, files.report, false),
  });
}

/** Downloads, parses and checks excerpts.json for site data of `count` mentions. Rejects with a DataError. */
export async function loadTexts(count: number, base: string = document.baseURI): Promise<MentionTexts> {
  const bytes = await fetchBytes(DATA_FILES.excerpts, base, true);
  const texts = validateTexts(parse(DATA_FILES.excerpts, bytes, true), count);
  markTextsLoaded();
  return texts;
}

function parse(file: string, body: ArrayBuffer | null, required: boolean): unknown {
  if (body === null) return null;
  try {
    return JSON.parse(new TextDecoder().decode(body));
  } catch {
    if (!required) return null;
    throw new DataError(`data/${file}: not valid JSON`);
  }
}

async function fetchBytes(file: string, base: string, required: boolean): Promise<ArrayBuffer | null> {
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
  return response.arrayBuffer();
}

/** Longest wait for view.json and region.json before the map opens on a default view. */
const OPENING_WAIT_MS = 3000;

/** Where the map opens before the data is in, and whether that is already the data's own view. */
export type Opening = { bounds: Bounds | null; final: boolean };

/**
 * The opening camera: the data build's view.json (where the default filters' mentions are), so the map's first
 * tiles are its final ones; without it (data of an older build), the basemap's detailed region, which the map
 * leaves for the data's extent once the data is in.
 */
export async function loadOpening(base: string = document.baseURI, timeoutMs = OPENING_WAIT_MS): Promise<Opening> {
  // The map waits for these two small files: a stalled request must not keep it from opening at all.
  const late = new Promise<null>((resolve) => setTimeout(() => resolve(null), timeoutMs));
  const [view, region] = await Promise.all([Promise.race([loadView(base), late]), Promise.race([loadRegion(base), late])]);
  return view ? { bounds: view, final: true } : { bounds: region, final: false };
}

async function loadView(base: string): Promise<Bounds | null> {
  const view = await fetchQuietly(new URL(`data/${DATA_FILES.view}`, base));
  if (!view || view['schema'] !== DATA_SCHEMA_VERSION) return null;
  const bounds = view['bounds'];
  if (!Array.isArray(bounds) || bounds.length !== 2) return null;
  const [sw, ne] = bounds as unknown[];
  return isPair(sw) && isPair(ne) ? [sw, ne] : null;
}

/**
 * The basemap's detailed region (npm run basemap writes basemap/region.json). Null when missing or malformed (a
 * default view is used).
 */
export async function loadRegion(base: string = document.baseURI): Promise<Bounds | null> {
  const region = await fetchQuietly(new URL('basemap/region.json', base));
  const bbox = region?.['bbox'];
  if (!Array.isArray(bbox) || bbox.length !== 4) return null;
  const [w, s, e, n] = bbox as unknown[];
  const sw = [w, s];
  const ne = [e, n];
  return isPair(sw) && isPair(ne) ? [sw, ne] : null;
}

/** A small optional JSON file as an object; null when it is missing or not JSON. */
async function fetchQuietly(url: URL): Promise<Record<string, unknown> | null> {
  try {
    const response = await fetch(url);
    if (!response.ok) return null;
    const value: unknown = await response.json();
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

function isPair(value: unknown): value is [number, number] {
  return Array.isArray(value) && value.length === 2 && value.every((x) => typeof x === 'number' && Number.isFinite(x));
}
