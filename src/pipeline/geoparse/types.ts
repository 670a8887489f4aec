import type { Place, Role } from '../../model/contract.js';

/** One document in, as the geoparse command and the site build hand it over. */
export type GeoparseInput = {
  id: string;
  text: string;
  /** Publication date, YYYY-MM-DD, when known: anchors relative dates and nothing else. */
  published?: string;
};

/** A place name found in a document (GUIDE section 4, plus what the site needs). */
export type Toponym = {
  /** UTF-16 offsets into the input text, end exclusive. */
  start: number;
  end: number;
  text: string;
  role: Role;
  /** null when the name was recognised as a place but could not be resolved. */
  place: Place | null;
  /** 0..1: how sure the resolver is of `place`. */
  confidence: number;
};

export interface Geoparser {
  parse(doc: GeoparseInput): Toponym[];
}
