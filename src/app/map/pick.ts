/**
 * Which place a pointer means: among the circles it falls inside (or within a few px of, for small ones on
 * touch screens), the one whose centre is nearest. The circles are a custom layer that MapLibre's queries do not
 * see (circles-layer.ts), and overlapping circles (Aleppo and its districts) must pick sensibly.
 */
export type Candidate = { position: number; x: number; y: number; radius: number };

/** Extra px around a circle that still count as a hit. */
export const HIT_SLOP = 4;

export function pickNearest(candidates: readonly Candidate[], at: { x: number; y: number }): number | null {
  let best: Candidate | null = null;
  let bestDistance = Infinity;
  for (const c of candidates) {
    if (c.radius <= 0) continue;
    const d = Math.hypot(c.x - at.x, c.y - at.y);
    if (d > c.radius + HIT_SLOP) continue;
    // Ties go to the lower position so the choice never depends on render order.
    if (d < bestDistance || (d === bestDistance && best !== null && c.position < best.position)) {
      best = c;
      bestDistance = d;
    }
  }
  return best?.position ?? null;
}
