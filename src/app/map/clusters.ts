/**
 * Clusters of the point places below CLUSTER_UNTIL, computed once per data set, never per slider step.
 *
 * MapLibre's own clustering runs in its worker on setData: every filter change meant a new source upload, new
 * tiles and at least two drawn frames. Here the grouping is fixed (by where the places are, weighted by all their
 * mentions) and only what a step changes is pushed as feature-state: each cluster's count and number of shown
 * members, and per place the lowest zoom from which it is drawn alone (see `drawnAlone`).
 *
 * The grouping is hierarchical, like supercluster's: the clusters of zoom z are made of the clusters of zoom z + 1,
 * greedily, heaviest first, merging what lies within `radius` pixels. So a place's cluster only grows as the map
 * zooms out, which is what lets one number per place say at which zooms it stands alone.
 *
 * Pure: no DOM, no MapLibre; tested in Node.
 */

export type ClusterInput = { lon: number; lat: number; weight: number };

export type Cluster = {
  /** The zoom band (integer zoom, as MapLibre's tiles) the cluster is drawn at. */
  zoom: number;
  /** Place positions in the cluster, ascending. */
  members: number[];
  /** Weighted centre. */
  lon: number;
  lat: number;
};

export type ClusterLevels = {
  /** Zoom bands 0..maxZoom. */
  maxZoom: number;
  /** The clusters with two or more members, all bands; a cluster's index here is its id. */
  clusters: Cluster[];
  /** Per band, per place position: index in `clusters` of the place's cluster, or -1 when alone at that band. */
  clusterOf: Int32Array[];
};

export type ClusterOptions = { radius: number; maxZoom: number; tileSize: number };

/** MapLibre's tile size: the world is this many px wide at zoom 0. */
export const TILE_SIZE = 512;

export const CLUSTER_OPTIONS: ClusterOptions = { radius: 45, maxZoom: 5, tileSize: TILE_SIZE };

/** The world's width in px at a zoom: px per unit of Mercator x (pitch 0). */
export function worldSize(zoom: number): number {
  return TILE_SIZE * 2 ** zoom;
}

/** Groups the points (by position in `points`); entries with `null` (areas) never join a cluster. */
export function clusterPlaces(points: ReadonlyArray<ClusterInput | null>, options: ClusterOptions = CLUSTER_OPTIONS): ClusterLevels {
  const clusters: Cluster[] = [];
  const clusterOf: Int32Array[] = [];
  // Items of the level being built: each the set of places it holds, its weight and mercator position (0..1).
  type Item = { members: number[]; weight: number; x: number; y: number };
  let items: Item[] = [];
  points.forEach((p, i) => {
    if (p) items.push({ members: [i], weight: Math.max(p.weight, 0), x: mercatorX(p.lon), y: mercatorY(p.lat) });
  });
  for (let zoom = options.maxZoom; zoom >= 0; zoom--) {
    const scale = options.tileSize * 2 ** zoom;
    items = mergeNear(items, options.radius / scale);
    const of = new Int32Array(points.length).fill(-1);
    for (const item of items) {
      if (item.members.length < 2) continue;
      const id = clusters.length;
      item.members.sort((a, b) => a - b);
      clusters.push({ zoom, members: item.members, lon: lonOf(item.x), lat: latOf(item.y) });
      for (const m of item.members) of[m] = id;
    }
    clusterOf[zoom] = of;
  }
  return { maxZoom: options.maxZoom, clusters, clusterOf };

  function mergeNear(level: Item[], radius: number): Item[] {
    // Heaviest first, ties by first member, so the same data always gives the same clusters.
    const order = [...level].sort((a, b) => b.weight - a.weight || a.members[0]! - b.members[0]!);
    const grid = new Map<string, Item[]>();
    const cell = (x: number, y: number) => `${Math.floor(x / radius)},${Math.floor(y / radius)}`;
    for (const item of order) {
      const key = cell(item.x, item.y);
      const list = grid.get(key);
      if (list) list.push(item);
      else grid.set(key, [item]);
    }
    const taken = new Set<Item>();
    const next: Item[] = [];
    for (const seed of order) {
      if (taken.has(seed)) continue;
      taken.add(seed);
      const group = [seed];
      const cx = Math.floor(seed.x / radius);
      const cy = Math.floor(seed.y / radius);
      for (let dx = -1; dx <= 1; dx++) {
        for (let dy = -1; dy <= 1; dy++) {
          for (const other of grid.get(`${cx + dx},${cy + dy}`) ?? []) {
            if (taken.has(other) || Math.hypot(other.x - seed.x, other.y - seed.y) > radius) continue;
            taken.add(other);
            group.push(other);
          }
        }
      }
      const weight = group.reduce((s, g) => s + g.weight, 0);
      // Weighted centre; a group of weightless places sits at their plain mean.
      const w = (g: Item) => (weight > 0 ? g.weight / weight : 1 / group.length);
      next.push({
        members: group.flatMap((g) => g.members),
        weight,
        x: group.reduce((s, g) => s + g.x * w(g), 0),
        y: group.reduce((s, g) => s + g.y * w(g), 0),
      });
    }
    return next;
  }
}

