/**
 * The box the map opens on: where the mentions are, between weighted quantiles, so one far-away place
 * (New York in a Syria story) does not zoom the map out to half the world; and on the region that holds most of
 * them when there is one. The data build computes it for the default filters and publishes it (view.json), so the
 * map's first tiles are already the final ones.
 */
import { greatCircleKm } from './geo.js';

export type Bounds = [[west: number, south: number], [east: number, north: number]];

/** A place weighed for the opening view: its point, its mentions, and whether it is an area named as a whole. */
export type WeightedPoint = { lon: number; lat: number; weight: number; area?: boolean };

/** Countries and large regions are drawn as areas: their representative point says little about where things are. */
export const isAreaPrecision = (precision: string): boolean => precision === 'country' || precision === 'region';

export function mentionBounds(points: ReadonlyArray<WeightedPoint>, trim = 0.1): Bounds | null {
  // Where things happen, not the countries named around them ("Turkey" in a story about Aleppo would pull the view
  // to Ankara); areas count only when nothing more precise is shown.
  const precise = points.filter((p) => p.weight > 0 && !p.area);
  const shown = precise.length > 0 ? precise : points.filter((p) => p.weight > 0);
  if (shown.length === 0) return null;
  // When most of the weight lies in one region (Aleppo and its surroundings in a story that also names Geneva and
  // Moscow), open on that region; data spread evenly (a year of world news) opens on all of it.
  const focus = densestNeighbourhood(shown);
  const focused = focus.weight >= FOCUS_SHARE * totalWeight(shown);
  const usable = focused ? focus.members : shown;
  // The neighbourhood has no far outliers to trim: all of it is shown (Kilis and its crossing with Aleppo).
  const cut = focused ? 0 : trim;
  const [west, east] = quantiles(usable.map((p) => [p.lon, p.weight]), cut);
  const [south, north] = quantiles(usable.map((p) => [p.lat, p.weight]), cut);
  // A single point (or a tight cluster) still gets a readable box, about a city's surroundings.
  const pad = 0.15;
  return [
    [west - pad, south - pad],
    [east + pad, north + pad],
  ];
}

function quantiles(values: Array<[number, number]>, trim: number): [number, number] {
  const sorted = values.sort((a, b) => a[0] - b[0]);
  const total = sorted.reduce((s, [, w]) => s + w, 0);
  const at = (q: number) => {
    let seen = 0;
    for (const [v, w] of sorted) {
      seen += w;
      if (seen >= q * total) return v;
    }
    return sorted[sorted.length - 1]![0];
  };
  return [at(Math.max(trim, 1e-9)), at(1 - trim)];
}

/** Radius of the neighbourhood the map may open on, and the share of the weight it must hold to be chosen. */
const FOCUS_RADIUS_KM = 500;
const FOCUS_SHARE = 0.6;
/** Centres tried: the heaviest places (the densest neighbourhood is around one of them in practice). */
const FOCUS_CENTRES = 200;

function totalWeight(points: ReadonlyArray<WeightedPoint>): number {
  let total = 0;
  for (const p of points) total += p.weight;
  return total;
}

/** The places within FOCUS_RADIUS_KM of the heaviest-surrounded place, and their weight. */
function densestNeighbourhood(points: ReadonlyArray<WeightedPoint>): { members: WeightedPoint[]; weight: number } {
  const centres = [...points].sort((a, b) => b.weight - a.weight).slice(0, FOCUS_CENTRES);
  let best: { members: WeightedPoint[]; weight: number } = { members: [], weight: -1 };
  for (const c of centres) {
    const members = points.filter((p) => greatCircleKm(c, p) <= FOCUS_RADIUS_KM);
    const weight = totalWeight(members);
    if (weight > best.weight) best = { members, weight };
  }
  return best;
}
