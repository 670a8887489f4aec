import type { Precision } from '../../model/contract.js';

/** The layer a gazetteer row comes from; earlier layers win ties in their own region. */
export type GazetteerLayer = 'regional' | 'country' | 'region' | 'county' | 'geonames';

/**
 * One place in the bundled gazetteer, whatever its source. Every layer (curated regional rows, countries, large
 * regions, US counties, GeoNames cities500) is turned into rows of this shape before the matcher is compiled.
 */
export type GazetteerRow = {
  /** Stable id with its source as prefix: `regional:handarat`, `country:SY`, `region:middle-east`, `geonames:170063`. */
  id: string;
  name: string;
  /** city | town | village | neighbourhood | camp | border-crossing | province | district | subdistrict | country | region | other */
  kind: string;
  precision: Precision;
  /** ISO 3166-1 alpha-2, or null (regions, seas). */
  country: string | null;
  admin1?: string;
  lat: number;
  lon: number;
  /** Other spellings news uses (Deraa / Daraa / Dar'a). Matching also folds case, diacritics and punctuation. */
  variants: string[];
  /** Adjective/people forms that refer to the place (Syrian, Turkish), for countries and regions. */
  demonyms?: string[];
  population?: number;
  /**
   * How many alternate names GeoNames lists (all languages): a proxy for how widely known a place is. Genève has 48,
   * the Genevas of the United States 0–15; news names the famous one far more often than population alone says.
   */
  alternateNameCount?: number;
  /** GeoNames feature code when known (PPLC, PPLA, ADM1, PCLI...): a prior for resolution. */
  featureCode?: string;
  /** GeoNames id when known, so a curated row and its cities500 twin are recognised as one place. */
  geonamesId?: number;
  /**
   * Id of the place this row's bare name usually means in news, when that is another place: the Aleppo governorate
   * row says `regional:aleppo` (Aleppo city; a `geonames:N` id when the town has no curated row). Pick this row for
   * a bare mention only when a cue says so ("Aleppo province", "province of Deraa", "Azaz district"); otherwise
   * prefer the referenced place.
   */
  bareNamePrefers?: string;
  layer: GazetteerLayer;
  /** Human-readable dataset name and licence, shown in the site's attribution. */
  source: string;
  licence: string;
};
