/**
 * The bare MapLibre page npm run bench:app compares the app with: the same basemap style (src/app/map/style.ts,
 * same Natural Earth files and fonts), the same camera (passed as ?view=zoom/lat/lon by the benchmark), no data, no
 * React. It records the times of its map's `load` and first idle the way the app does (performance.now(), from
 * navigation start).
 */
import { Map as MapLibreMap, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { basemapStyle } from '../app/map/style.js';

declare global {
  interface Window {
    __bare?: { firstIdleMs: number | null; mapLoadMs: number | null };
    /** The map, for profiles (counting frames and tiles next to the app's window.__map). */
    __bareMap?: MapLibreMap;
  }
}

setWorkerUrl(new URL(workerUrl, document.baseURI).href);

const params = new URLSearchParams(location.search);
const [zoom, lat, lon] = (params.get('view') ?? '5/35/38').split('/').map(Number) as [number, number, number];
window.__bare = { firstIdleMs: null, mapLoadMs: null };
const map = new MapLibreMap({
  container: 'map',
  // The page is served at src/bench/bare.html, two folders below the site root that holds basemap/.
  style: basemapStyle(new URL('../../basemap/', document.baseURI).href, 'light'),
  center: [lon, lat],
  zoom,
  attributionControl: false,
});
window.__bareMap = map;
// The same start-up step the app marks (newsmap:map-style), so profiles can line the two pages up.
map.once('styledata', () => performance.mark('bare:map-style'));
map.once('load', () => {
  window.__bare!.mapLoadMs = performance.now();
});
map.once('idle', () => {
  window.__bare!.firstIdleMs = performance.now();
});
