import { createRequire } from 'node:module';
import type { Country } from 'world-countries';
import type { GazetteerRow } from '../row.js';
import { DEFAULT_GAZETTEER_DIR } from './files.js';
import { GEONAMES_POINT_SOURCE, loadGeonamesPoints } from './geonames-points.js';

/**
 * Countries layer: every entry of the npm package world-countries (mledoze/countries, ODbL 1.0) as a row with its
 * common and official names, the alternative spellings that are safe to match in running English text, and its
 * English demonyms. Representative point: GeoNames' point for the country when data/gazetteer/points-geonames.tsv
 * has one (where news corpora and other geoparsers put a country), else world-countries' `latlng` (a rounded
 * interior point).
 */

export const COUNTRY_SOURCE = 'world-countries (github.com/mledoze/countries)';
export const COUNTRY_LICENCE = 'ODbL-1.0';

/** English news names where world-countries' common name differs from what newsrooms write. */
const NAME_OVERRIDES: Record<string, string> = { TR: 'Turkey' };

/**
 * Spellings news uses that world-countries lacks (or files only as an official name). Dotted abbreviations are
 * spelled out because a matcher may or may not drop the dots.
 */
const EXTRA_VARIANTS: Record<string, string[]> = {
  US: ['U.S.', 'U.S.A.', 'America', 'United States', 'USA', 'US'],
  GB: ['U.K.', 'UK', 'Britain', 'Great Britain', 'United Kingdom'],
  TR: ['Türkiye', 'Turkiye', 'Republic of Turkey'],
  AE: ['U.A.E.', 'UAE'],
  SA: ['KSA'],
  IR: ['Persia'],
  RU: ['Russian Federation'],
  SY: ['Syrian Arab Republic'],
  CZ: ['Czech Republic'],
  NL: ['Holland'],
  CI: ["Côte d'Ivoire"],
  MM: ['Burma'],
  BA: ['Bosnia'],
  MK: ['Macedonia'],
  CD: ['Democratic Republic of the Congo', 'Democratic Republic of Congo', 'DRC', 'DR Congo', 'Congo-Kinshasa'],
  CG: ['Congo-Brazzaville', 'Republic of Congo'],
  PS: ['Palestinian territories', 'Occupied Palestinian Territories', 'occupied Palestinian territory'],
  VA: ['Holy See', 'Vatican'],
  SZ: ['Swaziland'],
  TL: ['East Timor'],
  CV: ['Cabo Verde'],
  KP: ['DPRK'],
  CN: ["People's Republic of China"],
  TW: ['Republic of China'],
  KZ: ['Kazakstan'],
  KG: ['Kirghizia'],
};

/**
 * altSpellings that are not safe as names in English text: ordinary words ("Island" is Iceland's own name,
 * "Prathet" is Thai for country), demonyms filed as spellings ("Saudi", "Thai", "Togolese": "Saudi offer" must not
 * become a place), names shared with something else news mentions more ("Emirates" the airline, "Congo" for two
 * countries, "Timor" the island, "Mann" the surname), and ceremonial epithets nobody writes.
 */
const UNSAFE_VARIANTS = new Set(
  [
    'Island',
    'Prathet',
    'Saudi',
    'Thai',
    'Togolese',
    'Emirates',
    'Congo',
    'Timor',
    'Mann',
    'Mannin',
    'Zhonghua',
    'Lao',
    'the Abode of Peace',
    'Nation of Brunei',
    'Pleasant Island',
    'Portuguesa',
    'Mexicanos',
    'Dominique',
    'Viti',
    'Guyane',
    'Guiana', // French Guiana's short form, also Guyana and the whole Guianas region
  ].map((v) => v.toLowerCase()),
);

/** Codes newsrooms write as names. Every other 2–3 letter capital code ("BY", "IN", "NO", "RSA") is dropped. */
const NEWS_CODES = new Set(['US', 'USA', 'UK', 'UAE', 'DRC', 'DPRK', 'KSA', 'PRC']);

/** Demonyms missing from world-countries or spelled there in a form news rarely uses. */
const EXTRA_DEMONYMS: Record<string, string[]> = {
  SA: ['Saudi'],
  TH: ['Thai'],
  TJ: ['Tajik'],
  KG: ['Kyrgyz'],
  UZ: ['Uzbek'],
  MV: ['Maldivian'],
  CV: ['Cape Verdean'],
  PH: ['Philippine'],
};

