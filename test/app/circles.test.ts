import { describe, expect, it } from 'vitest';
import { circleScene, clusterBand, INSTANCE_FLOATS, STROKE, type CircleSceneInput } from '../../src/app/map/circles.js';
import { rgb } from '../../src/app/map/circles-layer.js';
import { clusterCounts, clusterPlaces, drawnAlone, mercatorX, mercatorY } from '../../src/app/map/clusters.js';
import { radiusForCount } from '../../src/app/map/places-layers.js';

// Three villages a few km apart (one cluster below zoom 6), a town far away, and a province (an area).
const PLACES = [
  { lon: 37.1, lat: 36.2, area: false },
  { lon: 37.12, lat: 36.21, area: false },
  { lon: 37.14, lat: 36.19, area: false },
  { lon: 12.5, lat: 41.9, area: false },
  { lon: 37.5, lat: 36.0, area: true },
];

function input(counts: number[], band: number | null, extra: Partial<CircleSceneInput> = {}): CircleSceneInput {
  const levels = clusterPlaces(PLACES.map((p) => (p.area ? null : { lon: p.lon, lat: p.lat, weight: 1 })));
  const clusters = clusterCounts(levels, counts);
  const placeXY = Float32Array.from(PLACES.flatMap((p) => [mercatorX(p.lon), mercatorY(p.lat)]));
  const clusterXY = Float32Array.from(levels.clusters.flatMap((c) => [mercatorX(c.lon), mercatorY(c.lat)]));
  return {
    band,
    counts,
    area: PLACES.map((p) => (p.area ? 1 : 0)),
    aloneFrom: drawnAlone(levels, clusters.shown, PLACES.length),
    levels,
    clusters,
    selected: null,
    highlighted: new Set(),
    placeXY,
    clusterXY,
    ...extra,
  };
}

/** The scene as readable rows, in drawing order (numbers as stored: 32-bit floats). */
function rows(scene: ReturnType<typeof circleScene>) {
  return Array.from({ length: scene.count }, (_, i) => {
    const [x, y, radius, strokeWidth, opacity, stroke] = scene.data.subarray(i * INSTANCE_FLOATS, (i + 1) * INSTANCE_FLOATS);
    return { item: scene.items[i]!, x, y, radius, strokeWidth, opacity, stroke };
  });
}

describe('circleScene', () => {
  it('draws every shown place from the clustering zoom up, areas first, as rings', () => {
    const scene = rows(circleScene(input([4, 1, 0, 9, 2], null)));
    expect(scene.map((r) => r.item)).toEqual([4, 0, 1, 3]);
    const area = scene[0]!;
    expect(area).toMatchObject({ radius: Math.fround(radiusForCount(2)), strokeWidth: 1.5, stroke: STROKE.area });
    expect(area.opacity).toBeCloseTo(0.1);
    expect(scene[1]).toMatchObject({ radius: Math.fround(radiusForCount(4)), strokeWidth: 1, stroke: STROKE.plain });
    expect(scene[1]!.x).toBeCloseTo(mercatorX(37.1), 6);
  });

  it('below the clustering zoom, draws a cluster with two shown places instead of them, and the rest alone', () => {
    const counts = [4, 1, 0, 9, 2];
    const scene = rows(circleScene(input(counts, 3)));
    const cluster = scene.find((r) => r.item < 0)!;
    expect(cluster.radius).toBe(Math.fround(4 + radiusForCount(5)));
    expect(cluster).toMatchObject({ strokeWidth: 2, stroke: STROKE.plain });
    expect(scene.map((r) => r.item).filter((item) => item >= 0)).toEqual([4, 3]);
  });

  it('draws a cluster left with one shown place as that place', () => {
    const scene = rows(circleScene(input([4, 0, 0, 9, 0], 3)));
    expect(scene.map((r) => r.item)).toEqual([0, 3]);
  });

  it('outlines the selected and the highlighted places in the selection colour', () => {
    const scene = rows(circleScene(input([4, 1, 0, 9, 2], null, { selected: 3, highlighted: new Set([4]) })));
    expect(scene.find((r) => r.item === 3)).toMatchObject({ strokeWidth: 3, stroke: STROKE.selected });
    expect(scene.find((r) => r.item === 4)).toMatchObject({ strokeWidth: 2.5, stroke: STROKE.selected });
    expect(scene.find((r) => r.item === 0)).toMatchObject({ strokeWidth: 1, stroke: STROKE.plain });
  });

  it('draws nothing when the filters keep nothing', () => {
    expect(circleScene(input([0, 0, 0, 0, 0], 3)).count).toBe(0);
  });
});

describe('clusterBand', () => {
  const levels = clusterPlaces([{ lon: 0, lat: 0, weight: 1 }]);
  it('is the integer zoom below the clustering zoom, and null from it up', () => {
    expect(clusterBand(0.4, levels)).toBe(0);
    expect(clusterBand(5.97, levels)).toBe(5);
    expect(clusterBand(6, levels)).toBeNull();
  });
});

describe('rgb', () => {
  it('reads #rrggbb into 0..1 floats and refuses anything else', () => {
    expect(Array.from(rgb('#ff8000'))).toEqual([1, 128 / 255, 0].map((v) => Math.fround(v)));
    expect(() => rgb('orange')).toThrow(/#rrggbb/);
  });
});
