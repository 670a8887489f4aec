import { beforeAll, describe, expect, it } from 'vitest';
import { loadGeoparser, type Toponym } from '../../../src/pipeline/geoparse/index.js';
import type { DiagnosticGeoparser } from '../../../src/pipeline/geoparse/geoparser.js';
import { placeMatchesGold, seedGold as gold, type GoldPlace } from '../../support/seed-gold.js';

/** The gold's rule (countries by ISO code, anything else within tolerance), applied to a toponym's place. */
const matches = (t: Toponym, g: GoldPlace): boolean => t.place !== null && placeMatchesGold(t.place, g);

const plotted = (t: Toponym) => t.place !== null && (t.role === 'literal' || t.role === 'dateline');

/** Occurrences (start, end) of a whole-word surface in the text. */
function occurrences(text: string, surface: string): [number, number][] {
  const out: [number, number][] = [];
  let at = text.indexOf(surface);
  while (at >= 0) {
    const before = text[at - 1] ?? ' ';
    const after = text[at + surface.length] ?? ' ';
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) out.push([at, at + surface.length]);
    at = text.indexOf(surface, at + 1);
  }
  return out;
}

let geoparser: DiagnosticGeoparser;
beforeAll(async () => {
  geoparser = await loadGeoparser();
}, 120_000);

describe('seed gold: the real geoparser on each seed article', () => {
  for (const [id, article] of Object.entries(gold.articles)) {
    it(`${id}: every required place plotted, no trap or must-not-plot place plotted`, () => {
      const toponyms = geoparser.parse({ id, text: article.goldText });
      const missing = article.required.filter((key) => !toponyms.some((t) => plotted(t) && matches(t, article.places[key]!)));

      const violations: string[] = [];
      // Must-not-plot places occur only inside organisation names: nothing plotted may stand on those mentions.
      for (const key of article.mustNotPlot) {
        for (const g of article.toponyms.filter((x) => x.place === key)) {
          for (const t of toponyms.filter(plotted)) {
            if (t.start < g.end && g.start < t.end) violations.push(`must-not-plot ${key} plotted as "${t.text}"`);
          }
        }
      }
      for (const trap of article.traps) {
        for (const surface of trap.surface.split(/\s*\/\s*|,\s+/)) {
          const spans = occurrences(article.goldText, surface);
          const inside = toponyms.filter((t) => plotted(t) && spans.some(([s, e]) => t.start >= s && t.end <= e));
          if (trap.action === 'do-not-plot') {
            for (const t of inside) violations.push(`trap "${surface}" plotted as "${t.text}" → ${t.place?.id}`);
          } else {
            // Plot only as intended: wherever the gold places this surface, the geoparser must agree.
            const intended = article.toponyms.filter((g) => g.surface === surface).map((g) => article.places[g.place]!);
            for (const t of inside) {
              if (!intended.some((g) => matches(t, g))) violations.push(`trap "${surface}" plotted as ${t.place?.id}, not as intended`);
            }
          }
        }
      }
      console.log(`${id}: required ${article.required.length - missing.length}/${article.required.length}, traps plotted ${violations.length}${missing.length ? `, missing ${missing.join(' ')}` : ''}${violations.length ? `; ${violations.join('; ')}` : ''}`);
      expect(missing).toEqual([]);
      expect(violations).toEqual([]);
    });
  }
});
