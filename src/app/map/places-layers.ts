/**
 * The places' label sources and layers, as typed data, and the circles' size scale. The circles themselves are a
 * custom layer (circles-layer.ts, drawing what circles.ts works out); the sources exist for the labels: `places`
 * (every place, named from CLUSTER_UNTIL up) and `place-clusters` (the point places, named below it where they are
 * drawn alone; see clusters.ts).
 *
 * Both sources get their data once. Counts reach the labels as feature-state (`count`, `from`), and the lists of ids
 * to name as global state, updated when a scrub settles (labels cannot read feature-state in a filter), so a slider
 * tick never needs a setData (maplibre-gl-js #106). Meanwhile hidden places' labels fade by feature-state. The
 * cluster numbers are HTML (cluster-counts.ts): a changing number in a symbol layer would need a worker layout per
 * tick.
 *
 * Shader programs: MapLibre compiles one program per layer type and per set of paint properties that are
 * constant, per-feature ("source") or per-feature-and-zoom ("composite"); each compile holds the start-up back
 * (tens of ms in software WebGL). The labels start with constant paint, the kinds the basemap's labels already
 * compiled; their opacity follows feature-state only once the counts first change (labelOpacityFollowingCounts).
 */
import type { ExpressionSpecification, LayerSpecification, StateSpecification, SymbolLayerSpecification } from 'maplibre-gl';
import type { FeatureCollection, Point } from 'geojson';
import type { PlaceFeature, Precision } from '../../model/contract.js';
import { FONT, type Palette } from './style.js';

export const PLACES_SOURCE = 'places';
export const PLACE_LABELS_LAYER = 'place-labels';
/** Below this zoom, point places are clustered (the fixed clusters of clusters.ts). */
export const CLUSTER_UNTIL = 6;
/** The point places, for their labels below CLUSTER_UNTIL. */
export const CLUSTER_SOURCE = 'place-clusters';
export const CLUSTER_POINT_LABELS_LAYER = 'cluster-point-labels';
/** Global-state key: ids (properties.pid) of the places the filters keep. */
export const VISIBLE_STATE = 'visiblePlaces';
/** Global-state key: per zoom band below CLUSTER_UNTIL, ids of the shown places drawn alone (named) there. */
export const ALONE_STATE = 'alonePlaces';

/** Places that stand for an area: drawn as a hollow ring, never as a precise dot, and never clustered. */
export const AREA_PRECISIONS: ReadonlySet<Precision> = new Set(['province', 'country', 'region']);

export type PlaceSourceProperties = {
  pid: string;
  /** Mentions in the filters the map opened with; feature-state `count` overrides it once the filters change. */
  c0: number;
  name: string;
  kind: string;
  mentions: number;
};

/** Feature ids are positions in the places list, so feature-state and the app's counts share one index. */
export function placesSourceData(
  places: readonly PlaceFeature[],
  initialCounts: ArrayLike<number> = [],
): FeatureCollection<Point, PlaceSourceProperties> {
  return {
    type: 'FeatureCollection',
    features: places.map((f, i) => ({
      type: 'Feature',
      id: i,
      geometry: f.geometry,
      properties: {
        pid: f.properties.id,
        c0: initialCounts[i] ?? 0,
        name: f.properties.name,
        kind: f.properties.kind,
        mentions: f.properties.mentions,
      },
    })),
  };
}

// The first frame draws from the `c0` property (no feature-state needed before the map exists); later changes are
// feature-state only.
const COUNT: ExpressionSpecification = ['coalesce', ['feature-state', 'count'], ['get', 'c0']];
const SHOWN: ExpressionSpecification = ['>', COUNT, 0];

/** Circle radius in px by the square root of the count, so area (not radius) grows with the mentions. */
const RADIUS_STOPS: ReadonlyArray<[sqrtCount: number, px: number]> = [
  [1, 5],
  [4, 12],
  [10, 24],
  [30, 48],
];

export function radiusForCount(count: number): number {
  if (count <= 0) return 0;
  const x = Math.sqrt(count);
  const first = RADIUS_STOPS[0]!;
  if (x <= first[0]) return first[1];
  for (let i = 1; i < RADIUS_STOPS.length; i++) {
    const [x1, y1] = RADIUS_STOPS[i]!;
    const [x0, y0] = RADIUS_STOPS[i - 1]!;
    if (x <= x1) return y0 + ((x - x0) / (x1 - x0)) * (y1 - y0);
  }
  return RADIUS_STOPS[RADIUS_STOPS.length - 1]![1];
}

/** The largest radius a place's circle can have (clusters add CLUSTER_EXTRA_RADIUS in circles.ts). */
export const MAX_RADIUS = RADIUS_STOPS[RADIUS_STOPS.length - 1]![1];

