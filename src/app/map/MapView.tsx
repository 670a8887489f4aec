/** The map: basemap style, the places overlay, clicks and hover on places, and the hooks the e2e tests read. */
import { forwardRef, useEffect, useImperativeHandle, useMemo, useRef, useState } from 'react';
import Map, { AttributionControl, NavigationControl, type MapLayerMouseEvent, type MapRef } from 'react-map-gl/maplibre';
import * as maplibregl from 'maplibre-gl';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { PlaceFeature } from '../../model/contract.js';
import type { MapView as UrlMapView } from '../state/url-state.js';
import { MAP_HASH_KEY } from '../state/url-state.js';
import { basemapStyle, PALETTES, type Theme } from './style.js';
import { PlacesOverlay } from './places-overlay.js';
import { CLUSTER_SOURCE, PLACES_SOURCE, placesLayers, placesStyleState } from './places-layers.js';
import { mentionBounds } from '../../model/opening-view.js';
import type { Opening } from '../data/load.js';
import { exposeMap, markFirstIdle, markMapLoad, markStep } from '../test-hooks.js';

export const ATTRIBUTION = [
  '<a href="https://www.naturalearthdata.com/">Natural Earth</a>',
  '<a href="https://www.geonames.org/">GeoNames</a> (CC BY 4.0)',
  '<a href="https://github.com/Open-Syria">OpenSyria</a> (CC BY 4.0)',
];

type Props = {
  /** Null until the data has loaded: the map and its basemap start at once, the places are added when they come. */
  places: readonly PlaceFeature[] | null;
  counts: ArrayLike<number>;
  selected: number | null;
  highlighted: ReadonlySet<number>;
  theme: Theme;
  /** The view from a shared link; MapLibre's hash restores it, the data's extent is used without it. */
  initialView: UrlMapView | null;
  /** Where the map opens: the data's published view, or the basemap region until the data is in (see loadOpening). */
  opening: Opening;
  onSelect: (position: number | null) => void;
  /** Called once, when the style is parsed and the basemap sources have started loading. */
  onStarted?: () => void;
};

export type MapViewHandle = {
  fitToVisible: () => void;
  flyToPlace: (position: number) => void;
};

type Hover = { position: number; x: number; y: number };

function basemapUrl(): string {
  return new URL('basemap/', document.baseURI).href;
}

/** Re-colours the map for a theme: only paint properties differ between themes (MapLibre skips equal values). */
function applyTheme(map: MapLibreMap, theme: Theme): void {
  for (const layer of [...basemapStyle(basemapUrl(), theme).layers, ...placesLayers(PALETTES[theme])]) {
    if (!map.getLayer(layer.id) || !('paint' in layer) || !layer.paint) continue;
    for (const [name, value] of Object.entries(layer.paint)) map.setPaintProperty(layer.id, name as Parameters<MapLibreMap['setPaintProperty']>[1], value);
  }
}

/** Room the sidebar, excerpt panel and timeline take over the map, so fitted places are not hidden under them. */
function overlayPadding() {
  return window.innerWidth > 760
    ? { top: 40, left: 350, right: 40, bottom: 200 }
    : { top: 130, left: 20, right: 20, bottom: 230 };
}

