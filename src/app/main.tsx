/**
 * Entry point: starts the map the way a bare MapLibre page would, then the data, then React.
 *
 * This chunk holds MapLibre and the start-up only; React and the panels are a chunk of their own (render-app.tsx,
 * preloaded by index.html), evaluated after the map is made, so compiling them does not hold back the map's worker.
 */
import { setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import './styles.css';
import { fetchSiteFiles, loadOpening, type Opening } from './data/load.js';
import { loadWhenStarted } from './data/load-when-started.js';
import { createMap, type StartingMap } from './map/create-map.js';
import type { Theme } from './map/style.js';
import { decodeUrlState, type UrlState } from './state/url-state.js';

setWorkerUrl(new URL(workerUrl, document.baseURI).href);

// The data downloads from the start, ahead of the basemap's requests, and waits as bytes until the map has started.
// It is fetched from here, not preloaded by index.html: the browser decodes a preloaded file on the main thread as
// soon as it arrives, and with 100k mentions that held the map's creation back by about half a second. The camera
// the map is made with is read before the map is made (two small files, preloaded).
const files = fetchSiteFiles();
// Handled where it is used; this only keeps an early failure from being reported as unhandled.
files.catch(() => undefined);
const opening = await loadOpening();
const state = decodeUrlState(window.location.hash);
const theme: Theme = window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
// The map is made now: its worker fetches and indexes the basemap while the rest of the app starts. MapView adopts it.
const starting = startMap(opening, state, theme);
const loaded = loadWhenStarted(files, starting, { state, theme });
loaded.catch(() => undefined);

const { renderApp } = await import('./render-app.js');
renderApp({ urlState: state, starting, loaded });

function startMap(opening: Opening, state: UrlState, theme: Theme): StartingMap | null {
  const container = document.createElement('div');
  container.className = 'map-container';
  document.body.appendChild(container);
  try {
    return createMap(container, { opening, view: state.map, theme });
  } catch (error) {
    // No WebGL: the panels still work (the place list is the map's accessible alternative).
    console.error(error);
    container.remove();
    return null;
  }
}