/** Demonyms another, far more often reported country owns: "Dominican" means the Dominican Republic, not Dominica. */
const DROPPED_DEMONYMS: Record<string, string[]> = { DM: ['Dominican'] };

/** GeoNames-style feature codes, so the resolver can rank a sovereign state above a dependency of the same name. */
const SOVEREIGN = 'PCLI';
const DEPENDENT = 'PCLD';

function loadWorldCountries(): Country[] {
  // JSON through require: world-countries' ESM entry re-exports JSON without an import attribute.
  return createRequire(import.meta.url)('world-countries/countries.json') as Country[];
}

function isSafeVariant(value: string): boolean {
  if (UNSAFE_VARIANTS.has(value.toLowerCase())) return false;
  // Inverted list forms ("Iran, Islamic Republic of") never occur in running text.
  if (value.includes(', ')) return false;
  // A leading article is the matcher's business: "The Netherlands" as a name would swallow "the" into the mention.
  if (/^the /i.test(value)) return false;
  if (/^[A-Z]{2,4}$/.test(value)) return NEWS_CODES.has(value);
  return value.replace(/[^\p{L}]/gu, '').length >= 3;
}

/** A demonym field can hold two ("Antiguan, Barbudan", "Kittitian or Nevisian"). */
function splitDemonym(value: string): string[] {
  return value
    .split(/, | or /)
    .map((d) => d.trim())
    .filter(Boolean);
}

export function loadCountryRows(dir: string = DEFAULT_GAZETTEER_DIR): GazetteerRow[] {
  const countries = loadWorldCountries();
  const points = loadGeonamesPoints(dir);
  // A demonym shared by a sovereign state and a dependency ("French": France and the French Southern Lands,
  // "American": the US and the Northern Mariana Islands) belongs to the sovereign state.
  const sovereignDemonyms = new Set<string>();
  for (const c of countries) {
    if (c.independent) for (const d of demonymsOf(c)) sovereignDemonyms.add(d);
  }
  const rows = countries.map((c): GazetteerRow => {
    const name = NAME_OVERRIDES[c.cca2] ?? c.name.common;
    const variants: string[] = [];
    const add = (v: string) => {
      const value = v.trim();
      if (value && value !== name && !variants.includes(value)) variants.push(value);
    };
    if (name !== c.name.common) add(c.name.common);
    add(c.name.official);
    for (const alt of c.altSpellings) if (isSafeVariant(alt)) add(alt);
    for (const extra of EXTRA_VARIANTS[c.cca2] ?? []) add(extra);
    const folded = new Set([name, ...variants].map((v) => v.toLowerCase()));
    const demonyms = demonymsOf(c).filter(
      (d) =>
        !folded.has(d.toLowerCase()) &&
        (c.independent || !sovereignDemonyms.has(d)) &&
        !(DROPPED_DEMONYMS[c.cca2] ?? []).includes(d),
    );
    const point = points.country(c.cca2);
    const row: GazetteerRow = {
      id: `country:${c.cca2}`,
      name,
      kind: 'country',
      precision: 'country',
      country: c.cca2,
      lat: point ? point.lat : c.latlng[0],
      lon: point ? point.lon : c.latlng[1],
      variants,
      featureCode: c.independent ? SOVEREIGN : DEPENDENT,
      layer: 'country',
      source: point ? `${COUNTRY_SOURCE}; ${GEONAMES_POINT_SOURCE}` : COUNTRY_SOURCE,
      licence: COUNTRY_LICENCE,
    };
    if (demonyms.length > 0) row.demonyms = demonyms;
    return row;
  });
  return rows.sort((a, b) => a.id.localeCompare(b.id));
}

function demonymsOf(c: Country): string[] {
  const out: string[] = [];
  const eng = c.demonyms?.eng;
  for (const d of [eng?.m, eng?.f, ...(EXTRA_DEMONYMS[c.cca2] ?? [])]) {
    if (!d) continue;
    for (const part of splitDemonym(d)) if (!out.includes(part)) out.push(part);
  }
  return out;
}

/** Capital names per ISO code (world-countries), e.g. for reading "Moscow said" as the Russian state. */
export function countryCapitals(): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const c of loadWorldCountries()) if (c.capital.length > 0) out[c.cca2] = [...c.capital];
  return out;
}
