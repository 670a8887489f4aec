/**
 * Builds the offline basemap from Natural Earth (world-atlas TopoJSON) as a handful of small GeoJSON files.
 *
 * Pure: topologies and anchors in, named GeoJSON collections out, byte-stable for the same input (fixed
 * coordinate rounding, input order kept). The script in scripts/build-basemap.ts does the file I/O.
 */
import { feature, mesh } from 'topojson-client';
import { bboxClip } from '@turf/turf';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, FeatureCollection, Geometry, MultiLineString, Point, Position } from 'geojson';
import type { BBox } from './region.js';

/** A country label anchor: a point chosen for the label, not a polygon centroid (which can fall outside). */
export type CountryAnchor = { code: string; name: string; lon: number; lat: number; areaKm2: number };

export type BasemapInput = {
  /** world-atlas countries-10m.json (objects `countries` and `land`). */
  detailed: Topology;
  /** world-atlas countries-110m.json. */
  world: Topology;
  anchors: readonly CountryAnchor[];
  region: BBox;
};

/** File name (relative to public/basemap/) → GeoJSON. The style in src/app/map/style.ts reads these names. */
export type BasemapFiles = Record<(typeof BASEMAP_FILES)[keyof typeof BASEMAP_FILES], FeatureCollection>;

export const BASEMAP_FILES = {
  worldLand: 'world-land.geojson',
  worldBorders: 'world-borders.geojson',
  land: 'land.geojson',
  borders: 'borders.geojson',
  countryLabels: 'country-labels.geojson',
  regionMask: 'region-mask.geojson',
} as const;

/** ~110 m: finer than the 10m data's own accuracy at the zooms the map allows. */
const DETAILED_DECIMALS = 3;
/** ~1 km for the coarse world layer, only drawn zoomed out. */
const WORLD_DECIMALS = 2;

export function buildBasemap(input: BasemapInput): BasemapFiles {
  const detailedCountries = input.detailed.objects['countries'] as GeometryCollection;
  const detailedLand = input.detailed.objects['land'] as GeometryCollection;
  const worldCountries = input.world.objects['countries'] as GeometryCollection;
  const worldLand = input.world.objects['land'] as GeometryCollection;

  const land = clipCollection(toCollection(feature(input.detailed, detailedLand)), input.region);
  // Borders between two countries only (a !== b): coastlines come from the land fill's edge.
  const borders = clipCollection(toCollection(lineFeature(mesh(input.detailed, detailedCountries, (a, b) => a !== b))), input.region);

  return {
    [BASEMAP_FILES.worldLand]: roundCollection(toCollection(feature(input.world, worldLand)), WORLD_DECIMALS),
    [BASEMAP_FILES.worldBorders]: roundCollection(
      toCollection(lineFeature(mesh(input.world, worldCountries, (a, b) => a !== b))),
      WORLD_DECIMALS,
    ),
    [BASEMAP_FILES.land]: roundCollection(land, DETAILED_DECIMALS),
    [BASEMAP_FILES.borders]: roundCollection(borders, DETAILED_DECIMALS),
    [BASEMAP_FILES.countryLabels]: countryLabels(input.anchors),
    [BASEMAP_FILES.regionMask]: regionMask(input.region),
  };
}

/**
 * The cropped box as one polygon. The style paints it in the sea colour between the coarse world land and the
 * detailed land, so the 110m coastline (kilometres off) never shows through where 10m detail exists.
 */
export function regionMask([w, s, e, n]: BBox): FeatureCollection {
  const ring = [[w, s], [e, s], [e, n], [w, n], [w, s]];
  return { type: 'FeatureCollection', features: [{ type: 'Feature', geometry: { type: 'Polygon', coordinates: [ring] }, properties: {} }] };
}

