/**
 * Owns the places on a map: the circles (a custom layer drawing what circles.ts works out), the label sources and
 * layers (filled once; counts reach them as feature-state, the lists of names as global state) and the cluster
 * numbers (HTML). Kept imperative and outside React so a slider tick does only the map calls that changed
 * something, and costs one drawn frame.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Palette } from './style.js';
import type { PlaceFeature } from '../../model/contract.js';
import { HIT_SLOP, pickNearest, type Candidate } from './pick.js';
import { ClusterCountLabels } from './cluster-counts.js';
import { circleScene, clusterBand, INSTANCE_FLOATS, STROKE, type CircleScene } from './circles.js';
import { CIRCLES_LAYER, PlaceCirclesLayer } from './circles-layer.js';
import { clusterCounts, clusterPlaces, drawnAlone, expansionZoom, mercatorX, mercatorY, worldSize, type ClusterCounts, type ClusterLevels } from './clusters.js';
import {
  ALONE_STATE,
  CLUSTER_POINT_LABELS_LAYER,
  CLUSTER_SOURCE,
  CLUSTER_UNTIL,
  AREA_PRECISIONS,
  clusterSourceData,
  labelOpacityFollowingCounts,
  PLACES_SOURCE,
  placesLayers,
  placesSourceData,
  VISIBLE_STATE,
} from './places-layers.js';

/** A circle drawn on the map, as the e2e tests read them (window.__newsmap.circles). */
export type DrawnCircle = {
  kind: 'place' | 'cluster';
  id: number;
  lon: number;
  lat: number;
  radius: number;
  count: number;
  places: number;
  /** Outlined in the selection colour (selected, or one of the chosen article's places). */
  outlined: boolean;
};

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
  private readonly circles: PlaceCirclesLayer;
  /** Mercator x, y per place and per cluster (what the circles are drawn at). */
  private readonly placeXY: Float32Array;
  private readonly clusterXY: Float32Array;
  private band: number | null;
  private scene: CircleScene;
  private readonly onZoom = () => {
    const band = clusterBand(this.map.getZoom(), this.levels);
    if (band !== this.band) this.redraw();
  };
  // MapLibre rebuilds its style after a lost WebGL context comes back, without custom layers or feature-state.
  private readonly onContextRestored = () => {
    if (this.map.isStyleLoaded()) this.restore();
    else this.map.once('style.load', () => this.restore());
  };
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
    this.placeXY = new Float32Array(places.length * 2);
    places.forEach((f, i) => {
      this.placeXY[2 * i] = mercatorX(f.geometry.coordinates[0]);
      this.placeXY[2 * i + 1] = mercatorY(f.geometry.coordinates[1]);
    });
    this.clusterXY = new Float32Array(this.levels.clusters.length * 2);
    this.levels.clusters.forEach((c, id) => {
      this.clusterXY[2 * id] = mercatorX(c.lon);
      this.clusterXY[2 * id + 1] = mercatorY(c.lat);
    });
    this.band = clusterBand(map.getZoom(), this.levels);
    this.scene = this.makeScene();
    this.circles = new PlaceCirclesLayer(this.scene, palette);
    map.on('zoom', this.onZoom);
    map.on('webglcontextrestored', this.onContextRestored);
    // The label lists before the layers that read them exist: set later, they would lay every places tile out twice.
    this.applyLabels();
    map.addSource(PLACES_SOURCE, { type: 'geojson', data: placesSourceData(places, this.counts) });
    map.addSource(CLUSTER_SOURCE, { type: 'geojson', data: clusterSourceData(places) });
    map.addLayer(this.circles);
    for (const layer of placesLayers(palette)) map.addLayer(layer);
    this.pushCounts(false);
    this.numbers = new ClusterCountLabels(map, this.levels);
    this.numbers.set(this.clusters);
  }

  /**
   * Every place's count as feature-state: from here on the labels' one truth about counts (the tests read it too);
   * `c0` only draws the places source's first frame. Setting state does not reload any tile. A place with no
   * mention needs its 0 only once the counts differ from the `c0` the source was made with.
   */
  private pushCounts(zeros: boolean): void {
    this.counts.forEach((count, id) => {
      if (count > 0 || zeros) this.map.setFeatureState({ source: PLACES_SOURCE, id }, { count });
      if (!this.area[id]) this.map.setFeatureState({ source: CLUSTER_SOURCE, id }, { count, from: this.aloneFrom[id]! });
    });
  }

  /** After a WebGL context loss: the circles layer again, under the labels (its onAdd remakes its GL objects), and the counts. */
  private restore(): void {
    if (!this.map.getLayer(CIRCLES_LAYER)) this.map.addLayer(this.circles, CLUSTER_POINT_LABELS_LAYER);
    this.pushCounts(true);
    this.applyLabels();
  }

  private makeScene(): CircleScene {
    return circleScene({
      band: this.band,
      counts: this.counts,
      area: this.area,
      aloneFrom: this.aloneFrom,
      levels: this.levels,
      clusters: this.clusters,
      selected: this.selected,
      highlighted: this.highlighted,
      placeXY: this.placeXY,
      clusterXY: this.clusterXY,
    });
  }

  /** Works the circles out again (counts, selection or zoom band changed); drawn in the next frame. */
  private redraw(): void {
    this.band = clusterBand(this.map.getZoom(), this.levels);
    this.scene = this.makeScene();
    this.circles.setScene(this.scene);
  }

  setPalette(palette: Palette): void {
    this.circles.setPalette(palette);
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

  /** Zoom at which the drawn cluster under a point breaks apart, or null when there is none there. */
  clusterZoomAt(point: { x: number; y: number }): { zoom: number; center: [number, number] } | null {
    const id = this.drawnAt(point, 'cluster');
    if (id === null) return null;
    const cluster = this.levels.clusters[id]!;
    return { zoom: expansionZoom(this.levels, id, this.counts), center: [cluster.lon, cluster.lat] };
  }

  /**
   * The place (or cluster) drawn under a screen point whose centre is nearest (pick.ts). The pitch is 0, so the
   * on-screen distance is the Mercator distance times the world size, whatever the bearing; the nearest world copy
   * counts.
   */
  private drawnAt(point: { x: number; y: number }, kind: 'place' | 'cluster'): number | null {
    const at = this.map.unproject([point.x, point.y]);
    const x = mercatorX(at.lng);
    const y = mercatorY(at.lat);
    const world = worldSize(this.map.getZoom());
    const { data, items, count } = this.scene;
    const candidates: Candidate[] = [];
    for (let i = 0; i < count; i++) {
      const item = items[i]!;
      if ((item < 0) !== (kind === 'cluster')) continue;
      const o = i * INSTANCE_FLOATS;
      let dx = data[o]! - x;
      dx -= Math.round(dx);
      const px = dx * world;
      const py = (data[o + 1]! - y) * world;
      const radius = data[o + 2]!;
      // Only circles whose box holds the point go to pickNearest (10k places on every pointer move).
      if (Math.abs(px) > radius + HIT_SLOP || Math.abs(py) > radius + HIT_SLOP) continue;
      candidates.push({ position: item < 0 ? -1 - item : item, x: px, y: py, radius });
    }
    return pickNearest(candidates, { x: 0, y: 0 });
  }

  /** What the circles layer draws now (read by the e2e tests). */
  drawnCircles(): DrawnCircle[] {
    const out: DrawnCircle[] = [];
    for (let i = 0; i < this.scene.count; i++) {
      const item = this.scene.items[i]!;
      const radius = this.scene.data[i * INSTANCE_FLOATS + 2]!;
      const outlined = this.scene.data[i * INSTANCE_FLOATS + 5] === STROKE.selected;
      if (item >= 0) {
        const [lon, lat] = this.places[item]!.geometry.coordinates;
        out.push({ kind: 'place', id: item, lon, lat, radius, count: this.counts[item]!, places: 1, outlined });
      } else {
        const id = -1 - item;
        const c = this.levels.clusters[id]!;
        out.push({ kind: 'cluster', id, lon: c.lon, lat: c.lat, radius, count: this.clusters.count[id]!, places: this.clusters.shown[id]!, outlined });
      }
    }
    return out;
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
    if (aloneFrom.some((z, i) => z !== this.aloneFrom[i])) visibleChanged = true;
    this.clusters = clusters;
    this.aloneFrom = aloneFrom;
    this.numbers.set(clusters);
    this.redraw();
    // Any change while a label update waits restarts the wait: it runs once the counts stand still.
    if (visibleChanged) this.labelsStale = true;
    if (this.labelsStale) this.scheduleLabels();
  }

  /** The selected place is outlined in the selection colour. */
  setSelected(position: number | null): void {
    if (position === this.selected) return;
    this.selected = position;
    this.redraw();
  }

  /** Places to emphasise (an article's places, chosen in the article list). */
  setHighlighted(positions: ReadonlySet<number>): void {
    if (positions.size === this.highlighted.size && [...positions].every((p) => this.highlighted.has(p))) return;
    this.highlighted = new Set(positions);
    this.redraw();
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

  /** The place drawn under a screen point, if any: a place inside a drawn cluster is not (see drawnAt). */
  placeAt(point: { x: number; y: number }): number | null {
    return this.drawnAt(point, 'place');
  }

  /** Takes the HTML cluster numbers off the map and stops following its zoom (the layers belong to the style). */
  remove(): void {
    if (this.labelTimer !== null) clearTimeout(this.labelTimer);
    this.map.off('zoom', this.onZoom);
    this.map.off('webglcontextrestored', this.onContextRestored);
    this.numbers.remove();
  }
}
