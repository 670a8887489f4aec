/**
 * Real places the synthetic corpus writes about, grouped by the region a story is set in. Every name is the main
 * GeoNames (cities500) spelling of a town of at least ~15,000 people in the listed country, so the normal geoparser
 * resolves it without help; the curated gazetteer (data/gazetteer/*.tsv), when present, adds its own places to the
 * region of their country (see placesFromGazetteerRows).
 */

export type SynthPlace = { name: string; country: string };
export type SynthRegion = { id: string; label: string; places: SynthPlace[] };

const region = (id: string, label: string, byCountry: Record<string, string>): SynthRegion => ({
  id,
  label,
  places: Object.entries(byCountry).flatMap(([country, names]) => names.split('|').map((name) => ({ name, country }))),
});

export const SYNTH_REGIONS: readonly SynthRegion[] = [
  region('levant', 'the Levant', {
    SY: 'Aleppo|Damascus|Homs|Hama|Idlib|Latakia|Raqqa|Deir ez-Zor|Tartus|Daraa|Palmyra|Manbij|Azaz|Afrin|Jarabulus|Saraqib',
    LB: 'Beirut|Sidon|Tyre|Baalbek',
    JO: 'Amman|Zarqa|Irbid',
    TR: 'Gaziantep|Kilis|Antakya|Sanliurfa|Adana',
  }),
  region('iraq', 'Iraq', {
    IQ: 'Baghdad|Mosul|Basra|Erbil|Kirkuk|Fallujah|Ramadi|Tikrit|Najaf|Karbala|Sulaymaniyah|Samarra',
  }),
  region('ukraine', 'Ukraine', {
    UA: 'Kyiv|Kharkiv|Odesa|Dnipro|Zaporizhzhia|Kherson|Lviv|Bakhmut|Mariupol|Sumy|Chernihiv|Poltava|Kramatorsk|Sloviansk|Izium',
  }),
  region('sahel', 'the Sahel', {
    ML: 'Bamako|Timbuktu|Gao|Mopti',
    NE: 'Niamey|Agadez',
    BF: 'Ouagadougou',
    NG: 'Kano|Maiduguri',
    TD: "N'Djamena",
  }),
  region('horn', 'Sudan and the Horn of Africa', {
    SD: 'Khartoum|Omdurman|El Fasher|Nyala|Port Sudan',
    ET: "Addis Ababa|Mek'ele|Gondar",
    SO: 'Mogadishu|Kismayo',
    KE: 'Nairobi',
    SS: 'Juba',
  }),
  region('southasia', 'Afghanistan and Pakistan', {
    AF: 'Kabul|Kandahar|Herat|Mazar-i-Sharif|Jalalabad',
    PK: 'Peshawar|Quetta|Karachi|Lahore|Islamabad',
  }),
  region('andes', 'Venezuela and Colombia', {
    VE: 'Caracas|Maracaibo',
    CO: 'Bogota|Medellin|Cali|Cucuta',
    EC: 'Quito|Guayaquil',
  }),
  region('myanmar', 'Myanmar and Bangladesh', {
    MM: 'Yangon|Mandalay|Sittwe',
    BD: 'Dhaka',
  }),
];

/** Where diplomats meet and governments speak from: mentioned now and then in every region's stories. */
export const DIPLOMATIC_CITIES: readonly SynthPlace[] = [
  { name: 'Geneva', country: 'CH' },
  { name: 'Brussels', country: 'BE' },
  { name: 'Vienna', country: 'AT' },
  { name: 'Cairo', country: 'EG' },
  { name: 'Doha', country: 'QA' },
  { name: 'Istanbul', country: 'TR' },
  { name: 'Ankara', country: 'TR' },
];

/** Kinds of curated gazetteer rows that read naturally as "the town of X". */
const POINT_KINDS = new Set(['city', 'town', 'village', 'neighbourhood', 'camp', 'border-crossing']);

/**
 * Adds curated gazetteer places (rows of data/gazetteer/*.tsv as { name, kind, country }) to the region that already
 * has places of their country, so the synthetic corpus exercises the curated spellings too.
 */
export function withGazetteerPlaces(
  regions: readonly SynthRegion[],
  rows: readonly { name: string; kind: string; country: string | null }[],
): SynthRegion[] {
  const out = regions.map((r) => ({ ...r, places: [...r.places] }));
  const regionOf = new Map<string, SynthRegion>();
  for (const r of out) for (const p of r.places) regionOf.set(p.country, r);
  for (const row of rows) {
    if (!row.country || !POINT_KINDS.has(row.kind) || !/^[A-Z][\p{L}' -]+$/u.test(row.name)) continue;
    const target = regionOf.get(row.country);
    if (target && !target.places.some((p) => p.name === row.name)) target.places.push({ name: row.name, country: row.country });
  }
  return out;
}
