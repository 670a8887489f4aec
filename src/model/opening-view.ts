/**
 * The box the map opens on: where the mentions are, between weighted quantiles, so one far-away place
 * (New York in a Syria story) does not zoom the map out to half the world. The data build computes it for the
 * default filters and publishes it (view.json), so the map's first tiles are already the final ones.
 */
export type Bounds = [[west: number, south: number], [east: number, north: number]];

export function mentionBounds(points: ReadonlyArray<{ lon: number; lat: number; weight: number }>, trim = 0.1): Bounds | null {
  const usable = points.filter((p) => p.weight > 0);
  if (usable.length === 0) return null;
  const [west, east] = quantiles(usable.map((p) => [p.lon, p.weight]), trim);
  const [south, north] = quantiles(usable.map((p) => [p.lat, p.weight]), trim);
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
