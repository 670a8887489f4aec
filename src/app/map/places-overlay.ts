/**
 * Owns the places sources and layers on a map: fills them once, then applies counts and selection as
 * feature-state, the cluster numbers as HTML and the label lists as global state. Kept imperative and outside React
 * so a slider tick does only the map calls that changed something, and costs one drawn frame.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Palette } from './style.js';
import type { PlaceFeature } from '../../model/contract.js';
import { HIT_SLOP, pickNearest } from './pick.js';
import { ClusterCountLabels } from './cluster-counts.js';
import { clusterCounts, clusterPlaces, drawnAlone, expansionZoom, type ClusterCounts, type ClusterLevels } from './clusters.js';
import {
  ALONE_STATE,
  AREAS_LAYER,
  CLUSTER_POINTS_LAYER,
  CLUSTER_SOURCE,
  CLUSTER_UNTIL,
  CLUSTERS_LAYER,
  AREA_PRECISIONS,
  clusterFeatureId,
  clusterSourceData,
  labelOpacityFollowingCounts,
  MAX_RADIUS,
  PLACES_LAYER,
  PLACES_SOURCE,
  placesLayers,
  placesSourceData,
  radiusForCount,
  VISIBLE_STATE,
} from './places-layers.js';

/**
 * The label layers' filters (the id lists) are re-applied only once counts have stood still this long: each change
 * makes the worker lay out every tile of both place sources again, and those tiles arrive as extra frames. Until
 * then labels of places that were hidden are faded out by feature-state (see labelOpacityFollowingCounts), so no
 * hidden place is ever named.
 */
const LABEL_QUIET_MS = 400;

export class PlacesOverlay {
  private counts: Int32Array;
  private selected: number | null = null;
  private highlighted = new Set<number>();
  private readonly area: Uint8Array;
  private readonly levels: ClusterLevels;
  private clusters: ClusterCounts;
  private aloneFrom: Uint8Array;
  private readonly numbers: ClusterCountLabels;
  private labelTimer: ReturnType<typeof setTimeout> | null = null;
  /** The label lists no longer match the counts (applied when the counts stand still). */
  private labelsStale = false;
  /** The labels' opacity reads feature-state (from the first change of counts on; constant before, see places-layers). */
  private labelsFollowCounts = false;

  /**
   * Adds the places' sources (with their data) and layers on top of the basemap, drawn with `initialCounts`; from
   * here on only what changes is pushed.
   */
  constructor(
    private readonly map: MapLibreMap,
    private readonly places: readonly PlaceFeature[],
    initialCounts: ArrayLike<number>,
    palette: Palette,
  ) {
    this.counts = Int32Array.from({ length: places.length }, (_, i) => initialCounts[i] ?? 0);
    this.area = Uint8Array.from(places, (f) => (AREA_PRECISIONS.has(f.properties.precision) ? 1 : 0));
    // Grouped by where the places are, weighted by all their mentions: the same clusters whatever the filters.
    this.levels = clusterPlaces(places.map((f, i) => (this.area[i] ? null : { lon: f.geometry.coordinates[0], lat: f.geometry.coordinates[1], weight: f.properties.mentions })));
    this.clusters = clusterCounts(this.levels, this.counts);
    this.aloneFrom = drawnAlone(this.levels, this.clusters.shown, places.length);
    // The label lists before the layers that read them exist: set later, they would lay every places tile out twice.
    this.applyLabels();
    map.addSource(PLACES_SOURCE, { type: 'geojson', data: placesSourceData(places, this.counts) });
    map.addSource(CLUSTER_SOURCE, { type: 'geojson', data: clusterSourceData(places, this.levels) });
    for (const layer of placesLayers(palette)) map.addLayer(layer);
    // From here feature-state is the one truth about counts (hit-testing, tests and the bench read it); `c0` only
    // draws the places source's first frame. Setting state does not reload any tile.
    this.counts.forEach((count, id) => {
      if (count > 0) map.setFeatureState({ source: PLACES_SOURCE, id }, { count });
      if (!this.area[id]) map.setFeatureState({ source: CLUSTER_SOURCE, id }, { count, from: this.aloneFrom[id]! });
    });
    this.levels.clusters.forEach((_, id) => {
      map.setFeatureState({ source: CLUSTER_SOURCE, id: clusterFeatureId(places.length, id) }, { count: this.clusters.count[id]!, shown: this.clusters.shown[id]! });
    });
    this.numbers = new ClusterCountLabels(map, this.levels);
    this.numbers.set(this.clusters);
  }

