import { describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import type { Topology } from 'topojson-specification';
import { buildBasemap, countryLabels, BASEMAP_FILES } from '../../../src/pipeline/basemap/build.js';
import { greatCircleKm as distanceKm } from '../../../src/model/geo.js';
import { DEFAULT_REGION_OPTIONS, regionForPlaces } from '../../../src/pipeline/basemap/region.js';

const require = createRequire(import.meta.url);

describe('regionForPlaces', () => {
  it('falls back to the Middle East without places', () => {
    expect(regionForPlaces([])).toEqual({ bbox: DEFAULT_REGION_OPTIONS.fallback, basis: 'fallback' });
  });

  it('centres on the weight of the reporting and leaves far places to the world layer', () => {
    const region = regionForPlaces([
      { lon: 37.16, lat: 36.2, weight: 50 }, // Aleppo
      { lon: 35.5, lat: 33.89, weight: 3 }, // Beirut
      { lon: 6.15, lat: 46.2, weight: 5 }, // Geneva
      { lon: -74, lat: 40.71, weight: 1 }, // New York
    ]);
    const [w, s, e, n] = region.bbox;
    expect(region.basis).toBe('places');
    expect(w).toBeLessThanOrEqual(35.5 - 3);
    expect(s).toBeLessThanOrEqual(33.89 - 3);
    expect(w).toBeGreaterThan(6.15);
    expect(e).toBeGreaterThanOrEqual(37.16 + 3);
    expect(n).toBeGreaterThanOrEqual(36.2 + 3);
  });

  it('measures great-circle distances', () => {
    expect(distanceKm({ lon: 37.16, lat: 36.2 }, { lon: 35.5, lat: 33.89 })).toBeCloseTo(297, -1);
  });
});

describe('buildBasemap', () => {
  const input = {
    detailed: require('world-atlas/countries-10m.json') as Topology,
    world: require('world-atlas/countries-110m.json') as Topology,
    anchors: [
      { code: 'SY', name: 'Syria', lon: 38, lat: 35, areaKm2: 185180 },
      { code: 'LB', name: 'Lebanon', lon: 35.83, lat: 33.83, areaKm2: 10452 },
    ],
    region: [34, 32, 43, 38] as [number, number, number, number],
  };

  it('is byte-identical across runs and keeps the detailed layers inside the region', () => {
    const a = buildBasemap(input);
    const b = buildBasemap(input);
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    const coords = JSON.stringify(a[BASEMAP_FILES.land].features.map((f) => f.geometry)).match(/-?\d+(\.\d+)?/g)!.map(Number);
    const lons = coords.filter((_, i) => i % 2 === 0);
    expect(Math.min(...lons)).toBeGreaterThanOrEqual(34);
    expect(Math.max(...lons)).toBeLessThanOrEqual(43);
    expect(a[BASEMAP_FILES.borders].features.length).toBeGreaterThan(0);
    expect(a[BASEMAP_FILES.worldLand].features.length).toBeGreaterThan(0);
  });

  it('labels the largest countries first, from anchor points', () => {
    const labels = countryLabels(input.anchors);
    expect(labels.features.map((f) => [f.properties!['name'], f.properties!['rank']])).toEqual([
      ['Syria', 0],
      ['Lebanon', 1],
    ]);
    expect(labels.features[1]!.geometry.coordinates).toEqual([35.83, 33.83]);
  });
});
