import { describe, expect, it } from 'vitest';
import { HIT_SLOP, pickNearest } from '../../src/app/map/pick.js';
import { MAX_RADIUS, radiusForCount, placesSourceData } from '../../src/app/map/places-layers.js';
import { mentionBounds } from '../../src/model/opening-view.js';
import type { PlaceFeature } from '../../src/model/contract.js';

describe('radiusForCount', () => {
  it('is 0 for hidden places and grows with the square root of the count', () => {
    expect(radiusForCount(0)).toBe(0);
    expect(radiusForCount(1)).toBe(5);
    expect(radiusForCount(16)).toBe(12);
    expect(radiusForCount(100)).toBe(24);
    expect(radiusForCount(1e6)).toBe(MAX_RADIUS);
  });
});

describe('pickNearest', () => {
  it('picks the circle whose centre is nearest among those under the pointer', () => {
    const picked = pickNearest(
      [
        { position: 0, x: 100, y: 100, radius: 20 },
        { position: 1, x: 108, y: 100, radius: 6 },
      ],
      { x: 106, y: 100 },
    );
    expect(picked).toBe(1);
  });

  it('ignores hidden places and misses beyond the radius plus slop', () => {
    expect(pickNearest([{ position: 0, x: 0, y: 0, radius: 0 }], { x: 0, y: 0 })).toBeNull();
    expect(pickNearest([{ position: 0, x: 0, y: 0, radius: 5 }], { x: 5 + HIT_SLOP + 1, y: 0 })).toBeNull();
    expect(pickNearest([{ position: 0, x: 0, y: 0, radius: 5 }], { x: 5 + HIT_SLOP, y: 0 })).toBe(0);
  });
});

describe('placesSourceData', () => {
  it('numbers features by position, with the counts the labels open with', () => {
    const feature = (id: string, precision: PlaceFeature['properties']['precision']): PlaceFeature => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [37, 36] },
      properties: { id, name: id, kind: 'x', precision, country: 'SY', source: 's', licence: 'l', mentions: 2 },
    });
    const data = placesSourceData([feature('a', 'city'), feature('b', 'province')], [3]);
    expect(data.features.map((f) => [f.id, f.properties.pid, f.properties.c0])).toEqual([
      [0, 'a', 3],
      [1, 'b', 0],
    ]);
  });
});

describe('mentionBounds', () => {
  it('keeps a far-away minor place out of the opening view', () => {
    const bounds = mentionBounds([
      { lon: 37.16, lat: 36.2, weight: 40 },
      { lon: 37.2, lat: 36.23, weight: 10 },
      { lon: -74, lat: 40.7, weight: 1 },
    ])!;
    expect(bounds[0][0]).toBeGreaterThan(36);
    expect(bounds[1][0]).toBeLessThan(38);
  });

  it('opens on where things happen, not on the countries named around them', () => {
    const aleppo = { lon: 37.16, lat: 36.2, weight: 50 };
    const turkey = { lon: 35, lat: 39, weight: 15, area: true };
    const bounds = mentionBounds([aleppo, { lon: 37.08, lat: 36.64, weight: 10 }, turkey])!;
    expect(bounds[1][1]).toBeLessThan(37);
    // Areas alone still give a view.
    expect(mentionBounds([turkey])![0][1]).toBeCloseTo(38.85);
  });

  it('opens on the region that holds most of the weight, all of it, and on everything when there is none', () => {
    const aleppo = { lon: 37.16, lat: 36.2, weight: 50 };
    const kilis = { lon: 37.12, lat: 36.72, weight: 2 };
    const damascus = { lon: 36.29, lat: 33.51, weight: 2 };
    const geneva = { lon: 6.15, lat: 46.2, weight: 10 };
    const moscow = { lon: 37.62, lat: 55.75, weight: 8 };
    const [[west, south], [east, north]] = mentionBounds([aleppo, kilis, damascus, geneva, moscow])!;
    expect(west).toBeCloseTo(36.29 - 0.15);
    expect(north).toBeCloseTo(36.72 + 0.15);
    expect(south).toBeCloseTo(33.51 - 0.15);
    expect(east).toBeCloseTo(37.16 + 0.15);
    // Spread evenly: no region holds most of it, the quantiles of all of it.
    const spread = mentionBounds([{ ...aleppo, weight: 10 }, geneva, moscow, { lon: -74, lat: 40.7, weight: 10 }])!;
    expect(spread[0][0]).toBeLessThan(0);
  });

  it('is null without any mention', () => {
    expect(mentionBounds([{ lon: 1, lat: 2, weight: 0 }])).toBeNull();
  });
});
