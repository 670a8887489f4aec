/**
 * Parses the downloaded data once the map has started (its worker already busy with the basemap: parsing and
 * indexing 100k mentions holds the main thread for a while) and puts the places on the map in the same task, before
 * React renders (see start-places.ts). Without a map (no WebGL), or when it is slow to start, the data is parsed
 * anyway: the panels and the place list work without it.
 *
 * The excerpts wait until the map has drawn the places (texts.ts), unless the URL's search needs them for the
 * opening counts.
 */
import { buildMentionTable, type MentionTable } from '../../model/filter.js';
import type { MentionTexts } from '../../model/mention-columns.js';
import type { StartingMap } from '../map/create-map.js';
import type { PlacesOverlay } from '../map/places-overlay.js';
import { placesJoinMap } from '../map/start-places.js';
import type { Theme } from '../map/style.js';
import { placeCountsFor } from '../state/shown-counts.js';
import type { UrlState } from '../state/url-state.js';
import { loadTexts, parseSiteData, type SiteFiles } from './load.js';
import { lazyTexts, type Texts } from './texts.js';
import type { SiteData } from './validate.js';

/** Longest wait for the map to start before the data is parsed anyway. */
const MAP_START_WAIT_MS = 3000;

/**
 * The parsed data, its mention table, the excerpts (loading), and the places' layer when the map had started (else
 * MapView adds it).
 */
export type Loaded = { data: SiteData; table: MentionTable; texts: Texts; overlay: PlacesOverlay | null };

export async function loadWhenStarted(
  files: Promise<SiteFiles>,
  starting: StartingMap | null,
  options: { state: UrlState; theme: Theme; loadTexts?: (count: number) => Promise<MentionTexts> },
): Promise<Loaded> {
  let started = false;
  if (starting) {
    await Promise.race([starting.started.then(() => (started = true)), new Promise((resolve) => setTimeout(resolve, MAP_START_WAIT_MS))]);
  }
  const data = parseSiteData(await files);
  const table = buildMentionTable(data);
  const texts = lazyTexts(() => (options.loadTexts ?? loadTexts)(data.mentions.count));
  // A failed load is shown by the excerpt panel; the counts then leave the excerpts out of the search.
  const searchTexts = options.state.search.trim() ? await texts.request().catch(() => null) : null;
  if (!starting || !started) {
    void texts.request();
    return { data, table, texts, overlay: null };
  }
  const overlay = placesJoinMap(starting.map, data.places, placeCountsFor(table, options.state, searchTexts), {
    theme: options.theme,
    fitCamera: starting.awaitsDataCamera(),
    onDrawn: () => void texts.request(),
  });
  return { data, table, texts, overlay };
}
