import { createRequire } from 'node:module';
import type { GazetteerRow } from './row.js';

/**
 * Countries from world-countries (ODbL), used only when the curated country layer (sources/) is not available.
 * The curated layer is richer (news spellings, demonym lists); this keeps the geoparser usable on its own.
 */
type WorldCountry = {
  cca2: string;
  name: { common: string; official: string };
  altSpellings: string[];
  demonyms?: { eng?: { m: string; f: string } };
  latlng: [number, number];
};

const NEWS_CODES = new Set(['US', 'USA', 'UK', 'UAE', 'DRC', 'PRC', 'DPRK', 'KSA']);

export function fallbackCountryRows(): GazetteerRow[] {
  const require = createRequire(import.meta.url);
  const countries = require('world-countries') as WorldCountry[];
  return countries.map((c) => {
    const variants = new Set<string>([c.name.official, ...c.altSpellings]);
    variants.delete(c.name.common);
    const demonyms = new Set<string>();
    if (c.demonyms?.eng) {
      demonyms.add(c.demonyms.eng.m);
      demonyms.add(c.demonyms.eng.f);
    }
    return {
      id: `country:${c.cca2}`,
      name: c.name.common,
      kind: 'country',
      precision: 'country' as const,
      country: c.cca2,
      lat: c.latlng[0],
      lon: c.latlng[1],
      // altSpellings hold ISO codes ("BY", "AS", "IN", "NO"): ordinary words in headlines. Keep the few codes news
      // really writes for a country, drop the rest.
      variants: [...variants].filter((v) => v.replace(/\W/g, '').length > 3 || NEWS_CODES.has(v)),
      demonyms: [...demonyms],
      layer: 'country' as const,
      source: 'world-countries',
      licence: 'ODbL 1.0',
    };
  });
}
