/**
 * Owns the places source and layers on a map: adds them once, then applies counts and selection as
 * feature-state and the visible-id list as global state. Kept imperative and outside React so a slider tick
 * does only the map calls that changed something.
 */
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { PlaceFeature } from '../../model/contract.js';
import { HIT_SLOP, pickNearest } from './pick.js';
import {
  AREAS_LAYER,
  CLUSTER_POINTS_LAYER,
  CLUSTER_SOURCE,
  CLUSTERS_LAYER,
  AREA_PRECISIONS,
  clusterSourceData,
  MAX_RADIUS,
  PLACES_LAYER,
  PLACES_SOURCE,
  placesSourceData,
  radiusForCount,
  VISIBLE_STATE,
} from './places-layers.js';

const CLUSTER_INTERVAL_MS = 150;
/**
 * The label layer's filter (the visible-id list) is re-applied only once counts have stood still this long: each
 * change makes the worker lay out every tile of the places source again. Until then labels of places that were
 * hidden are faded out by feature-state (see placeLabelLayer), so no hidden place is ever named.
 */
const LABEL_QUIET_MS = 250;

export class PlacesOverlay {
  private counts: Int32Array;
  private selected: number | null = null;
  private highlighted = new Set<number>();
  private readonly area: Uint8Array;
  private clusterTimer: ReturnType<typeof setTimeout> | null = null;
  private lastClusterWrite = 0;
  private labelTimer: ReturnType<typeof setTimeout> | null = null;

  /**
   * The layers are already in the style with empty sources (emptyPlacesSources), so the basemap could load before
   * the data; this fills them, drawn with `initialCounts`, and from here on only what changes is pushed.
   */
  constructor(
    private readonly map: MapLibreMap,
    private readonly places: readonly PlaceFeature[],
    initialCounts: ArrayLike<number>,
  ) {
    this.counts = Int32Array.from({ length: places.length }, (_, i) => initialCounts[i] ?? 0);
    this.area = Uint8Array.from(places, (f) => (AREA_PRECISIONS.has(f.properties.precision) ? 1 : 0));
    this.lastClusterWrite = performance.now();
    map.getSource<GeoJSONSource>(PLACES_SOURCE)?.setData(placesSourceData(places, this.counts));
    map.getSource<GeoJSONSource>(CLUSTER_SOURCE)?.setData(clusterSourceData(places, this.counts, (i) => this.area[i] === 1));
    map.setGlobalStateProperty(VISIBLE_STATE, this.visibleIds());
    // From here feature-state is the one truth about counts (hit-testing, tests and the bench read it); `c0` only
    // draws the first frame. Setting state does not reload any tile.
    this.counts.forEach((count, id) => {
      if (count > 0) map.setFeatureState({ source: PLACES_SOURCE, id }, { count });
    });
  }

  private scheduleLabels(): void {
    if (this.labelTimer !== null) clearTimeout(this.labelTimer);
    this.labelTimer = setTimeout(() => {
      this.labelTimer = null;
      this.map.setGlobalStateProperty(VISIBLE_STATE, this.visibleIds());
    }, LABEL_QUIET_MS);
  }

  /** Ids (properties.id) of the places with a shown mention: what the label layer's filter keeps. */
  private visibleIds(): string[] {
    const ids: string[] = [];
    for (let i = 0; i < this.counts.length; i++) if (this.counts[i]! > 0) ids.push(this.places[i]!.properties.id);
    return ids;
  }

  /**
   * The clusters summarise the filtered counts, so their small source is rebuilt when counts change: at once, then
   * at most every CLUSTER_INTERVAL_MS while scrubbing (the per-place layers above never re-send data).
   */
  private scheduleClusters(): void {
    const write = () => {
      this.clusterTimer = null;
      this.lastClusterWrite = performance.now();
      const source = this.map.getSource<GeoJSONSource>(CLUSTER_SOURCE);
      source?.setData(clusterSourceData(this.places, this.counts, (i) => this.area[i] === 1));
    };
    if (this.clusterTimer !== null) return;
    const wait = this.lastClusterWrite + CLUSTER_INTERVAL_MS - performance.now();
    if (wait <= 0) write();
    else this.clusterTimer = setTimeout(write, wait);
  }

  /** Zoom at which the cluster under a point breaks apart, or null when there is no cluster there. */
  async clusterZoomAt(point: { x: number; y: number }): Promise<{ zoom: number; center: [number, number] } | null> {
    const [cluster] = this.map.queryRenderedFeatures([[point.x - 8, point.y - 8], [point.x + 8, point.y + 8]], { layers: [CLUSTERS_LAYER] });
    if (!cluster || cluster.geometry.type !== 'Point') return null;
    const source = this.map.getSource<GeoJSONSource>(CLUSTER_SOURCE)!;
    const zoom = await source.getClusterExpansionZoom(Number(cluster.properties['cluster_id']));
    return { zoom, center: cluster.geometry.coordinates as [number, number] };
  }

  /** Pushes only the places whose count changed. */
  setCounts(counts: ArrayLike<number>): void {
    let visibleChanged = false;
    for (let i = 0; i < counts.length; i++) {
      const next = counts[i]!;
      const prev = this.counts[i]!;
      if (next === prev) continue;
      this.map.setFeatureState({ source: PLACES_SOURCE, id: i }, { count: next });
      if ((next > 0) !== (prev > 0)) visibleChanged = true;
    }
    const changed = visibleChanged || counts.length !== this.counts.length || this.counts.some((c, i) => c !== counts[i]);
    this.counts = Int32Array.from(counts);
    if (changed) this.scheduleClusters();
    if (visibleChanged) this.scheduleLabels();
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
    const candidates = this.map.queryRenderedFeatures(box, { layers }).map((f) => {
      const position = f.layer.id === CLUSTER_POINTS_LAYER ? Number(f.properties['pos']) : Number(f.id);
      const [lon, lat] = this.places[position]!.geometry.coordinates;
      const p = this.map.project([lon, lat]);
      return { position, x: p.x, y: p.y, radius: radiusForCount(this.countOf(position)) };
    });
    return pickNearest(candidates, point);
  }
}
