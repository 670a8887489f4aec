/**
 * The places as two GeoJSON sources and their layers, as typed data: `places` (every place, drawn from
 * CLUSTER_UNTIL up, areas at every zoom) and `place-clusters` (the point places and their fixed clusters, below
 * CLUSTER_UNTIL; see clusters.ts).
 *
 * Both sources get their data once. What the filters keep is pushed as feature-state (`count`, `shown`, `from`,
 * `selected`), so a slider tick costs one setFeatureState per changed feature, one drawn frame, and never a setData
 * (maplibre-gl-js #106). Labels cannot read feature-state in a filter, so they read global-state lists of the ids to
 * name, updated when a scrub settles, and fade hidden places' labels by feature-state meanwhile. The cluster counts
 * are HTML (cluster-counts.ts): a changing number in a symbol layer would need a worker layout per tick.
 *
 * Shader programs: MapLibre compiles one program per layer type and per set of paint properties that are
 * constant, per-feature ("source") or per-feature-and-zoom ("composite"). Each compile holds the start-up (tens of
 * ms each in software WebGL), so the four circle layers declare the same kinds (see ONE_CIRCLE_PROGRAM) and the
 * labels start with constant paint, the kinds the basemap's labels already compiled; their opacity follows
 * feature-state only once the counts first change (labelOpacityFollowingCounts).
 */
import type {
  CircleLayerSpecification,
  ExpressionSpecification,
  LayerSpecification,
  StateSpecification,
  SymbolLayerSpecification,
} from 'maplibre-gl';
import type { FeatureCollection, Point } from 'geojson';
import type { PlaceFeature, Precision } from '../../model/contract.js';
import { FONT, type Palette } from './style.js';
import type { ClusterLevels } from './clusters.js';

export const PLACES_SOURCE = 'places';
/** Places that are points (cities, villages...), drawn from CLUSTER_UNTIL up. */
export const PLACES_LAYER = 'places';
/** Provinces, countries and regions: hollow rings at every zoom, never clustered. */
export const AREAS_LAYER = 'place-areas';
export const PLACE_LABELS_LAYER = 'place-labels';
/** Below this zoom, point places are clustered (the fixed clusters of clusters.ts, in a source of their own). */
export const CLUSTER_UNTIL = 6;
export const CLUSTER_SOURCE = 'place-clusters';
export const CLUSTERS_LAYER = 'clusters';
export const CLUSTER_POINTS_LAYER = 'cluster-points';
export const CLUSTER_POINT_LABELS_LAYER = 'cluster-point-labels';
/** Global-state key: ids (properties.pid) of the places the filters keep. */
export const VISIBLE_STATE = 'visiblePlaces';
/** Global-state key: per zoom band below CLUSTER_UNTIL, ids of the shown places drawn alone (named) there. */
export const ALONE_STATE = 'alonePlaces';

/** Places that stand for an area: drawn as a hollow ring, never as a precise dot. */
export const AREA_PRECISIONS: ReadonlySet<Precision> = new Set(['province', 'country', 'region']);

export type PlaceSourceProperties = {
  pid: string;
  /** Mentions in the filters the map opened with; feature-state `count` overrides it once the filters change. */
  c0: number;
  name: string;
  kind: string;
  /** True for areas (see AREA_PRECISIONS). */
  area: boolean;
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
        area: AREA_PRECISIONS.has(f.properties.precision),
        mentions: f.properties.mentions,
      },
    })),
  };
}

// The first frame draws from the `c0` property (no feature-state needed before the map exists); later changes are
// feature-state only.
const COUNT: ExpressionSpecification = ['coalesce', ['feature-state', 'count'], ['get', 'c0']];
const SHOWN: ExpressionSpecification = ['>', COUNT, 0];
const SELECTED: ExpressionSpecification = ['boolean', ['feature-state', 'selected'], false];
const HIGHLIGHT: ExpressionSpecification = ['boolean', ['feature-state', 'highlight'], false];

/**
 * Circle radius in px by the square root of the count, so area (not radius) grows with the mentions.
 * Shared by the layer expression and `radiusForCount` (hit-testing), so both always agree.
 */
