/**
 * Checks the published files before the app trusts them: right schema version, the fields the app reads present.
 * Pure (no fetch, no DOM) so it is unit-tested in Node. Every failure is one sentence naming the file.
 */
import {
  DATA_FILES,
  DATA_SCHEMA_VERSION,
  type Article,
  type BuildReport,
  type ExcerptsFile,
  type MentionsFile,
  type PlaceFeature,
  type PlacesCollection,
} from '../../model/contract.js';
import {
  excerptsFileProblem,
  mentionColumns,
  mentionsFileProblem,
  mentionTexts,
  type MentionColumns,
  type MentionKeys,
  type MentionTexts,
} from '../../model/mention-columns.js';

export type SiteData = {
  places: PlaceFeature[];
  articles: Article[];
  /**
   * The mentions as typed columns, without their words (excerpts.json, see validateTexts): with those,
   * `mentionAt(mentions, texts, i, keys)` gives one as a Mention object.
   */
  mentions: MentionColumns;
  /** Place and article ids by position, what the mention columns point at. */
  keys: MentionKeys;
  report: BuildReport | null;
};

export class DataError extends Error {
  override name = 'DataError';
}

export type RawFiles = { places: unknown; articles: unknown; mentions: unknown; report: unknown };

export function validateSiteData(raw: RawFiles): SiteData {
  const articles = versioned(raw.articles, DATA_FILES.articles)['articles'] as Article[];
  if (!Array.isArray(articles)) throw new DataError(`${DATA_FILES.articles}: "articles" is not a list`);
  const mentionsFile = versioned(raw.mentions, DATA_FILES.mentions);
  const places = placeFeatures(raw.places);
  for (const a of articles) {
    if (typeof a?.id !== 'string' || typeof a.title !== 'string' || typeof a.published !== 'object' || a.published === null) {
      throw new DataError(`${DATA_FILES.articles}: an article lacks id, title or published`);
    }
  }
  const problem = mentionsFileProblem(mentionsFile, { places: places.length, articles: articles.length });
  if (problem) throw new DataError(problem);
  // The report is informative only: a missing or old one must not stop the map.
  const report = isRecord(raw.report) && raw.report['schema'] === DATA_SCHEMA_VERSION ? (raw.report as BuildReport) : null;
  const keys = { placeIds: places.map((f) => f.properties.id), articleIds: articles.map((a) => a.id) };
  return { places, articles, mentions: mentionColumns(mentionsFile as MentionsFile), keys, report };
}

/** excerpts.json, checked against the `count` mentions of the site data it belongs to. */
export function validateTexts(raw: unknown, count: number): MentionTexts {
  const file = versioned(raw, DATA_FILES.excerpts);
  const problem = excerptsFileProblem(file, count);
  if (problem) throw new DataError(problem);
  return mentionTexts(file as ExcerptsFile);
}

/** The file as an object, after checking its schema version. */
function versioned(value: unknown, file: string): Record<string, unknown> {
  if (!isRecord(value)) throw new DataError(`${file}: not a JSON object`);
  if (value['schema'] !== DATA_SCHEMA_VERSION) {
    throw new DataError(
      `${file}: data schema ${String(value['schema'])}, this app reads schema ${DATA_SCHEMA_VERSION}; rebuild the data with npm run data`,
    );
  }
  return value;
}

function placeFeatures(value: unknown): PlaceFeature[] {
  const file = DATA_FILES.places;
  if (!isRecord(value) || value['type'] !== 'FeatureCollection' || !Array.isArray(value['features'])) {
    throw new DataError(`${file}: not a GeoJSON FeatureCollection`);
  }
  for (const f of (value as PlacesCollection).features) {
    const c = f?.geometry?.coordinates;
    const ok =
      f?.geometry?.type === 'Point' &&
      Array.isArray(c) &&
      Number.isFinite(c[0]) &&
      Number.isFinite(c[1]) &&
      typeof f.properties?.id === 'string' &&
      typeof f.properties.name === 'string';
    if (!ok) throw new DataError(`${file}: a feature is not a Point with an id and a name`);
  }
  return (value as PlacesCollection).features;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
