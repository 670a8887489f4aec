/**
 * Puts the places on the map: moves the camera to them when the map opened without the data's view, adds their
 * sources and layers (PlacesOverlay), and records the first idle with them drawn (the e2e tests and npm run
 * bench:app read it), when `onDrawn` runs.
 *
 * main.tsx calls this as soon as the map has started and the data is parsed, before React renders: the places'
 * sources then reach MapLibre's worker together with the basemap's and their tiles arrive in the basemap's frames,
 * instead of in one or two frames of their own at the end (each a full redraw: 100-250 ms in software WebGL).
 * MapView calls it when that did not happen (no map yet when the data came).
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { PlaceFeature } from '../../model/contract.js';
import { isAreaPrecision, mentionBounds } from '../../model/opening-view.js';
import { exposeCircles, markFirstIdle, markStep } from '../test-hooks.js';
import { DATA_FIT_MAX_ZOOM, overlayPadding } from './create-map.js';
import { CLUSTER_SOURCE, PLACES_SOURCE } from './places-layers.js';
import { PlacesOverlay } from './places-overlay.js';
import { PALETTES, type Theme } from './style.js';

export function placesJoinMap(
  map: MapLibreMap,
  places: readonly PlaceFeature[],
  counts: ArrayLike<number>,
  options: { theme: Theme; fitCamera: boolean; onDrawn?: () => void },
): PlacesOverlay {
  if (options.fitCamera) {
    const bounds = mentionBounds(
      places.map((f, i) => ({ lon: f.geometry.coordinates[0], lat: f.geometry.coordinates[1], weight: counts[i] ?? 0, area: isAreaPrecision(f.properties.precision) })),
    );
    if (bounds) map.fitBounds(bounds, { padding: overlayPadding(), maxZoom: DATA_FIT_MAX_ZOOM, animate: false });
  }
  const overlay = new PlacesOverlay(map, places, counts, PALETTES[options.theme]);
  exposeCircles(() => overlay.drawnCircles());
  markStep('places-added');
  // First idle means: idle with the places' sources loaded and drawn.
  const whenDrawn = () => {
    if (map.isSourceLoaded(PLACES_SOURCE) && map.isSourceLoaded(CLUSTER_SOURCE)) {
      markFirstIdle();
      options.onDrawn?.();
    } else {
      map.once('idle', whenDrawn);
    }
  };
  map.once('idle', whenDrawn);
  return overlay;
}