/** What the clusters show for the current counts: per cluster the sum and how many members have a count. */
export type ClusterCounts = { count: Uint32Array; shown: Uint32Array };

export function clusterCounts(levels: ClusterLevels, counts: ArrayLike<number>): ClusterCounts {
  const count = new Uint32Array(levels.clusters.length);
  const shown = new Uint32Array(levels.clusters.length);
  levels.clusters.forEach((c, id) => {
    for (const m of c.members) {
      const n = counts[m] ?? 0;
      if (n <= 0) continue;
      count[id]! += n;
      shown[id]!++;
    }
  });
  return { count, shown };
}

/**
 * Per place, the lowest zoom band from which it is drawn as itself below CLUSTER_UNTIL: where its cluster has no
 * other shown member. maxZoom + 1 when it is inside a drawn cluster up to the last band. A cluster with a single
 * shown member is not drawn as a cluster: that member stands alone, with its name.
 */
export function drawnAlone(levels: ClusterLevels, shown: Uint32Array, places: number): Uint8Array {
  const from = new Uint8Array(places);
  for (let p = 0; p < places; p++) {
    let z = levels.maxZoom + 1;
    while (z > 0) {
      const id = levels.clusterOf[z - 1]![p]!;
      if (id >= 0 && shown[id]! >= 2) break;
      z--;
    }
    from[p] = z;
  }
  return from;
}

/** The zoom band at which a drawn cluster's shown members no longer all fall into one cluster. */
export function expansionZoom(levels: ClusterLevels, id: number, counts: ArrayLike<number>): number {
  const cluster = levels.clusters[id]!;
  const shownMembers = cluster.members.filter((m) => (counts[m] ?? 0) > 0);
  for (let z = cluster.zoom + 1; z <= levels.maxZoom; z++) {
    const of = levels.clusterOf[z]!;
    const first = of[shownMembers[0]!];
    if (first === -1 || shownMembers.some((m) => of[m] !== first)) return z;
  }
  return levels.maxZoom + 1;
}

/** Web Mercator x in 0..1 (MapLibre's MercatorCoordinate). */
export function mercatorX(lon: number): number {
  return lon / 360 + 0.5;
}

/** Web Mercator y in 0..1, north at 0 (MapLibre's MercatorCoordinate). */
export function mercatorY(lat: number): number {
  const sin = Math.sin((Math.max(-85.0511, Math.min(85.0511, lat)) * Math.PI) / 180);
  return 0.5 - (0.25 * Math.log((1 + sin) / (1 - sin))) / Math.PI;
}

function lonOf(x: number): number {
  return (x - 0.5) * 360;
}

function latOf(y: number): number {
  return (Math.atan(Math.sinh(Math.PI * (1 - 2 * y))) * 180) / Math.PI;
}
