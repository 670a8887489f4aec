/**
 * Makes the MapLibre map before React renders anything, as a bare MapLibre page would: the basemap's worker starts
 * fetching and indexing while the app's own code runs, instead of after React's first render and paint (where
 * react-map-gl made it: 300-600 ms later on the benchmark machine). MapView adopts the map once it mounts.
 */
import { AttributionControl, Map as MapLibreMap, NavigationControl } from 'maplibre-gl';
import type { Opening } from '../data/load.js';
import { MAP_HASH_KEY, type MapView as UrlMapView } from '../state/url-state.js';
import { exposeMap, markMapLoad, markStep } from '../test-hooks.js';
import { placesStyleState } from './places-layers.js';
import { basemapStyle, type Theme } from './style.js';

export const ATTRIBUTION = [
  '<a href="https://www.naturalearthdata.com/">Natural Earth</a>',
  '<a href="https://www.geonames.org/">GeoNames</a> (CC BY 4.0)',
  '<a href="https://github.com/Open-Syria">OpenSyria</a> (CC BY 4.0)',
];

/**
 * A map being made: the moment its style is parsed (its sources exist: the places may join it then), and whether
 * the camera should still move to the mentions when they come: only when the map opened on neither a shared view
 * nor the data's published view, and the reader has not moved it since.
 */
export type StartingMap = { map: MapLibreMap; started: Promise<void>; awaitsDataCamera: () => boolean };

export function basemapUrl(): string {
  return new URL('basemap/', document.baseURI).href;
}

/**
 * Room kept around fitted places: a margin on desktop, where the panels are docked beside the map (styles.css); on
 * phones, where the sidebar strip and the timeline lie over the map, their room too.
 */
export function overlayPadding() {
  return window.innerWidth > 760
    ? { top: 40, left: 40, right: 40, bottom: 40 }
    : { top: 130, left: 20, right: 20, bottom: 230 };
}

/** Most the map zooms in when it fits the data's view (a single village would otherwise fill the screen). */
export const DATA_FIT_MAX_ZOOM = 9;

/**
 * The camera: from a shared link (MapLibre's hash restores it too); else the data's published view; else the
 * basemap region, left for the data's extent once the data is in (MapView); else a default.
 */
function camera(opening: Opening, view: UrlMapView | null) {
  if (view) return { center: [view.lon, view.lat] as [number, number], zoom: view.zoom };
  if (opening.bounds) return { bounds: opening.bounds, fitBoundsOptions: { padding: overlayPadding(), ...(opening.final ? { maxZoom: DATA_FIT_MAX_ZOOM } : {}) } };
  return { center: [38, 35] as [number, number], zoom: 5 };
}

export function createMap(container: HTMLElement, options: { opening: Opening; view: UrlMapView | null; theme: Theme }): StartingMap {
  const map = new MapLibreMap({
    container,
    // Built once, with the theme the page opened in; a later theme change repaints in place (MapView).
    style: { ...basemapStyle(basemapUrl(), options.theme), state: placesStyleState() },
    ...camera(options.opening, options.view),
    // The camera lives in the URL under its own key, next to the app's state (maplibre-gl-js #3559).
    hash: MAP_HASH_KEY,
    maxZoom: 14,
    // Flat: the places' circles are screen-aligned discs, hit-tested by distance (circles-layer.ts).
    maxPitch: 0,
    pitchWithRotate: false,
    touchPitch: false,
    // Labels appear at once: a fade keeps the map busy (not idle) for 300 ms after every filter change.
    fadeDuration: 0,
    attributionControl: false,
  });
  map.addControl(new AttributionControl({ compact: false, customAttribution: ATTRIBUTION }), 'bottom-right');
  map.addControl(new NavigationControl({ showCompass: false }), 'top-left');
  map.once('load', () => markMapLoad());
  exposeMap(map);
  const started = new Promise<void>((resolve) => {
    map.once('styledata', () => {
      markStep('map-style');
      resolve();
    });
  });
  let moved = false;
  map.on('movestart', (event: { originalEvent?: Event }) => {
    if (event.originalEvent) moved = true;
  });
  const placedAlready = Boolean(options.view) || options.opening.final;
  return { map, started, awaitsDataCamera: () => !placedAlready && !moved };
}
