/**
 * The data contract between the pipeline (Node) and the app (browser).
 *
 * Everything the site loads from `public/data/` is described here and nowhere else. This module must stay free of
 * Node and DOM imports so both sides can use it.
 */

/** Bumped whenever a published file changes shape; the app refuses data of another version with a clear message. */
export const DATA_SCHEMA_VERSION = 3;

/** Where an article's publication date came from. */
export type Provenance = 'front-matter' | 'text' | 'curated' | 'inferred' | 'none';

export type PublishedDate = {
  /** ISO calendar date, YYYY-MM-DD, or null when undated. */
  date: string | null;
  provenance: Provenance;
  /** Human-readable evidence: the line or field it was read from, or the curator's reasoning. */
  note?: string;
  /** Set when the date text could be read two ways (e.g. 07/02/2016) and the configured order decided. */
  ambiguous?: boolean;
  /** Earliest and latest plausible day for an inferred date. */
  window?: [string, string];
};

export type Article = {
  /** Stable id derived from the source file name; used in URLs. */
  id: string;
  title: string;
  outlet?: string;
  author?: string;
  /** Link to the original; only http(s) URLs are ever published. */
  url?: string;
  published: PublishedDate;
  /** Path of the source file relative to the articles folder. */
  sourceFile: string;
};

/**
 * How a place name is used in its sentence.
 * - literal: the place as a location ("fled Aleppo", "north of Aleppo")
 * - metonymic: the name stands for a government or people ("Moscow said")
 * - adjectival: a place name modifying a noun ("Geneva talks", "Aleppo rebel groups")
 * - demonym: a people/adjective form ("Syrian side", "Turkish border")
 * - dateline: the filing location opening a wire story ("BEIRUT")
 */
export type Role = 'literal' | 'metonymic' | 'adjectival' | 'demonym' | 'dateline';
export const ROLES: readonly Role[] = ['literal', 'dateline', 'metonymic', 'adjectival', 'demonym'];
/** Roles shown on the map unless the user asks for more. */
export const DEFAULT_VISIBLE_ROLES: readonly Role[] = ['literal', 'dateline'];

/** How precisely a published coordinate locates the place: a province centroid is not a street corner. */
export type Precision = 'point' | 'neighbourhood' | 'city' | 'province' | 'country' | 'region';

export type Place = {
  /** Stable id with its source as prefix, e.g. `geonames:170063`, `regional:handarat`, `country:SY`. */
  id: string;
  name: string;
  /** city | town | village | neighbourhood | camp | border-crossing | province | district | subdistrict | country | region | other */
  kind: string;
  precision: Precision;
  /** ISO 3166-1 alpha-2, or null for places that belong to no single country (regions, seas). */
  country: string | null;
  admin1?: string;
  lon: number;
  lat: number;
  /** Dataset the coordinate comes from, e.g. "GeoNames cities500", "OpenSyria data-geography". */
  source: string;
  licence: string;
};

/** A date an excerpt says something happened on, with the words that said so. */
export type EventDate = {
  date: string;
  /** The words in the excerpt that gave the date ("on Friday"). */
  text: string;
};

export type Mention = {
  /** Stable id: `${article}:${ordinal}`. */
  id: string;
  /** Place.id */
  place: string;
  /** Article.id */
  article: string;
  role: Role;
  /** The name as written. */
  surface: string;
  /** The sentence the name stands in. Plain text: the app renders it as text, never as markup. */
  excerpt: string;
  /** UTF-16 offsets of `surface` inside `excerpt`: excerpt.slice(start, end) === surface. */
  start: number;
  end: number;
  /** How sure the geoparser is that this name means this place, 0..1. */
  confidence: number;
  eventDate?: EventDate;
};

/** Properties of each feature in places.geojson (coordinates live in the geometry). */
export type PlaceProperties = Omit<Place, 'lon' | 'lat'> & {
  /** Mentions of this place across all articles and roles. */
  mentions: number;
};

export type PlaceFeature = {
  type: 'Feature';
  id?: number;
  geometry: { type: 'Point'; coordinates: [number, number] };
  properties: PlaceProperties;
};

/** public/data/places.geojson (RFC 7946). */
export type PlacesCollection = { type: 'FeatureCollection'; features: PlaceFeature[] };

/** public/data/articles.json */
export type ArticlesFile = { schema: number; articles: Article[] };

/**
 * The mentions are published in two files, both in columns (entry i of every column describes mention i), so the
 * browser parses lists of numbers instead of 100k objects (src/model/mention-columns.ts converts both ways):
 * - mentions.json: what the map, the timeline and the filters need, parsed before the map is drawn;
 * - excerpts.json: what a reader opens (the sentences, offsets and confidence), half the bytes at 100k mentions,
 *   loaded once the map is drawn.
 *
 * Mentions are grouped by article, in articles.json order, each article's in reading order. A Mention is recovered
 * exactly: `id` is `${article id}:${n}` with n counting from 1 within the article; `surface` is
 * `excerpt.slice(start, end)`; `confidence` is stored in thousandths.
 */
export type MentionsFile = {
  schema: number;
  /** The role names the `role` column indexes. */
  roles: Role[];
  /** Each distinct event date (date and the words that gave it) once; the `eventDate` column indexes it. */
  eventDates: EventDate[];
  /** How many mentions each article has, in articles.json order: the first perArticle[0] mentions are article 0's. */
  perArticle: number[];
  /** Position of the mention's place in places.geojson's features (also the map feature id). */
  place: number[];
  role: number[];
  /** Index into `eventDates`, or -1 when the excerpt gives no date. */
  eventDate: number[];
};

/** public/data/excerpts.json: the words of each mention of mentions.json, in the same order. */
export type ExcerptsFile = {
  schema: number;
  /** Each distinct excerpt sentence once; the `excerpt` column indexes it. */
  excerpts: string[];
  excerpt: number[];
  /** UTF-16 offsets of the name inside its excerpt. */
  start: number[];
  end: number[];
  /** How sure the geoparser is, in thousandths (0..1000). */
  confidence: number[];
};

export type FileProblem = { file: string; problem: string };

/** A name the curator might want to add to (or fix in) the gazetteer. */
export type CuratorItem = { name: string; count: number; articles: string[]; note?: string };

/** public/data/report.json: what the last data build did. */
export type BuildReport = {
  schema: number;
  filesRead: number;
  articles: number;
  places: number;
  mentions: number;
  /** Ids of articles with no publication date: kept and shown as undated. */
  undated: string[];
  /** Files that could not be built; every other article still was. */
  errors: FileProblem[];
  /** Built, but worth a look (ambiguous dates, dropped links...). */
  warnings: FileProblem[];
  /** Capitalised names that matched nothing in the gazetteer. */
  unmatched: CuratorItem[];
  /** Names recognised as places but not resolved to one. */
  unplaced: CuratorItem[];
  /** Names resolved with low confidence. */
  lowConfidence: CuratorItem[];
};

/**
 * public/data/view.json: where the map opens, [[west, south], [east, north]], for the default filters (see
 * src/model/opening-view.ts); null when no mention is shown by default. Tiny, read before the map is made.
 */
export type ViewFile = { schema: number; bounds: [[number, number], [number, number]] | null };

/** Names of the published files, relative to the site's data folder. */
export const DATA_FILES = {
  places: 'places.geojson',
  articles: 'articles.json',
  mentions: 'mentions.json',
  excerpts: 'excerpts.json',
  report: 'report.json',
  view: 'view.json',
} as const;
