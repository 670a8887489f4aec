import type { GazetteerLayer } from './row.js';

/**
 * What the recogniser and the resolver weigh about every place, as flat typed arrays indexed by place: layer, kind,
 * feature code, country, first-level division, population, coordinates. A document weighs hundreds of candidate
 * places and outputs a few; reading these columns costs no object, no string comparison and no decoding of the
 * places that lose (a PlaceRecord is decoded only for the places a document outputs).
 *
 * Country and division codes are small integers that mean something only within one index (equal codes, equal
 * strings); 0 stands for "none".
 */
export type PlaceFacts = {
  layer: Uint8Array;
  kind: Uint8Array;
  feature: Uint8Array;
  country: Int32Array;
  admin1Code: Int32Array;
  population: Float64Array;
  alternateNames: Uint32Array;
  lat: Float64Array;
  lon: Float64Array;
  /** cos(latitude): the haversine needs it for every pair it measures. */
  cosLat: Float64Array;
};

export const LAYER: Record<GazetteerLayer, number> = { regional: 0, country: 1, region: 2, county: 3, geonames: 4 };

/** Kinds the scoring tells apart; every other kind is OTHER. */
export const KIND = {
  other: 0, province: 1, governorate: 2, district: 3, subdistrict: 4, state: 5, county: 6, region: 7, city: 8,
  town: 9, village: 10, neighbourhood: 11, camp: 12, 'border-crossing': 13, country: 14,
} as const;

/** province, governorate, district, subdistrict, state, county, region: the kinds an admin cue asks for. */
export function isAdminKind(kind: number): boolean {
  return kind >= KIND.province && kind <= KIND.region;
}

/** city, town, village. */
export function isSettlementKind(kind: number): boolean {
  return kind >= KIND.city && kind <= KIND.village;
}

/** GeoNames feature codes that carry a prior: capital, first- and second-level seat. */
export const FEATURE = { other: 0, PPLC: 1, PPLA: 2, PPLA2: 3 } as const;

export function kindCode(kind: string): number {
  return (KIND as Record<string, number>)[kind] ?? KIND.other;
}

export function featureCodeOf(code: string | undefined): number {
  return code === 'PPLC' ? FEATURE.PPLC : code === 'PPLA' ? FEATURE.PPLA : code === 'PPLA2' ? FEATURE.PPLA2 : FEATURE.other;
}

/** The string fields of one place the facts are made of. */
export type PlaceFields = {
  layer: GazetteerLayer;
  kind: string;
  featureCode?: string;
  country: string | null;
  admin1Code?: string;
  population: number;
  alternateNames: number;
  lat: number;
  lon: number;
};

/**
 * Columns for `count` places. `codeOf` turns a country or division code into its integer (stable per index);
 * `fields(i)` gives place i's fields.
 */
export function buildPlaceFacts(count: number, fields: (i: number) => PlaceFields, codeOf: (value: string) => number): PlaceFacts {
  const facts: PlaceFacts = {
    layer: new Uint8Array(count),
    kind: new Uint8Array(count),
    feature: new Uint8Array(count),
    country: new Int32Array(count),
    admin1Code: new Int32Array(count),
    population: new Float64Array(count),
    alternateNames: new Uint32Array(count),
    lat: new Float64Array(count),
    lon: new Float64Array(count),
    cosLat: new Float64Array(count),
  };
  for (let i = 0; i < count; i++) {
    const p = fields(i);
    facts.layer[i] = LAYER[p.layer];
    facts.kind[i] = kindCode(p.kind);
    facts.feature[i] = featureCodeOf(p.featureCode);
    facts.country[i] = p.country ? codeOf(p.country) : 0;
    facts.admin1Code[i] = p.admin1Code ? codeOf(p.admin1Code) : 0;
    facts.population[i] = p.population;
    facts.alternateNames[i] = p.alternateNames;
    facts.lat[i] = p.lat;
    facts.lon[i] = p.lon;
    facts.cosLat[i] = Math.cos(p.lat * RAD);
  }
  return facts;
}

export const RAD = Math.PI / 180;

/** A code per distinct string, from 1 (0 means none): for indexes compiled in memory. */
export function stringCodes(): (value: string) => number {
  const codes = new Map<string, number>();
  return (value) => {
    let code = codes.get(value);
    if (code === undefined) {
      code = codes.size + 1;
      codes.set(value, code);
    }
    return code;
  };
}
