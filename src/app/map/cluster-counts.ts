/**
 * The numbers on the clusters, as HTML over the map. MapLibre lays out symbol text in its worker, so a number that
 * changes on every slider tick would cost a tile reload and a second drawn frame each time; a few dozen positioned
 * spans cost a text change. Only the clusters of the band on screen get a span (pooled, reused), moved with the
 * map. Hidden from assistive technology: the place list is the accessible view of the same counts.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { clusterBand } from './circles.js';
import type { ClusterCounts, ClusterLevels } from './clusters.js';

/** Beyond the viewport by this many px a label is still placed, so panning does not pop them in at the edge. */
const MARGIN = 60;

export class ClusterCountLabels {
  private readonly layer: HTMLDivElement;
  private readonly pool: HTMLSpanElement[] = [];
  private readonly byBand: number[][];
  private counts: ClusterCounts | null = null;
  private readonly reposition = () => this.draw();

  constructor(
    private readonly map: MapLibreMap,
    private readonly levels: ClusterLevels,
  ) {
    this.layer = document.createElement('div');
    this.layer.className = 'cluster-counts';
    this.layer.setAttribute('aria-hidden', 'true');
    // Inside the canvas container, as MapLibre's own markers are, so it moves and clips with the map.
    map.getCanvasContainer().appendChild(this.layer);
    this.byBand = Array.from({ length: levels.maxZoom + 1 }, () => []);
    levels.clusters.forEach((c, id) => this.byBand[c.zoom]!.push(id));
    map.on('move', this.reposition);
    map.on('resize', this.reposition);
  }

  set(counts: ClusterCounts): void {
    this.counts = counts;
    this.draw();
  }

  private draw(): void {
    const band = clusterBand(this.map.getZoom(), this.levels);
    let used = 0;
    if (band !== null && this.counts) {
      const { clientWidth: width, clientHeight: height } = this.map.getContainer();
      for (const id of this.byBand[band]!) {
        if (this.counts.shown[id]! < 2) continue;
        const c = this.levels.clusters[id]!;
        const p = this.map.project([c.lon, c.lat]);
        if (p.x < -MARGIN || p.y < -MARGIN || p.x > width + MARGIN || p.y > height + MARGIN) continue;
        const span = this.pool[used] ?? this.addSpan();
        used++;
        const text = String(this.counts.count[id]);
        if (span.textContent !== text) span.textContent = text;
        span.style.transform = `translate(${p.x.toFixed(1)}px, ${p.y.toFixed(1)}px) translate(-50%, -50%)`;
        span.hidden = false;
      }
    }
    for (let i = used; i < this.pool.length; i++) this.pool[i]!.hidden = true;
  }

  private addSpan(): HTMLSpanElement {
    const span = document.createElement('span');
    span.className = 'cluster-count';
    this.layer.appendChild(span);
    this.pool.push(span);
    return span;
  }

  remove(): void {
    this.map.off('move', this.reposition);
    this.map.off('resize', this.reposition);
    this.layer.remove();
  }
}
