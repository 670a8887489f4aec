/**
 * Parses the downloaded data once the map has started (its worker already busy with the basemap: parsing and
 * indexing 100k mentions holds the main thread for a while) and puts the places on the map in the same task, before
 * React renders (see start-places.ts). Without a map (no WebGL), or when it is slow to start, the data is parsed
 * anyway: the panels and the place list work without it.
 */
import { buildMentionTable, type MentionTable } from '../../model/filter.js';
import type { StartingMap } from '../map/create-map.js';
import type { PlacesOverlay } from '../map/places-overlay.js';
import { placesJoinMap } from '../map/start-places.js';
import type { Theme } from '../map/style.js';
import { placeCountsFor } from '../state/shown-counts.js';
import type { UrlState } from '../state/url-state.js';
import { parseSiteData, type SiteFiles } from './load.js';
import type { SiteData } from './validate.js';

/** Longest wait for the map to start before the data is parsed anyway. */
const MAP_START_WAIT_MS = 3000;

/** The parsed data, its mention table, and the places' layer when the map had started (else MapView adds it). */
export type Loaded = { data: SiteData; table: MentionTable; overlay: PlacesOverlay | null };

export async function loadWhenStarted(
  files: Promise<SiteFiles>,
  starting: StartingMap | null,
  options: { state: UrlState; theme: Theme },
): Promise<Loaded> {
  let started = false;
  if (starting) {
    await Promise.race([starting.started.then(() => (started = true)), new Promise((resolve) => setTimeout(resolve, MAP_START_WAIT_MS))]);
  }
  const data = parseSiteData(await files);
  const table = buildMentionTable(data);
  if (!starting || !started) return { data, table, overlay: null };
  const overlay = placesJoinMap(starting.map, data.places, placeCountsFor(table, options.state), {
    theme: options.theme,
    fitCamera: starting.awaitsDataCamera(),
  });
  return { data, table, overlay };
}