const RADIUS_STOPS: ReadonlyArray<[sqrtCount: number, px: number]> = [
  [1, 5],
  [4, 12],
  [10, 24],
  [30, 48],
];

function radiusOf(count: ExpressionSpecification): ExpressionSpecification {
  return ['interpolate', ['linear'], ['sqrt', count], ...RADIUS_STOPS.flat()] as ExpressionSpecification;
}

export const RADIUS: ExpressionSpecification = ['case', SHOWN, radiusOf(COUNT), 0];

/**
 * A per-feature value declared as per-feature-and-zoom (a step whose one stop lies past the maximum zoom), so a layer
 * that needs no zoom here shares its shader program with one that does (cluster points draw by zoom band).
 */
function atEveryZoom(value: ExpressionSpecification): ExpressionSpecification {
  return ['step', ['zoom'], value, 24, value];
}

/**
 * The kinds every circle layer declares, so all four share one shader program: radius and stroke width per feature
 * and zoom, opacity and stroke colour per feature, colour (and the unset blur and stroke opacity) constant.
 */
export const ONE_CIRCLE_PROGRAM = {
  'circle-radius': 'composite',
  'circle-stroke-width': 'composite',
  'circle-opacity': 'source',
  'circle-stroke-color': 'source',
  'circle-color': 'constant',
} as const;

/** Opacity per feature: areas faint, clusters a little stronger than places drawn alone (features of both sources). */
const CIRCLE_OPACITY: ExpressionSpecification = ['case', ['==', ['get', 'area'], true], 0.1, ['has', 'cluster'], 0.85, 0.78];

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

/** The largest radius a circle can have: how far around a pointer to look for places. */
export const MAX_RADIUS = RADIUS_STOPS[RADIUS_STOPS.length - 1]![1];

/** Point places (`area: false`) from CLUSTER_UNTIL up, or areas at every zoom. */
export function placeCircleLayer(c: Palette, areas = false): CircleLayerSpecification {
  return {
    id: areas ? AREAS_LAYER : PLACES_LAYER,
    type: 'circle',
    source: PLACES_SOURCE,
    filter: ['==', ['get', 'area'], areas],
    ...(areas ? {} : { minzoom: CLUSTER_UNTIL }),
    paint: {
      'circle-radius': atEveryZoom(RADIUS),
      'circle-color': c.place,
      'circle-opacity': CIRCLE_OPACITY,
      'circle-stroke-color': ['case', SELECTED, c.selected, HIGHLIGHT, c.selected, ['get', 'area'], c.place, c.placeStroke],
      'circle-stroke-width': atEveryZoom(['case', ['!', SHOWN], 0, SELECTED, 3, HIGHLIGHT, 2.5, ['get', 'area'], 1.5, 1]),
      'circle-stroke-opacity': 1,
      'circle-pitch-alignment': 'map',
    },
  };
}

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

/** Properties of the cluster source's features: point places (`pos`) or clusters (`cluster`, drawn at zoom `z`). */
export type ClusterFeatureProperties =
  | { pid: string; pos: number; name: string; mentions: number }
  | { cluster: number; z: number };

/** Cluster features have ids after the places' (whose ids are their positions, as in the places source). */
export function clusterFeatureId(places: number, cluster: number): number {
  return places + cluster;
}

/** The point places and every cluster of every band, set once: what a filter changes is feature-state. */
export function clusterSourceData(places: readonly PlaceFeature[], levels: ClusterLevels): FeatureCollection<Point, ClusterFeatureProperties> {
  const features: FeatureCollection<Point, ClusterFeatureProperties>['features'] = [];
  places.forEach((f, i) => {
    if (AREA_PRECISIONS.has(f.properties.precision)) return;
    features.push({ type: 'Feature', id: i, geometry: f.geometry, properties: { pid: f.properties.id, pos: i, name: f.properties.name, mentions: f.properties.mentions } });
  });
  levels.clusters.forEach((c, id) => {
    features.push({ type: 'Feature', id: clusterFeatureId(places.length, id), geometry: { type: 'Point', coordinates: [c.lon, c.lat] }, properties: { cluster: id, z: c.zoom } });
  });
  return { type: 'FeatureCollection', features };
}

