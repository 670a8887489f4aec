import type { Place, Precision } from '../../model/contract.js';
import { nameKeys } from './normalise.js';
import type { GazetteerLayer, GazetteerRow } from './row.js';
import { keyFacts, MainKeys } from './key-facts.js';
import { KeyTable, packKeyTable, type KeyEntry } from './key-table.js';
import { buildPlaceFacts, stringCodes, type PlaceFacts } from './place-facts.js';

/** A place as the matcher and resolver see it: the published Place plus the priors resolution needs. */
export type PlaceRecord = {
  id: string;
  name: string;
  kind: string;
  precision: Precision;
  country: string | null;
  admin1?: string;
  /** GeoNames admin1 code (TX, 01...) when known: lets "Paris, Texas" check membership. */
  admin1Code?: string;
  lat: number;
  lon: number;
  population: number;
  /** GeoNames alternate names (see GazetteerRow.alternateNameCount); 0 when unknown. */
  alternateNames: number;
  featureCode?: string;
  layer: GazetteerLayer;
  source: string;
  licence: string;
};

/**
 * The compiled gazetteer. `lookup` maps a normalised name key (folded tokens joined by spaces) to the places that
 * carry that name (best prior first), the places a demonym refers to, and whether some longer key starts with
 * this one, so the matcher stops extending a span as soon as no longer name can follow. Each span costs one hash
 * probe: the cost per token does not grow with the number of places.
 */
export type PlaceIndex = {
  /** Number of places; `place(i)` for 0 <= i < count. */
  count: number;
  /** The place at index i (decoded on first use when the index came from the cache). */
  place(i: number): PlaceRecord;
  lookup: KeyTable;
  /** Longest key in tokens. */
  maxTokens: number;
  /** The fields scoring reads, as columns (place-facts.ts): no PlaceRecord is decoded for a place that is not output. */
  facts: PlaceFacts;
};

export type { KeyEntry } from './key-table.js';

const ADMIN_KINDS = new Set(['province', 'governorate', 'district', 'subdistrict', 'state', 'county', 'region']);

export const LAYER_RANK: Record<GazetteerLayer, number> = { regional: 0, country: 1, region: 2, county: 3, geonames: 4 };

export function toPlace(p: PlaceRecord): Place {
  const place: Place = {
    id: p.id,
    name: p.name,
    kind: p.kind,
    precision: p.precision,
    country: p.country,
    lon: p.lon,
    lat: p.lat,
    source: p.source,
    licence: p.licence,
  };
  if (p.admin1) place.admin1 = p.admin1;
  return place;
}

function priorOrder(a: PlaceRecord, b: PlaceRecord): number {
  return LAYER_RANK[a.layer] - LAYER_RANK[b.layer] || b.population - a.population || a.id.localeCompare(b.id);
}

type RowWithCode = GazetteerRow & { admin1Code?: string };

/**
 * Compile rows from every layer into one index. A GeoNames row whose id a curated row already carries
 * (geonamesId) is folded into the curated row: the curated coordinates and kind win, its names are kept.
 */
