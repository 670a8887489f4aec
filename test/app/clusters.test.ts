import { describe, expect, it } from 'vitest';
import { clusterCounts, clusterPlaces, drawnAlone, expansionZoom } from '../../src/app/map/clusters.js';

// Aleppo and two of its districts (a few km apart), Damascus (~300 km south), Beirut, and an area (null).
const points = [
  { lon: 37.16, lat: 36.2, weight: 40 }, // 0 Aleppo
  { lon: 37.18, lat: 36.23, weight: 5 }, // 1 Hanano
  { lon: 37.14, lat: 36.22, weight: 3 }, // 2 Handarat
  { lon: 36.29, lat: 33.51, weight: 10 }, // 3 Damascus
  { lon: 35.5, lat: 33.89, weight: 6 }, // 4 Beirut
  null, // 5 Syria as a whole: an area, never clustered
];
const levels = clusterPlaces(points);
const clusterAt = (zoom: number, place: number) => levels.clusterOf[zoom]![place]!;

describe('clusterPlaces', () => {
  it('groups nearby places at a zoom and leaves distant ones alone', () => {
    // At zoom 5, 45 px is about a degree: Aleppo's districts join it, Damascus (300 km away) does not.
    const aleppo = clusterAt(5, 0);
    expect(aleppo).toBeGreaterThanOrEqual(0);
    expect(levels.clusters[aleppo]!.members).toEqual([0, 1, 2]);
    expect(levels.clusters[clusterAt(5, 3)]!.members).toEqual([3, 4]); // Damascus and Beirut, 85 km apart
    for (let z = 0; z <= levels.maxZoom; z++) expect(clusterAt(z, 5)).toBe(-1);
  });

  it("only ever grows a place's cluster as the map zooms out (what lets one number per place say where it is alone)", () => {
    for (let z = 0; z < levels.maxZoom; z++) {
      for (let p = 0; p < points.length; p++) {
        const above = clusterAt(z + 1, p);
        if (above < 0) continue;
        const below = clusterAt(z, p);
        expect(below).toBeGreaterThanOrEqual(0);
        for (const m of levels.clusters[above]!.members) expect(levels.clusters[below]!.members).toContain(m);
      }
    }
  });

  it('puts a cluster at the weighted centre of its members, nearest the heaviest', () => {
    const c = levels.clusters[clusterAt(5, 0)]!;
    expect(Math.abs(c.lon - 37.16)).toBeLessThan(0.02);
    expect(Math.abs(c.lat - 36.2)).toBeLessThan(0.02);
  });

  it('gives the same clusters for the same places', () => {
    expect(clusterPlaces(points)).toEqual(levels);
  });
});

describe('counts through the clusters', () => {
  it('sums what the filters show and counts the shown members', () => {
    const counts = [4, 2, 0, 1, 0, 9];
    const { count, shown } = clusterCounts(levels, counts);
    const aleppo = clusterAt(5, 0);
    expect(count[aleppo]).toBe(6);
    expect(shown[aleppo]).toBe(2);
  });

  it('draws a place alone where its cluster has no other shown member', () => {
    const onlyAleppo = [4, 0, 0, 1, 0, 9];
    const from = drawnAlone(levels, clusterCounts(levels, onlyAleppo).shown, points.length);
    // Its districts show nothing: Aleppo is drawn as itself down to the zoom where Damascus joins its cluster.
    const joinsDamascus = [0, 1, 2, 3, 4, 5].filter((z) => clusterAt(z, 0) >= 0 && clusterAt(z, 0) === clusterAt(z, 3));
    expect(from[0]).toBe(joinsDamascus.length ? Math.max(...joinsDamascus) + 1 : 0);
    const all = drawnAlone(levels, clusterCounts(levels, [4, 2, 1, 1, 1, 0]).shown, points.length);
    // With its districts shown, Aleppo is inside a drawn cluster at every band.
    expect(all[0]).toBe(levels.maxZoom + 1);
  });

  it('opens a cluster at the zoom where its shown members part', () => {
    const counts = [4, 2, 1, 1, 1, 0];
    const aleppo = clusterAt(5, 0);
    expect(expansionZoom(levels, aleppo, counts)).toBe(levels.maxZoom + 1);
    const wide = levels.clusters.findIndex((c) => c.members.includes(0) && c.members.includes(3));
    if (wide >= 0) expect(expansionZoom(levels, wide, counts)).toBeGreaterThan(levels.clusters[wide]!.zoom);
  });
});
