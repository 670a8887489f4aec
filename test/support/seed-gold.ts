import { readFileSync } from 'node:fs';

/** The seed answer key (test/fixtures/seeds-gold.json, provenance in its README), typed for tests. */
export type GoldPlace = { name: string; kind: string; country: string | null; lat: number; lon: number; toleranceKm: number };
export type GoldTrap = { surface: string; type: string; action: 'do-not-plot' | 'plot-only-as-intended' };
export type GoldArticle = {
  title: string;
  published: string;
  dateWindow: [string, string] | null;
  required: string[];
  optional: string[];
  mustNotPlot: string[];
  traps: GoldTrap[];
  places: Record<string, GoldPlace>;
  toponyms: { surface: string; start: number; end: number; role: string; place: string }[];
  goldText: string;
};

export const seedGold = JSON.parse(readFileSync(new URL('../fixtures/seeds-gold.json', import.meta.url), 'utf8')) as {
  articles: Record<string, GoldArticle>;
};

/** Great-circle distance in km. */
export function distanceKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const r = Math.PI / 180;
  const h = Math.sin(((b.lat - a.lat) * r) / 2) ** 2 + Math.cos(a.lat * r) * Math.cos(b.lat * r) * Math.sin(((b.lon - a.lon) * r) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

/** The gold's rule: a country matches by ISO code, anything else by distance within its tolerance. */
export function placeMatchesGold(p: { lat: number; lon: number; country: string | null; precision: string }, g: GoldPlace): boolean {
  if (g.kind === 'country') return p.country === g.country && p.precision === 'country';
  return distanceKm(p, g) <= g.toleranceKm;
}