  private scheduleLabels(): void {
    if (this.labelTimer !== null) clearTimeout(this.labelTimer);
    this.labelTimer = setTimeout(() => {
      this.labelTimer = null;
      this.labelsStale = false;
      this.applyLabels();
    }, LABEL_QUIET_MS);
  }

  /** Which places the label layers may name: the shown ones, and below CLUSTER_UNTIL those drawn alone per band. */
  private applyLabels(): void {
    const visible: string[] = [];
    const alone: string[][] = Array.from({ length: CLUSTER_UNTIL }, () => []);
    for (let i = 0; i < this.counts.length; i++) {
      if (this.counts[i]! <= 0) continue;
      const id = this.places[i]!.properties.id;
      visible.push(id);
      if (this.area[i]) continue;
      for (let z = this.aloneFrom[i]!; z < CLUSTER_UNTIL; z++) alone[z]!.push(id);
    }
    this.map.setGlobalStateProperty(VISIBLE_STATE, visible);
    this.map.setGlobalStateProperty(ALONE_STATE, alone);
  }

  /** Zoom at which the cluster under a point breaks apart, or null when there is no drawn cluster there. */
  async clusterZoomAt(point: { x: number; y: number }): Promise<{ zoom: number; center: [number, number] } | null> {
    const hits = this.map.queryRenderedFeatures([[point.x - 8, point.y - 8], [point.x + 8, point.y + 8]], { layers: [CLUSTERS_LAYER] });
    // Clusters with fewer than two shown members are in the layer with radius 0: not hits.
    const cluster = hits.find((f) => Number(f.state['shown'] ?? 0) >= 2);
    if (!cluster || cluster.geometry.type !== 'Point') return null;
    const zoom = expansionZoom(this.levels, Number(cluster.properties['cluster']), this.counts);
    return { zoom, center: cluster.geometry.coordinates as [number, number] };
  }

  /** Pushes only what changed: place counts, cluster sums and members, where each place stands alone. */
  setCounts(counts: ArrayLike<number>): void {
    let visibleChanged = false;
    let changed = false;
    for (let i = 0; i < counts.length; i++) {
      const next = counts[i]!;
      const prev = this.counts[i]!;
      if (next === prev) continue;
      changed = true;
      this.map.setFeatureState({ source: PLACES_SOURCE, id: i }, { count: next });
      if ((next > 0) !== (prev > 0)) visibleChanged = true;
    }
    if (!changed) return;
    if (!this.labelsFollowCounts) {
      this.labelsFollowCounts = true;
      for (const { layer, opacity } of labelOpacityFollowingCounts()) this.map.setPaintProperty(layer, 'text-opacity', opacity);
    }
    const previous = this.counts;
    this.counts = Int32Array.from(counts);
    const clusters = clusterCounts(this.levels, this.counts);
    const aloneFrom = drawnAlone(this.levels, clusters.shown, this.places.length);
    for (let i = 0; i < this.places.length; i++) {
      if (this.area[i] || (this.counts[i] === previous[i] && aloneFrom[i] === this.aloneFrom[i])) continue;
      this.map.setFeatureState({ source: CLUSTER_SOURCE, id: i }, { count: this.counts[i]!, from: aloneFrom[i]! });
    }
    clusters.count.forEach((count, id) => {
      if (count === this.clusters.count[id] && clusters.shown[id] === this.clusters.shown[id]) return;
      this.map.setFeatureState({ source: CLUSTER_SOURCE, id: clusterFeatureId(this.places.length, id) }, { count, shown: clusters.shown[id]! });
    });
    if (aloneFrom.some((z, i) => z !== this.aloneFrom[i])) visibleChanged = true;
    this.clusters = clusters;
    this.aloneFrom = aloneFrom;
    this.numbers.set(clusters);
    // Any change while a label update waits restarts the wait: it runs once the counts stand still.
    if (visibleChanged) this.labelsStale = true;
    if (this.labelsStale) this.scheduleLabels();
  }

