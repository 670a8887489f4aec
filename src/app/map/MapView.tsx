/**
 * The map in the page: adopts the map main.tsx made before React (create-map.ts) and the places it put on it
 * (start-places.ts; added here when that did not happen), handles clicks and hover on places, follows the theme, and
 * moves the camera on request.
 */
import { forwardRef, useEffect, useImperativeHandle, useLayoutEffect, useRef, useState } from 'react';
import type { LayerSpecification, Map as MapLibreMap, MapLayerMouseEvent } from 'maplibre-gl';
import type { PlaceFeature } from '../../model/contract.js';
import { basemapUrl, overlayPadding, type StartingMap } from './create-map.js';
import { placesLayers } from './places-layers.js';
import type { PlacesOverlay } from './places-overlay.js';
import { placesJoinMap } from './start-places.js';
import { basemapStyle, PALETTES, type Theme } from './style.js';

type Props = {
  /** The map being made (null when it could not be: no WebGL). */
  starting: StartingMap | null;
  /** Null until the data has loaded: the map and its basemap start at once, the places are added when they come. */
  places: readonly PlaceFeature[] | null;
  counts: ArrayLike<number>;
  selected: number | null;
  highlighted: ReadonlySet<number>;
  theme: Theme;
  onSelect: (position: number | null) => void;
  /** The places' layer main.tsx put on the map before React rendered (see start-places.ts), or null. */
  adopt: PlacesOverlay | null;
};

export type MapViewHandle = {
  fitToVisible: () => void;
  flyToPlace: (position: number) => void;
};

type Hover = { position: number; x: number; y: number };

/**
 * Re-colours the map for a theme: sets the paint properties whose values differ between the themes (colours), and
 * leaves the rest as the app set them (the places' label opacity follows the counts once they change).
 */
type SetPaint = Parameters<MapLibreMap['setPaintProperty']>;
function applyTheme(map: MapLibreMap, theme: Theme): void {
  const layersFor = (t: Theme) => [...basemapStyle(basemapUrl(), t).layers, ...placesLayers(PALETTES[t])];
  const paintOf = (layer: LayerSpecification): Record<string, unknown> => ('paint' in layer && layer.paint ? layer.paint : {});
  const other = new Map(layersFor(theme === 'light' ? 'dark' : 'light').map((layer) => [layer.id, paintOf(layer)]));
  for (const layer of layersFor(theme)) {
    if (!map.getLayer(layer.id)) continue;
    for (const [name, value] of Object.entries(paintOf(layer))) {
      if (JSON.stringify(other.get(layer.id)?.[name]) === JSON.stringify(value)) continue;
      map.setPaintProperty(layer.id, name as SetPaint[1], value as SetPaint[2]);
    }
  }
}

export const MapView = forwardRef<MapViewHandle, Props>(function MapView(
  { starting, places, counts, selected, highlighted, theme, onSelect, adopt },
  ref,
) {
  const host = useRef<HTMLDivElement>(null);
  const overlay = useRef<PlacesOverlay | null>(null);
  // Set once the style is parsed: the places may join the map from then on.
  const [map, setMap] = useState<MapLibreMap | null>(null);
  const [hover, setHover] = useState<Hover | null>(null);

  // The map's container joins the page where the map belongs. It was made in the rectangle this host has (styles.css
  // places both alike): no resize (that would clear the canvas and cost a frame); MapLibre follows later changes.
  useLayoutEffect(() => {
    if (!starting || !host.current) return;
    host.current.prepend(starting.map.getContainer());
  }, [starting]);

  useEffect(() => {
    if (!starting) return;
    let live = true;
    void starting.started.then(() => {
      if (live) setMap(starting.map);
    });
    return () => {
      live = false;
    };
  }, [starting]);

  // The places are usually on the map already (main.tsx, start-places.ts); else they join it once both the map and
  // the data are there, before the browser paints the panels (a layout effect), so their tiles are asked for a frame
  // sooner.
  useLayoutEffect(() => {
    if (!map || !places || overlay.current) return;
    const joined =
      adopt ??
      placesJoinMap(map, places, counts, {
        theme,
        fitCamera: starting?.awaitsDataCamera() ?? false,
      });
    joined.setCounts(counts);
    joined.setSelected(selected);
    joined.setHighlighted(highlighted);
    overlay.current = joined;
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
    overlay.current?.setPalette(PALETTES[theme]);
  }, [map, theme]);

  useImperativeHandle(ref, () => ({
    fitToVisible() {
      const bounds = overlay.current?.visibleBounds();
      if (bounds) map?.fitBounds(bounds, { padding: overlayPadding(), maxZoom: 11, duration: 600 });
    },
    flyToPlace(position) {
      if (!places || !map) return;
      const [lon, lat] = places[position]!.geometry.coordinates;
      map.flyTo({ center: [lon, lat], zoom: Math.max(map.getZoom(), 8), duration: 600 });
    },
  }));

  // Pointer handlers read the latest props through a ref, so they are registered once.
  const handlers = useRef({ click: (_: MapLayerMouseEvent) => {}, move: (_: MapLayerMouseEvent) => {} });
  // Clicks are resolved on the places layer here (not by DOM markers, react-map-gl #1847).
  handlers.current.click = (event) => {
    const o = overlay.current;
    if (!o || !map) return;
    const place = o.placeAt(event.point);
    if (place !== null) return onSelect(place);
    // A click on a cluster zooms in until it breaks apart.
    const hit = o.clusterZoomAt(event.point);
    if (hit) map.easeTo({ center: hit.center, zoom: hit.zoom + 0.2, duration: 500 });
    else onSelect(null);
  };
  handlers.current.move = (event) => {
    const position = overlay.current?.placeAt(event.point) ?? null;
    if (map) map.getCanvas().style.cursor = position === null ? '' : 'pointer';
    setHover(position === null ? null : { position, x: event.point.x, y: event.point.y });
  };
  useEffect(() => {
    if (!map) return;
    const click = (e: MapLayerMouseEvent) => handlers.current.click(e);
    const move = (e: MapLayerMouseEvent) => handlers.current.move(e);
    const out = () => setHover(null);
    map.on('click', click);
    map.on('mousemove', move);
    map.on('mouseout', out);
    return () => {
      map.off('click', click);
      map.off('mousemove', move);
      map.off('mouseout', out);
    };
  }, [map]);

  const hovered = hover && places ? places[hover.position] : undefined;
  return (
    <div ref={host} className="map-host">
      {hover && hovered && (
        <div className="tooltip" role="tooltip" style={{ left: hover.x, top: hover.y }}>
          <strong>{hovered.properties.name}</strong>
          <span>
            {overlay.current?.countOf(hover.position) ?? 0} mentions
            {['province', 'country', 'region'].includes(hovered.properties.precision) ? ' · approximate area' : ''}
          </span>
        </div>
      )}
    </div>
  );
});