/** Place names, the same above zoom 6 (places source) and below it (unclustered points of the cluster source). */
const PLACE_LABEL_TEXT = {
  'text-field': ['get', 'name'],
  'text-font': [FONT],
  'text-size': 12.5,
  'text-variable-anchor': ['top', 'bottom', 'left', 'right'],
  'text-radial-offset': 0.9,
} satisfies SymbolLayerSpecification['layout'];

export function placeLabelLayer(c: Palette): SymbolLayerSpecification {
  return {
    id: PLACE_LABELS_LAYER,
    type: 'symbol',
    source: PLACES_SOURCE,
    minzoom: CLUSTER_UNTIL,
    // Countries are already named by the basemap's country labels.
    filter: ['all', ['!=', ['get', 'kind'], 'country'], ['in', ['get', 'pid'], ['global-state', VISIBLE_STATE]]],
    layout: {
      ...PLACE_LABEL_TEXT,
      'text-justify': 'auto',
      'text-max-width': 9,
      // Most-mentioned first, so collisions drop the minor places.
      'symbol-sort-key': ['-', 0, ['get', 'mentions']],
    },
    paint: {
      'text-color': c.placeLabel,
      'text-halo-color': c.labelHalo,
      'text-halo-width': 1.4,
      // Constant until the counts first change (see labelOpacityFollowingCounts).
      'text-opacity': 1,
    },
  };
}

/**
 * The label layers' opacity once the counts have changed: a label whose place the filters just hid fades at once,
 * while the label filters wait for the scrub to settle (PlacesOverlay). Per feature, so setting it costs one
 * layout of the places' tiles and one more shader program: paid on the first filter change, not at start-up.
 */
export function labelOpacityFollowingCounts(): Array<{ layer: string; opacity: ExpressionSpecification }> {
  return [
    { layer: PLACE_LABELS_LAYER, opacity: ['case', SHOWN, 1, 0] },
    { layer: CLUSTER_POINT_LABELS_LAYER, opacity: byBand(1, 0) },
  ];
}

/** The point places, set once: what a filter changes is feature-state. */
export function clusterSourceData(places: readonly PlaceFeature[]): FeatureCollection<Point, { pid: string; name: string; mentions: number }> {
  return {
    type: 'FeatureCollection',
    features: places.flatMap((f, i) =>
      AREA_PRECISIONS.has(f.properties.precision)
        ? []
        : [{ type: 'Feature' as const, id: i, geometry: f.geometry, properties: { pid: f.properties.id, name: f.properties.name, mentions: f.properties.mentions } }],
    ),
  };
}

const STATE_COUNT: ExpressionSpecification = ['coalesce', ['feature-state', 'count'], 0];
/** Lowest zoom band from which a place is drawn alone (see drawnAlone in clusters.ts). */
const ALONE_FROM: ExpressionSpecification = ['coalesce', ['feature-state', 'from'], CLUSTER_UNTIL];

/**
 * `whenAlone` at the zoom bands where the place is drawn as itself, else `otherwise`. A step over zoom in a paint
 * property is evaluated at the tile's integer zoom, the band the circles are drawn by (circles.ts `clusterBand`).
 */
function byBand(whenAlone: ExpressionSpecification | number, otherwise: number): ExpressionSpecification {
  const at = (z: number): ExpressionSpecification => ['case', ['all', ['>', STATE_COUNT, 0], ['<=', ALONE_FROM, z]], whenAlone, otherwise];
  const stops: Array<number | ExpressionSpecification> = [];
  for (let z = 1; z < CLUSTER_UNTIL; z++) stops.push(z, at(z));
  return ['step', ['zoom'], at(0), ...stops] as ExpressionSpecification;
}

/** Names of the places drawn alone at the current band, below CLUSTER_UNTIL. */
export function clusterPointLabelLayer(c: Palette): SymbolLayerSpecification {
  return {
    id: CLUSTER_POINT_LABELS_LAYER,
    type: 'symbol',
    source: CLUSTER_SOURCE,
    maxzoom: CLUSTER_UNTIL,
    filter: ['in', ['get', 'pid'], ['at', ['zoom'], ['global-state', ALONE_STATE]]],
    layout: {
      ...PLACE_LABEL_TEXT,
      'symbol-sort-key': ['-', 0, ['get', 'mentions']],
    },
    paint: { 'text-color': c.placeLabel, 'text-halo-color': c.labelHalo, 'text-halo-width': 1.4, 'text-opacity': 1 },
  };
}

/**
 * Defaults for the label lists, declared in the style. The place sources and layers themselves are added when the
 * data is in (PlacesOverlay), with their data: an empty source in the style would be loaded once empty and again
 * with the places, tile jobs that queue in the same worker as the basemap's.
 */
export function placesStyleState(): StateSpecification {
  return {
    [VISIBLE_STATE]: { default: [] },
    [ALONE_STATE]: { default: Array.from({ length: CLUSTER_UNTIL }, () => []) },
  };
}

/** The place label layers (above the circles layer). */
export function placesLayers(c: Palette): LayerSpecification[] {
  return [clusterPointLabelLayer(c), placeLabelLayer(c)];
}
