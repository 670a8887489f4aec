/**
 * The rows an export writes: one per shown mention, flat, with everything a reader needs to check it (place and
 * coordinates, article and link, both dates, the sentence, role and confidence). Pure: CSV and GeoJSON are built
 * from these.
 *
 * @example
 * const rows = exportRows({ ...data, texts }, view.visible);   // view from applyDates (src/model/filter.ts)
 * const csv = toCsv(rows);                        // src/app/export/csv.ts
 * const geojson = toMentionsGeoJson(rows);        // src/app/export/geojson.ts
 */
import type { Article, PlaceFeature, Role } from '../../model/contract.js';
import { mentionAt, type MentionColumns, type MentionKeys, type MentionTexts } from '../../model/mention-columns.js';

export type ExportRow = {
  mentionId: string;
  placeId: string;
  placeName: string;
  placeKind: string;
  /** How precisely lon/lat locate the place (a province centroid is not a point). */
  precision: string;
  country: string | null;
  lon: number;
  lat: number;
  articleId: string;
  title: string;
  outlet: string | null;
  url: string | null;
  /** Publication date (YYYY-MM-DD) or null when undated. */
  published: string | null;
  eventDate: string | null;
  /** The words that gave the event date ("on Friday"). */
  eventDateText: string | null;
  role: Role;
  confidence: number;
  surface: string;
  excerpt: string;
};

/** Column order for CSV, also the property order in GeoJSON. */
export const EXPORT_COLUMNS: readonly (keyof ExportRow)[] = [
  'mentionId', 'placeId', 'placeName', 'placeKind', 'precision', 'country', 'lon', 'lat', 'articleId', 'title', 'outlet',
  'url', 'published', 'eventDate', 'eventDateText', 'role', 'confidence', 'surface', 'excerpt',
];

export type ExportInput = {
  places: readonly PlaceFeature[];
  articles: readonly Article[];
  mentions: MentionColumns;
  texts: MentionTexts;
  keys: MentionKeys;
};

/** Rows for the given mention positions, in that order. Mentions whose place or article is missing are skipped. */
export function exportRows(data: ExportInput, positions: ArrayLike<number>): ExportRow[] {
  const rows: ExportRow[] = [];
  for (let i = 0; i < positions.length; i++) {
    const position = positions[i]!;
    if (!(position >= 0 && position < data.mentions.count)) continue;
    const place = data.places[data.mentions.place[position]!];
    const article = data.articles[data.mentions.article[position]!];
    if (!place || !article) continue;
    const mention = mentionAt(data.mentions, data.texts, position, data.keys);
    const [lon, lat] = place.geometry.coordinates;
    rows.push({
      mentionId: mention.id,
      placeId: place.properties.id,
      placeName: place.properties.name,
      placeKind: place.properties.kind,
      precision: place.properties.precision,
      country: place.properties.country,
      lon,
      lat,
      articleId: article.id,
      title: article.title,
      outlet: article.outlet ?? null,
      url: article.url ?? null,
      published: article.published.date,
      eventDate: mention.eventDate?.date ?? null,
      eventDateText: mention.eventDate?.text ?? null,
      role: mention.role,
      confidence: mention.confidence,
      surface: mention.surface,
      excerpt: mention.excerpt,
    });
  }
  return rows;
}

/** 'newsmap-mentions-2016-02-01_2016-02-29.csv', or '…-all.csv' without a range. Safe on every file system. */
export function exportFileName(what: 'mentions' | 'places', extension: 'csv' | 'geojson', range: { from: string; to: string } | null): string {
  const span = range ? `${range.from}_${range.to}` : 'all';
  return `newsmap-${what}-${span}.${extension}`.replace(/[^\w.-]/g, '_');
}
