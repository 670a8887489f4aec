/** The map: basemap style, the places overlay, clicks on places, and the test hooks the e2e tests read. */
import { useEffect, useMemo, useRef } from 'react';
import Map, { AttributionControl, NavigationControl, type MapLayerMouseEvent, type MapRef } from 'react-map-gl/maplibre';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { PlaceFeature } from '../../model/contract.js';
import { basemapStyle, PALETTES, type Theme } from './style.js';
import { PlacesOverlay } from './places-overlay.js';
import { mentionBounds } from './initial-view.js';
import { markFirstIdle, exposeMap } from '../test-hooks.js';

export const ATTRIBUTION = [
  '<a href="https://www.naturalearthdata.com/">Natural Earth</a>',
  '<a href="https://www.geonames.org/">GeoNames</a> (CC BY 4.0)',
  '<a href="https://github.com/Open-Syria">OpenSyria</a> (CC BY 4.0)',
];

type Props = {
  places: readonly PlaceFeature[];
  counts: Int32Array;
  selected: number | null;
  theme: Theme;
  onSelect: (position: number | null) => void;
};

export function MapView({ places, counts, selected, theme, onSelect }: Props) {
  const overlay = useRef<PlacesOverlay | null>(null);
  const mapRef = useRef<MapRef>(null);
  // The style is built once per theme; the places overlay is added on load and survives re-renders.
  const style = useMemo(() => basemapStyle(new URL('basemap/', document.baseURI).href, theme), [theme]);
  const initialBounds = useMemo(
    () =>
      mentionBounds(
        places.map((f, i) => ({ lon: f.geometry.coordinates[0], lat: f.geometry.coordinates[1], weight: counts[i] ?? 0 })),
      ),
    // Only the first counts matter: later filter changes must not move the camera.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [places],
  );

  useEffect(() => {
    overlay.current?.setCounts(counts);
  }, [counts]);
  useEffect(() => {
    overlay.current?.setSelected(selected);
  }, [selected]);

  function handleLoad(map: MapLibreMap) {
    overlay.current = new PlacesOverlay(map, places, PALETTES[theme]);
    overlay.current.setCounts(counts);
    overlay.current.setSelected(selected);
    exposeMap(map);
    map.once('idle', () => markFirstIdle());
  }

  // Clicks are resolved on the places layer here (not by DOM markers, react-map-gl #1847).
  function handleClick(event: MapLayerMouseEvent) {
    if (overlay.current) onSelect(overlay.current.placeAt(event.point));
  }

  function handleMouseMove(event: MapLayerMouseEvent) {
    const canvas = mapRef.current?.getCanvas();
    if (canvas && overlay.current) canvas.style.cursor = overlay.current.placeAt(event.point) === null ? '' : 'pointer';
  }

  return (
    <Map
      ref={mapRef}
      mapStyle={style}
      initialViewState={initialBounds ? { bounds: initialBounds, fitBoundsOptions: { padding: 40, maxZoom: 9 } } : { longitude: 38, latitude: 35, zoom: 5 }}
      onLoad={(e) => handleLoad(e.target)}
      onClick={handleClick}
      onMouseMove={handleMouseMove}
      attributionControl={false}
      maxZoom={14}
      style={{ position: 'absolute', inset: 0 }}
    >
      <AttributionControl compact={false} customAttribution={ATTRIBUTION} position="bottom-right" />
      <NavigationControl position="top-left" showCompass={false} />
    </Map>
  );
}