export const MapView = forwardRef<MapViewHandle, Props>(function MapView(
  { places, counts, selected, highlighted, theme, initialView, opening, onSelect, onStarted },
  ref,
) {
  const overlay = useRef<PlacesOverlay | null>(null);
  const mapRef = useRef<MapRef>(null);
  const [map, setMap] = useState<MapLibreMap | null>(null);
  const [hover, setHover] = useState<Hover | null>(null);
  // The style is built once, with the theme the page opened in: a new style object would make react-map-gl diff the
  // whole style (data included). The places join it when the data is in (PlacesOverlay); theme changes are applied
  // as paint properties below.
  const style = useMemo(() => ({ ...basemapStyle(basemapUrl(), theme), state: placesStyleState() }), []); // eslint-disable-line react-hooks/exhaustive-deps
  // The camera: from a shared link; else the view the data build published (where the default filters' mentions
  // are), so the first tiles loaded are the final ones. Without one, where the mentions are once they are in (the
  // map opens on the basemap region meanwhile). Set once: later filter changes must not move it.
  const dataCamera = useRef<'pending' | 'placed'>(initialView || opening.final ? 'placed' : 'pending');
  const fitOptions = { padding: overlayPadding(), maxZoom: 9 };
  const fitToData = () => {
    if (!places) return null;
    return mentionBounds(places.map((f, i) => ({ lon: f.geometry.coordinates[0], lat: f.geometry.coordinates[1], weight: counts[i] ?? 0 })));
  };
  const initialViewState = useMemo(() => {
    if (initialView) return { longitude: initialView.lon, latitude: initialView.lat, zoom: initialView.zoom };
    const bounds = opening.final ? opening.bounds : fitToData();
    if (bounds) {
      dataCamera.current = 'placed';
      return { bounds, fitBoundsOptions: fitOptions };
    }
    return opening.bounds ? { bounds: opening.bounds, fitBoundsOptions: { padding: overlayPadding() } } : { longitude: 38, latitude: 35, zoom: 5 };
  }, []); // eslint-disable-line react-hooks/exhaustive-deps
  // A reader who moved the map while the data loaded keeps their view.
  const userMoved = useRef(false);

  // The places join the map once both the map and the data are there, in whichever order they come.
  useEffect(() => {
    if (!map || !places || overlay.current) return;
    if (dataCamera.current === 'pending') {
      dataCamera.current = 'placed';
      const bounds = fitToData();
      if (bounds && !userMoved.current) map.fitBounds(bounds, { ...fitOptions, animate: false });
    }
    overlay.current = new PlacesOverlay(map, places, counts, PALETTES[theme]);
    markStep('places-added');
    overlay.current.setSelected(selected);
    overlay.current.setHighlighted(highlighted);
    // First idle means: idle with the places' sources loaded and drawn (the bench and the e2e tests rely on it).
    const whenDrawn = () => {
      if (map.isSourceLoaded(PLACES_SOURCE) && map.isSourceLoaded(CLUSTER_SOURCE)) markFirstIdle();
      else map.once('idle', whenDrawn);
    };
    map.once('idle', whenDrawn);
  }, [map, places]); // eslint-disable-line react-hooks/exhaustive-deps

  useEffect(
    () => () => {
      overlay.current?.remove();
      overlay.current = null;
    },
    [],
  );
  useEffect(() => overlay.current?.setCounts(counts), [counts]);
  useEffect(() => overlay.current?.setSelected(selected), [selected]);
  useEffect(() => overlay.current?.setHighlighted(highlighted), [highlighted]);

  // The style was built with the opening theme; a later switch (prefers-color-scheme changed) repaints in place.
  const paintedTheme = useRef(theme);
  useEffect(() => {
    if (!map || theme === paintedTheme.current) return;
    paintedTheme.current = theme;
    applyTheme(map, theme);
  }, [map, theme]);

  useImperativeHandle(ref, () => ({
    fitToVisible() {
      const bounds = overlay.current?.visibleBounds();
      if (bounds) mapRef.current?.fitBounds(bounds, { padding: overlayPadding(), maxZoom: 11, duration: 600 });
    },
    flyToPlace(position) {
      if (!places) return;
      const [lon, lat] = places[position]!.geometry.coordinates;
      mapRef.current?.flyTo({ center: [lon, lat], zoom: Math.max(mapRef.current.getZoom(), 8), duration: 600 });
    },
  }));

  // The map is usable as soon as its style is parsed (sources exist): the places and the data's camera go in then,
  // not at `load`, which waits for the first complete render of the basemap.
  const started = useRef(false);
  function handleStyleData(styled: MapLibreMap) {
    // `styledata` fires again on later style changes (the places joining it): act on the first one only.
    if (started.current) return;
    started.current = true;
    exposeMap(styled);
    styled.on('movestart', (e: { originalEvent?: Event }) => {
      if (e.originalEvent) userMoved.current = true;
    });
    setMap(styled);
    markStep('map-style');
    onStarted?.();
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

  const hovered = hover && places ? places[hover.position] : undefined;
  return (
    <Map
      ref={mapRef}
      // The library itself, not react-map-gl's dynamic import of it: one task less before the map exists.
      mapLib={maplibregl}
      mapStyle={style}
      initialViewState={initialViewState}
      hash={MAP_HASH_KEY}
      onStyleData={(e) => handleStyleData(e.target)}
      onLoad={() => markMapLoad()}
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
