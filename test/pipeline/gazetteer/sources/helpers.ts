import type { GazetteerRow } from '../../../../src/pipeline/gazetteer/row.js';

/**
 * A fold for the coverage checks only (the matcher has its own normaliser): case, diacritics, apostrophes, dots
 * and hyphens, so "Dar'a" = "Dar‘a", "U.S." = "US", "Öncüpınar" = "Oncupinar".
 */
export function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/ı/g, 'i')
    .toLowerCase()
    .replace(/['`‘’ʿʾ.]/g, '')
    .replace(/[-‐–]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Every folded form a row can be matched by: name, variants and demonyms. */
export function foldedNames(row: GazetteerRow): Set<string> {
  return new Set([row.name, ...row.variants, ...(row.demonyms ?? [])].map(fold));
}

export function distanceKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = (d: number) => (d * Math.PI) / 180;
  const a =
    Math.sin(rad(lat2 - lat1) / 2) ** 2 + Math.cos(rad(lat1)) * Math.cos(rad(lat2)) * Math.sin(rad(lon2 - lon1) / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.sqrt(a));
}