/** Label anchors, biggest countries first so MapLibre's collision keeps them when space is short. */
export function countryLabels(anchors: readonly CountryAnchor[]): FeatureCollection<Point> {
  const sorted = [...anchors].sort((a, b) => b.areaKm2 - a.areaKm2 || a.code.localeCompare(b.code));
  return {
    type: 'FeatureCollection',
    features: sorted.map((a, i) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [round(a.lon, 2), round(a.lat, 2)] },
      // rank 0 = largest; the style uses it as symbol-sort-key and to decide from which zoom small ones appear.
      properties: { code: a.code, name: a.name, rank: i, minzoom: minZoomForArea(a.areaKm2) },
    })),
  };
}

function minZoomForArea(areaKm2: number): number {
  if (areaKm2 > 1_000_000) return 1;
  if (areaKm2 > 150_000) return 2.5;
  if (areaKm2 > 20_000) return 3.5;
  return 5;
}

function toCollection(value: Feature | FeatureCollection): FeatureCollection {
  return value.type === 'FeatureCollection' ? value : { type: 'FeatureCollection', features: [value] };
}

function lineFeature(geometry: MultiLineString): Feature<MultiLineString> {
  return { type: 'Feature', geometry, properties: {} };
}

function clipCollection(collection: FeatureCollection, bbox: BBox): FeatureCollection {
  const features: Feature[] = [];
  for (const f of collection.features) {
    if (!f.geometry) continue;
    // MultiPolygon land arrives as one feature; explode it so each part is clipped and dropped on its own.
    for (const part of explode(f)) {
      const clipped = bboxClip(part as Feature<any>, bbox) as Feature<Geometry>;
      if (!isEmpty(clipped.geometry)) features.push({ type: 'Feature', geometry: clipped.geometry, properties: {} });
    }
  }
  return { type: 'FeatureCollection', features };
}

function explode(f: Feature): Feature[] {
  const g = f.geometry;
  if (g?.type === 'MultiPolygon') {
    return g.coordinates.map((coordinates) => ({ type: 'Feature', geometry: { type: 'Polygon', coordinates }, properties: {} }));
  }
  return [f];
}

function isEmpty(g: Geometry): boolean {
  switch (g.type) {
    case 'Polygon':
      return g.coordinates.every((ring) => ring.length < 4);
    case 'MultiPolygon':
      return g.coordinates.every((poly) => poly.every((ring) => ring.length < 4));
    case 'LineString':
      return g.coordinates.length < 2;
    case 'MultiLineString':
      return g.coordinates.every((line) => line.length < 2);
    default:
      return false;
  }
}

function roundCollection(collection: FeatureCollection, decimals: number): FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: collection.features
      .map((f) => ({ type: 'Feature' as const, geometry: roundGeometry(f.geometry, decimals), properties: {} }))
      .filter((f) => !isEmpty(f.geometry)),
  };
}

function roundGeometry(g: Geometry, decimals: number): Geometry {
  const pos = (p: Position): Position => [round(p[0]!, decimals), round(p[1]!, decimals)];
  // Rounding can make neighbouring vertices equal; drop the repeats so rings stay clean.
  const line = (ps: Position[]): Position[] => dedupe(ps.map(pos));
  switch (g.type) {
    case 'Polygon':
      return { type: 'Polygon', coordinates: g.coordinates.map(line).filter((r) => r.length >= 4) };
    case 'MultiPolygon':
      return {
        type: 'MultiPolygon',
        coordinates: g.coordinates.map((poly) => poly.map(line).filter((r) => r.length >= 4)).filter((p) => p.length > 0),
      };
    case 'LineString':
      return { type: 'LineString', coordinates: line(g.coordinates) };
    case 'MultiLineString':
      return { type: 'MultiLineString', coordinates: g.coordinates.map(line).filter((l) => l.length >= 2) };
    case 'Point':
      return { type: 'Point', coordinates: pos(g.coordinates) };
    default:
      return g;
  }
}

function dedupe(ps: Position[]): Position[] {
  return ps.filter((p, i) => i === 0 || p[0] !== ps[i - 1]![0] || p[1] !== ps[i - 1]![1]);
}

function round(x: number, decimals: number): number {
  const f = 10 ** decimals;
  // + 0 turns -0 into 0 so the JSON never says "-0".
  return Math.round(x * f) / f + 0;
}
