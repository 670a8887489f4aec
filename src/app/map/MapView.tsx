/** The map: basemap style, the places overlay, clicks and hover on places, and the hooks the e2e tests read. */
import { forwardRef, useEffect, useImperativeHandle, useMemo, useRef, useState } from 'react';
import Map, { AttributionControl, NavigationControl, type MapLayerMouseEvent, type MapRef } from 'react-map-gl/maplibre';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { PlaceFeature } from '../../model/contract.js';
import type { MapView as UrlMapView } from '../state/url-state.js';
import { MAP_HASH_KEY } from '../state/url-state.js';
import { basemapStyle, PALETTES, type Theme } from './style.js';
import { PlacesOverlay } from './places-overlay.js';
import { placesLayers, placesSources } from './places-layers.js';
import { mentionBounds } from './initial-view.js';
import { markFirstIdle, markMapLoad, exposeMap } from '../test-hooks.js';

export const ATTRIBUTION = [
  '<a href="https://www.naturalearthdata.com/">Natural Earth</a>',
  '<a href="https://www.geonames.org/">GeoNames</a> (CC BY 4.0)',
  '<a href="https://github.com/Open-Syria">OpenSyria</a> (CC BY 4.0)',
];

type Props = {
  places: readonly PlaceFeature[];
  counts: ArrayLike<number>;
  selected: number | null;
  highlighted: ReadonlySet<number>;
  theme: Theme;
  /** The view from a shared link; MapLibre's hash restores it, the data's extent is used without it. */
  initialView: UrlMapView | null;
  onSelect: (position: number | null) => void;
};

export type MapViewHandle = {
  fitToVisible: () => void;
  flyToPlace: (position: number) => void;
};

type Hover = { position: number; x: number; y: number };

/** Room the sidebar, excerpt panel and timeline take over the map, so fitted places are not hidden under them. */
function overlayPadding() {
  return window.innerWidth > 760
    ? { top: 40, left: 350, right: 40, bottom: 200 }
    : { top: 130, left: 20, right: 20, bottom: 230 };
}

export const MapView = forwardRef<MapViewHandle, Props>(function MapView(
  { places, counts, selected, highlighted, theme, initialView, onSelect },
  ref,
) {
  const overlay = useRef<PlacesOverlay | null>(null);
  const mapRef = useRef<MapRef>(null);
  const [hover, setHover] = useState<Hover | null>(null);
  // The places go into the style with the counts the map opens with, so the first frame has them. Built once per
  // theme from the FIRST counts: later changes go through the overlay, and a theme switch only restyles paint.
  const initialCounts = useMemo(() => Array.from(counts), []); // eslint-disable-line react-hooks/exhaustive-deps
  const placeParts = useMemo(() => placesSources(places, initialCounts), [places, initialCounts]);
  const style = useMemo(() => {
    const base = basemapStyle(new URL('basemap/', document.baseURI).href, theme);
    return {
      ...base,
      sources: { ...base.sources, ...placeParts.sources },
      layers: [...base.layers, ...placesLayers(PALETTES[theme])],
      state: placeParts.state,
    };
  }, [theme, placeParts]);
  const initialViewState = useMemo(() => {
    if (initialView) return { longitude: initialView.lon, latitude: initialView.lat, zoom: initialView.zoom };
    const bounds = mentionBounds(
      places.map((f, i) => ({ lon: f.geometry.coordinates[0], lat: f.geometry.coordinates[1], weight: counts[i] ?? 0 })),
    );
    return bounds ? { bounds, fitBoundsOptions: { padding: overlayPadding(), maxZoom: 9 } } : { longitude: 38, latitude: 35, zoom: 5 };
    // Only the first render matters: later filter changes must not move the camera.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => overlay.current?.setCounts(counts), [counts]);
  useEffect(() => overlay.current?.setSelected(selected), [selected]);
  useEffect(() => overlay.current?.setHighlighted(highlighted), [highlighted]);

  useImperativeHandle(ref, () => ({
    fitToVisible() {
      const bounds = overlay.current?.visibleBounds();
      if (bounds) mapRef.current?.fitBounds(bounds, { padding: overlayPadding(), maxZoom: 11, duration: 600 });
    },
    flyToPlace(position) {
      const [lon, lat] = places[position]!.geometry.coordinates;
      mapRef.current?.flyTo({ center: [lon, lat], zoom: Math.max(mapRef.current.getZoom(), 8), duration: 600 });
    },
  }));

  function handleLoad(map: MapLibreMap) {
    markMapLoad();
    overlay.current = new PlacesOverlay(map, places, initialCounts);
    overlay.current.setCounts(counts);
    overlay.current.setSelected(selected);
    overlay.current.setHighlighted(highlighted);
    exposeMap(map);
    map.once('idle', () => markFirstIdle());
  }

  // Clicks are resolved on the places layer here (not by DOM markers, react-map-gl #1847).
  function handleClick(event: MapLayerMouseEvent) {
    const o = overlay.current;
    if (!o) return;
    const place = o.placeAt(event.point);
    if (place !== null) return onSelect(place);
    // A click on a cluster zooms in until it breaks apart.
    void o.clusterZoomAt(event.point).then((hit) => {
      if (hit) mapRef.current?.easeTo({ center: hit.center, zoom: hit.zoom + 0.2, duration: 500 });
      else onSelect(null);
    });
  }

  function handleMouseMove(event: MapLayerMouseEvent) {
    const position = overlay.current?.placeAt(event.point) ?? null;
    const canvas = mapRef.current?.getCanvas();
    if (canvas) canvas.style.cursor = position === null ? '' : 'pointer';
    setHover(position === null ? null : { position, x: event.point.x, y: event.point.y });
  }

  const hovered = hover ? places[hover.position] : undefined;
  return (
    <Map
      ref={mapRef}
      mapStyle={style}
      initialViewState={initialViewState}
      hash={MAP_HASH_KEY}
      onLoad={(e) => handleLoad(e.target)}
      onClick={handleClick}
      onMouseMove={handleMouseMove}
      onMouseOut={() => setHover(null)}
      attributionControl={false}
      maxZoom={14}
      // Labels appear at once: a fade keeps the map busy (not idle) for 300 ms after every filter change.
      fadeDuration={0}
      style={{ position: 'absolute', inset: 0 }}
    >
      <AttributionControl compact={false} customAttribution={ATTRIBUTION} position="bottom-right" />
      <NavigationControl position="top-left" showCompass={false} />
      {hover && hovered && (
        <div className="tooltip" role="tooltip" style={{ left: hover.x, top: hover.y }}>
          <strong>{hovered.properties.name}</strong>
          <span>
            {overlay.current?.countOf(hover.position) ?? 0} mentions
            {['province', 'country', 'region'].includes(hovered.properties.precision) ? ' · approximate area' : ''}
          </span>
        </div>
      )}
    </Map>
  );
});
