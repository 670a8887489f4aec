/**
 * Hooks the end-to-end tests and the browser benchmark (scripts/bench-app.ts) read: the map itself and the
 * time of its first idle after the places were added. Harmless for users; documented in README.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { DrawnCircle } from './map/places-overlay.js';

export type NewsmapHooks = {
  /** performance.now() at the map's first idle with the places drawn; null until then. */
  firstIdleMs: number | null;
  /** performance.now() when the data had loaded, and when the map fired `load` (where first idle time goes). */
  dataMs: number | null;
  mapLoadMs: number | null;
  /** performance.now() when the excerpts had loaded (they load after first idle: see src/app/data/texts.ts). */
  textsMs: number | null;
  /** Set once the data has loaded and the app has rendered (or failed, see `error`). */
  ready: boolean;
  error: string | null;
  /** The circles the places layer draws now (a custom layer: MapLibre's queryRenderedFeatures does not see it). */
  circles?: () => DrawnCircle[];
};

declare global {
  interface Window {
    __map?: MapLibreMap;
    __newsmap?: NewsmapHooks;
  }
}

function hooks(): NewsmapHooks {
  window.__newsmap ??= { firstIdleMs: null, dataMs: null, mapLoadMs: null, textsMs: null, ready: false, error: null };
  return window.__newsmap;
}

export function exposeMap(map: MapLibreMap): void {
  window.__map = map;
}

export function exposeCircles(circles: () => DrawnCircle[]): void {
  hooks().circles = circles;
}

export function markMapLoad(): void {
  hooks().mapLoadMs ??= performance.now();
}

export function markTextsLoaded(): void {
  hooks().textsMs ??= performance.now();
}

export function markFirstIdle(): void {
  hooks().firstIdleMs ??= performance.now();
}

/** A named step of the start-up on the page's performance timeline (read by profiles; costs nothing otherwise). */
export function markStep(name: 'map-style' | 'places-added'): void {
  performance.mark(`newsmap:${name}`);
}

export function markReady(error: string | null = null): void {
  const h = hooks();
  h.dataMs ??= performance.now();
  h.ready = true;
  h.error = error;
}