  /** Outlined in both sources: below CLUSTER_UNTIL an unclustered place is drawn from the cluster source. */
  setSelected(position: number | null): void {
    if (position === this.selected) return;
    for (const source of [PLACES_SOURCE, CLUSTER_SOURCE]) {
      if (this.selected !== null) this.map.setFeatureState({ source, id: this.selected }, { selected: false });
      if (position !== null) this.map.setFeatureState({ source, id: position }, { selected: true });
    }
    this.selected = position;
  }

  /** Places to emphasise (an article's places, chosen in the article list). */
  setHighlighted(positions: ReadonlySet<number>): void {
    for (const p of this.highlighted) if (!positions.has(p)) this.map.setFeatureState({ source: PLACES_SOURCE, id: p }, { highlight: false });
    for (const p of positions) if (!this.highlighted.has(p)) this.map.setFeatureState({ source: PLACES_SOURCE, id: p }, { highlight: true });
    this.highlighted = new Set(positions);
  }

  /** Bounds of the places currently shown, or null when none is. */
  visibleBounds(): [[number, number], [number, number]] | null {
    let w = Infinity, s = Infinity, e = -Infinity, n = -Infinity;
    for (let i = 0; i < this.counts.length; i++) {
      if (this.counts[i]! <= 0) continue;
      const [lon, lat] = this.places[i]!.geometry.coordinates;
      w = Math.min(w, lon); e = Math.max(e, lon); s = Math.min(s, lat); n = Math.max(n, lat);
    }
    return Number.isFinite(w) ? [[w, s], [e, n]] : null;
  }

  countOf(position: number): number {
    return this.counts[position] ?? 0;
  }

  /** The visible place under a screen point, if any (see pick.ts). */
  placeAt(point: { x: number; y: number }): number | null {
    const box: [[number, number], [number, number]] = [
      [point.x - MAX_RADIUS - HIT_SLOP, point.y - MAX_RADIUS - HIT_SLOP],
      [point.x + MAX_RADIUS + HIT_SLOP, point.y + MAX_RADIUS + HIT_SLOP],
    ];
    const layers = [PLACES_LAYER, AREAS_LAYER, CLUSTER_POINTS_LAYER].filter((id) => this.map.getLayer(id));
    // Below CLUSTER_UNTIL a place inside a drawn cluster is in the layer with radius 0: not a hit.
    const band = Math.floor(this.map.getZoom());
    const candidates = this.map.queryRenderedFeatures(box, { layers }).map((f) => {
      const position = f.layer.id === CLUSTER_POINTS_LAYER ? Number(f.properties['pos']) : Number(f.id);
      const [lon, lat] = this.places[position]!.geometry.coordinates;
      const p = this.map.project([lon, lat]);
      const drawn = f.layer.id !== CLUSTER_POINTS_LAYER || this.aloneFrom[position]! <= band;
      return { position, x: p.x, y: p.y, radius: drawn ? radiusForCount(this.countOf(position)) : 0 };
    });
    return pickNearest(candidates, point);
  }

  /** Takes the HTML cluster numbers off the map (the sources and layers belong to the style). */
  remove(): void {
    if (this.labelTimer !== null) clearTimeout(this.labelTimer);
    this.numbers.remove();
  }
}
