/**
 * What the places' circles layer (circles-layer.ts) draws, worked out from the counts, clusters and selection: one
 * instance per circle, in drawing order. Pure: no DOM, no WebGL; tested in Node.
 *
 * Below CLUSTER_UNTIL a zoom band shows its clusters with two or more shown places and the places drawn alone there
 * (clusters.ts); from CLUSTER_UNTIL up every shown place is drawn. Areas (provinces, countries) are hollow rings at
 * every zoom, under the rest.
 */
import type { ClusterCounts, ClusterLevels } from './clusters.js';
import { CLUSTER_UNTIL, radiusForCount } from './places-layers.js';

/** Stroke colours: the palette's `placeStroke`, `selected`, or `place` (an area's ring). */
export const STROKE = { plain: 0, selected: 1, area: 2 } as const;

/** Floats per instance: Mercator x and y (0..1), radius and stroke width (CSS px, the stroke outside the radius), fill opacity, STROKE colour. */
export const INSTANCE_FLOATS = 6;

export type CircleScene = {
  /** `count` instances of INSTANCE_FLOATS floats. */
  data: Float32Array;
  count: number;
  /** What each instance is: a place's position (0 or more), or a cluster as -1 - its id. */
  items: Int32Array;
};

export type CircleSceneInput = {
  /** Zoom band below CLUSTER_UNTIL (see clusterBand), or null from CLUSTER_UNTIL up. */
  band: number | null;
  counts: ArrayLike<number>;
  /** Per place, 1 for an area. */
  area: ArrayLike<number>;
  /** Per place, the lowest band it is drawn alone from (clusters.ts `drawnAlone`). */
  aloneFrom: ArrayLike<number>;
  levels: ClusterLevels;
  clusters: ClusterCounts;
  selected: number | null;
  highlighted: ReadonlySet<number>;
  /** Per place, Mercator x and y. */
  placeXY: Float32Array;
  /** Per cluster, Mercator x and y. */
  clusterXY: Float32Array;
};

const OPACITY = { area: 0.1, cluster: 0.85, place: 0.78 } as const;
/** Clusters are drawn this much larger than a place with the same count. */
const CLUSTER_EXTRA_RADIUS = 4;

/** The band the map shows at a zoom: its integer part (as MapLibre's tiles), or null from CLUSTER_UNTIL up. */
export function clusterBand(zoom: number, levels: ClusterLevels): number | null {
  return zoom >= CLUSTER_UNTIL ? null : Math.min(levels.maxZoom, Math.max(0, Math.floor(zoom)));
}

export function circleScene(input: CircleSceneInput): CircleScene {
  const { band, counts, area, aloneFrom, levels, clusters, selected, highlighted, placeXY, clusterXY } = input;
  const places = counts.length;
  const capacity = places + levels.clusters.length;
  const data = new Float32Array(capacity * INSTANCE_FLOATS);
  const items = new Int32Array(capacity);
  let n = 0;
  const push = (item: number, x: number, y: number, radius: number, strokeWidth: number, opacity: number, stroke: number) => {
    const o = n * INSTANCE_FLOATS;
    data[o] = x;
    data[o + 1] = y;
    data[o + 2] = radius;
    data[o + 3] = strokeWidth;
    data[o + 4] = opacity;
    data[o + 5] = stroke;
    items[n++] = item;
  };
  const place = (p: number, isArea: boolean) => {
    const emphasis = p === selected ? 3 : highlighted.has(p) ? 2.5 : 0;
    const stroke = emphasis ? STROKE.selected : isArea ? STROKE.area : STROKE.plain;
    const width = emphasis || (isArea ? 1.5 : 1);
    push(p, placeXY[2 * p]!, placeXY[2 * p + 1]!, radiusForCount(counts[p]!), width, isArea ? OPACITY.area : OPACITY.place, stroke);
  };
  for (let p = 0; p < places; p++) if (area[p] && counts[p]! > 0) place(p, true);
  if (band !== null) {
    levels.clusters.forEach((c, id) => {
      if (c.zoom !== band || clusters.shown[id]! < 2) return;
      const radius = CLUSTER_EXTRA_RADIUS + radiusForCount(clusters.count[id]!);
      push(-1 - id, clusterXY[2 * id]!, clusterXY[2 * id + 1]!, radius, 2, OPACITY.cluster, STROKE.plain);
    });
  }
  for (let p = 0; p < places; p++) {
    if (area[p] || counts[p]! <= 0 || (band !== null && aloneFrom[p]! > band)) continue;
    place(p, false);
  }
  return { data, count: n, items };
}