const STATE_COUNT: ExpressionSpecification = ['coalesce', ['feature-state', 'count'], 0];
/** Lowest zoom band from which a place is drawn alone (see drawnAlone in clusters.ts). */
const ALONE_FROM: ExpressionSpecification = ['coalesce', ['feature-state', 'from'], CLUSTER_UNTIL];

/**
 * `whenAlone` at the zoom bands where the place is drawn as itself, else `otherwise`. A step over zoom in a paint
 * property is evaluated at the tile's integer zoom, the same zoom the cluster layer's filter picks its band by.
 */
function byBand(whenAlone: ExpressionSpecification | number, otherwise: number): ExpressionSpecification {
  const at = (z: number): ExpressionSpecification => ['case', ['all', ['>', STATE_COUNT, 0], ['<=', ALONE_FROM, z]], whenAlone, otherwise];
  const stops: Array<number | ExpressionSpecification> = [];
  for (let z = 1; z < CLUSTER_UNTIL; z++) stops.push(z, at(z));
  return ['step', ['zoom'], at(0), ...stops] as ExpressionSpecification;
}

/** A cluster is drawn while at least two of its places are shown (one alone is drawn as itself). */
const CLUSTER_DRAWN: ExpressionSpecification = ['>=', ['coalesce', ['feature-state', 'shown'], 0], 2];

/** Clusters of the current band with two or more shown members, and the places drawn alone, below CLUSTER_UNTIL. */
export function clusterLayers(c: Palette): Array<CircleLayerSpecification | SymbolLayerSpecification> {
  const isCluster: ExpressionSpecification = ['has', 'cluster'];
  return [
    {
      id: CLUSTERS_LAYER,
      type: 'circle',
      source: CLUSTER_SOURCE,
      maxzoom: CLUSTER_UNTIL,
      // Filters see the tile's integer zoom: each band's clusters in its own tiles.
      filter: ['all', isCluster, ['==', ['get', 'z'], ['zoom']]],
      paint: {
        'circle-radius': atEveryZoom(['case', CLUSTER_DRAWN, ['+', 4, radiusOf(STATE_COUNT)], 0]),
        'circle-color': c.place,
        'circle-opacity': CIRCLE_OPACITY,
        // Per feature like the other circle layers' (one shader program); clusters are never selected.
        'circle-stroke-color': ['case', SELECTED, c.selected, c.placeStroke],
        // No outline on a cluster the filters emptied: a radius-0 circle would still show it as a dot.
        'circle-stroke-width': atEveryZoom(['case', CLUSTER_DRAWN, 2, 0]),
      },
    },
    {
      id: CLUSTER_POINTS_LAYER,
      type: 'circle',
      source: CLUSTER_SOURCE,
      maxzoom: CLUSTER_UNTIL,
      filter: ['!', isCluster],
      paint: {
        'circle-radius': byBand(radiusOf(STATE_COUNT), 0),
        'circle-color': c.place,
        'circle-opacity': CIRCLE_OPACITY,
        // Selection is feature-state on this source too (ids are place positions here as well).
        'circle-stroke-color': ['case', SELECTED, c.selected, c.placeStroke],
        // No stroke where the circle is not drawn: a radius-0 circle still shows its outline as a dot.
        'circle-stroke-width': byBand(['case', SELECTED, 3, 1], 0),
      },
    },
    {
      id: CLUSTER_POINT_LABELS_LAYER,
      type: 'symbol',
      source: CLUSTER_SOURCE,
      maxzoom: CLUSTER_UNTIL,
      filter: ['all', ['!', isCluster], ['in', ['get', 'pid'], ['at', ['zoom'], ['global-state', ALONE_STATE]]]],
      layout: {
        ...PLACE_LABEL_TEXT,
        'symbol-sort-key': ['-', 0, ['get', 'mentions']],
      },
      paint: { 'text-color': c.placeLabel, 'text-halo-color': c.labelHalo, 'text-halo-width': 1.4, 'text-opacity': 1 },
    },
  ];
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

/** All place layers, bottom to top. */
export function placesLayers(c: Palette): LayerSpecification[] {
  return [placeCircleLayer(c, true), placeCircleLayer(c), ...clusterLayers(c), placeLabelLayer(c)];
}