export function compilePlaceIndex(rows: readonly RowWithCode[]): PlaceIndex {
  const curatedByGeonames = new Map<number, number>();
  const places: PlaceRecord[] = [];
  const namesOf: Set<string>[] = [];
  const demonymsOf: string[][] = [];

  const ordered = [...rows].sort((a, b) => LAYER_RANK[a.layer] - LAYER_RANK[b.layer]);
  for (const row of ordered) {
    if (row.layer === 'geonames' && row.geonamesId !== undefined) {
      const twin = curatedByGeonames.get(row.geonamesId);
      if (twin !== undefined) {
        namesOf[twin]!.add(row.name);
        for (const v of row.variants) namesOf[twin]!.add(v);
        const rec = places[twin]!;
        if (!rec.population && row.population) rec.population = row.population;
        if (!rec.alternateNames && row.alternateNameCount) rec.alternateNames = row.alternateNameCount;
        if (!rec.admin1Code && row.admin1Code) rec.admin1Code = row.admin1Code;
        continue;
      }
    }
    const idx = places.length;
    const rec: PlaceRecord = {
      id: row.id,
      name: row.name,
      kind: row.kind,
      precision: row.precision,
      country: row.country,
      lat: row.lat,
      lon: row.lon,
      population: row.population ?? 0,
      alternateNames: row.alternateNameCount ?? 0,
      layer: row.layer,
      source: row.source,
      licence: row.licence,
    };
    if (row.admin1) rec.admin1 = row.admin1;
    if (row.admin1Code) rec.admin1Code = row.admin1Code;
    if (row.featureCode) rec.featureCode = row.featureCode;
    places.push(rec);
    namesOf.push(new Set([row.name, ...row.variants]));
    demonymsOf.push(row.demonyms ?? []);
    if (row.layer !== 'geonames' && row.geonamesId !== undefined) curatedByGeonames.set(row.geonamesId, idx);
  }

  const names = new Map<string, number[]>();
  const demonyms = new Map<string, number[]>();
  const add = (map: Map<string, number[]>, key: string, idx: number) => {
    const list = map.get(key);
    if (!list) map.set(key, [idx]);
    else if (!list.includes(idx)) list.push(idx);
  };
  const keysOf: string[][] = places.map(() => []);
  const bareOf = new Map<number, string>();
  for (let i = 0; i < places.length; i++) {
    const kind = places[i]!.kind;
    for (const name of namesOf[i]!) {
      for (const key of nameKeys(name)) {
        if (!key) continue;
        add(names, key, i);
        keysOf[i]!.push(key);
        // "Aleppo Governorate" is also written "Aleppo" + a cue word ("Aleppo province", "province of Aleppo"):
        // index the bare name too; the resolver prefers it only when such a cue is present.
        const generic = / (governorate|province|oblast|prefecture|district|subdistrict)$/.exec(key);
        if (generic && ADMIN_KINDS.has(kind)) {
          const bare = key.slice(0, generic.index);
          add(names, bare, i);
          bareOf.set(i, bare);
        }
      }
    }
  }
  // A division named after its seat is spelled like it: "Deraa province" when the city's row knows "Deraa".
  for (const [i, bare] of bareOf) {
    const admin = places[i]!;
    for (const j of names.get(bare) ?? []) {
      const seat = places[j]!;
      if (j === i || seat.country !== admin.country || ADMIN_KINDS.has(seat.kind) || seat.layer === 'country') continue;
      for (const key of keysOf[j]!) if (key.length > 3) add(names, key, i);
    }
  }
  for (let i = 0; i < places.length; i++) {
    for (const dem of demonymsOf[i]!) for (const key of nameKeys(dem)) if (key) add(demonyms, key, i);
  }
  const byPrior = (a: number, b: number) => priorOrder(places[a]!, places[b]!);
  for (const list of names.values()) list.sort(byPrior);
  for (const list of demonyms.values()) list.sort(byPrior);
  return finishIndex(places, names, demonyms);
}

/** Merge names, demonyms and their token prefixes into one lookup table. */
export function finishIndex(
  places: PlaceRecord[],
  names: Map<string, number[]>,
  demonyms: Map<string, number[]>,
): PlaceIndex {
  const lookup = new Map<string, KeyEntry>();
  const entry = (key: string): KeyEntry => {
    let e = lookup.get(key);
    if (!e) {
      e = { names: null, demonyms: null, prefix: false };
      lookup.set(key, e);
    }
    return e;
  };
  for (const [key, list] of names) entry(key).names = list;
  for (const [key, list] of demonyms) entry(key).demonyms = list;
  let maxTokens = 1;
  for (const key of [...lookup.keys()]) {
    let sp = key.indexOf(' ');
    let count = 1;
    while (sp >= 0) {
      entry(key.slice(0, sp)).prefix = true;
      count++;
      sp = key.indexOf(' ', sp + 1);
    }
    if (count > maxTokens) maxTokens = count;
  }
  const mainKeys = new MainKeys(places);
  for (const [key, e] of lookup) e.facts = keyFacts(key, e, places, names, mainKeys);
  const facts = buildPlaceFacts(places.length, (i) => places[i]!, stringCodes());
  return { count: places.length, place: (i) => places[i]!, lookup: new KeyTable(packKeyTable(lookup)), maxTokens, facts };
}
