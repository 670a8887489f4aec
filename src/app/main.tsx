/** Entry point. MapLibre's worker is a separate file after `vite build`; tell MapLibre where before any map exists. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import './styles.css';
import { App } from './App.js';
import { fetchSiteFiles, loadOpening, type Opening } from './data/load.js';
import { createMap, type StartingMap } from './map/create-map.js';
import { decodeUrlState } from './state/url-state.js';

setWorkerUrl(new URL(workerUrl, document.baseURI).href);

// The data downloads from the start (index.html preloads it); the camera the map is made with is read before the
// first render (two small files, preloaded too).
const files = fetchSiteFiles();
// Handled where it is used (App); this only keeps an early failure from being reported as unhandled.
files.catch(() => undefined);
const opening = await loadOpening();
// The map is made now, as a bare MapLibre page would make it, not after React's first render and paint: its
// worker fetches and indexes the basemap while the rest of the app starts. MapView adopts it.
const starting = startMap(opening);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App opening={opening} starting={starting} files={files} />
  </StrictMode>,
);

function startMap(opening: Opening): StartingMap | null {
  const container = document.createElement('div');
  container.className = 'map-container';
  document.body.appendChild(container);
  try {
    const theme = window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
    return createMap(container, { opening, view: decodeUrlState(window.location.hash).map, theme });
  } catch (error) {
    // No WebGL: the panels still work (the place list is the map's accessible alternative).
    console.error(error);
    container.remove();
    return null;
  }
}
