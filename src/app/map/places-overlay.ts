/**
 * Owns the places source and layers on a map: adds them once, then applies counts and selection as
 * feature-state and the visible-id list as global state. Kept imperative and outside React so a slider tick
 * does only the map calls that changed something.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { PlaceFeature } from '../../model/contract.js';
import type { Palette } from './style.js';
import { HIT_SLOP, pickNearest } from './pick.js';
import {
  MAX_RADIUS,
  PLACES_LAYER,
  PLACES_SOURCE,
  radiusForCount,
  VISIBLE_STATE,
  placeCircleLayer,
  placeLabelLayer,
  placesSourceData,
} from './places-layers.js';

export class PlacesOverlay {
  private counts: Int32Array;
  private selected: number | null = null;
  private highlighted = new Set<number>();

  constructor(
    private readonly map: MapLibreMap,
    private readonly places: readonly PlaceFeature[],
    palette: Palette,
  ) {
    this.counts = new Int32Array(places.length);
    map.setGlobalStateProperty(VISIBLE_STATE, []);
    map.addSource(PLACES_SOURCE, { type: 'geojson', data: placesSourceData(places) });
    map.addLayer(placeCircleLayer(palette));
    map.addLayer(placeLabelLayer(palette));
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
    this.counts = Int32Array.from(counts);
    if (visibleChanged) {
      const ids: string[] = [];
      for (let i = 0; i < counts.length; i++) if (counts[i]! > 0) ids.push(this.places[i]!.properties.id);
      this.map.setGlobalStateProperty(VISIBLE_STATE, ids);
    }
  }

  setSelected(position: number | null): void {
    if (position === this.selected) return;
    if (this.selected !== null) this.map.setFeatureState({ source: PLACES_SOURCE, id: this.selected }, { selected: false });
    if (position !== null) this.map.setFeatureState({ source: PLACES_SOURCE, id: position }, { selected: true });
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
    const candidates = this.map.queryRenderedFeatures(box, { layers: [PLACES_LAYER] }).map((f) => {
      const position = Number(f.id);
      const [lon, lat] = this.places[position]!.geometry.coordinates;
      const p = this.map.project([lon, lat]);
      return { position, x: p.x, y: p.y, radius: radiusForCount(this.countOf(position)) };
    });
    return pickNearest(candidates, point);
  }
}
