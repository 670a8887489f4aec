/**
 * The region the detailed (10m) basemap is cropped to: where the published places carry their mentions.
 *
 * A plain bbox of every place would stretch from New York to Tehran because one article names both. The map
 * needs detail where the reporting concentrates, so the box is centred on the mention-weighted median and
 * holds the places within `radiusKm` of it, plus a margin. Places farther away still show on the coarse
 * 110m world layer.
 */
import { greatCircleKm } from '../../model/geo.js';

export type BBox = [west: number, south: number, east: number, north: number];

export type WeightedPoint = { lon: number; lat: number; weight: number };

export type RegionOptions = {
  /** Places farther than this from the weighted median do not widen the detailed region. */
  radiusKm: number;
  /** Margin added on every side, as a share of the box size... */
  marginShare: number;
  /** ...but at least this many degrees. */
  minMarginDeg: number;
  /** Used when there are no places at all: the Middle East. */
  fallback: BBox;
};

export const DEFAULT_REGION_OPTIONS: RegionOptions = {
  radiusKm: 1200,
  marginShare: 0.15,
  minMarginDeg: 3,
  fallback: [24, 22, 62, 44],
};

export type Region = { bbox: BBox; basis: 'places' | 'fallback' };

export function regionForPlaces(points: readonly WeightedPoint[], options: RegionOptions = DEFAULT_REGION_OPTIONS): Region {
  const usable = points.filter((p) => Number.isFinite(p.lon) && Number.isFinite(p.lat) && p.weight > 0);
  if (usable.length === 0) return { bbox: options.fallback, basis: 'fallback' };
  const centre = { lon: weightedMedian(usable.map((p) => [p.lon, p.weight])), lat: weightedMedian(usable.map((p) => [p.lat, p.weight])) };
  const near = usable.filter((p) => greatCircleKm(p, centre) <= options.radiusKm);
  // The median need not be a place; if nothing is near it, the heaviest place anchors the region.
  const kept = near.length > 0 ? near : [usable.reduce((a, b) => (b.weight > a.weight ? b : a))];
  const west = Math.min(...kept.map((p) => p.lon));
  const east = Math.max(...kept.map((p) => p.lon));
  const south = Math.min(...kept.map((p) => p.lat));
  const north = Math.max(...kept.map((p) => p.lat));
  const marginX = Math.max(options.minMarginDeg, (east - west) * options.marginShare);
  const marginY = Math.max(options.minMarginDeg, (north - south) * options.marginShare);
  return {
    bbox: [
      round2(Math.max(-180, west - marginX)),
      round2(Math.max(-85, south - marginY)),
      round2(Math.min(180, east + marginX)),
      round2(Math.min(85, north + marginY)),
    ],
    basis: 'places',
  };
}

function weightedMedian(values: Array<[value: number, weight: number]>): number {
  const sorted = [...values].sort((a, b) => a[0] - b[0]);
  const total = sorted.reduce((sum, [, w]) => sum + w, 0);
  let seen = 0;
  for (const [value, weight] of sorted) {
    seen += weight;
    if (seen >= total / 2) return value;
  }
  return sorted[sorted.length - 1]![0];
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}
