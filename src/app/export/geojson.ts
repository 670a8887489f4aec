/**
 * GeoJSON (RFC 7946) of what is shown: one Point feature per mention (all export columns as properties), or one per
 * place with the number of shown mentions.
 *
 * @example
 * JSON.stringify(toMentionsGeoJson(exportRows(data, view.visible)))
 * JSON.stringify(toPlacesGeoJson(data.places, view.placeCounts))
 */
import type { PlaceFeature } from '../../model/contract.js';
import { EXPORT_COLUMNS, type ExportRow } from './rows.js';

type Point = { type: 'Point'; coordinates: [number, number] };
export type ExportFeature<P> = { type: 'Feature'; geometry: Point; properties: P };
export type ExportCollection<P> = { type: 'FeatureCollection'; features: ExportFeature<P>[] };

export function toMentionsGeoJson(rows: readonly ExportRow[]): ExportCollection<Omit<ExportRow, 'lon' | 'lat'>> {
  return {
    type: 'FeatureCollection',
    features: rows.map((row) => {
      const properties = {} as Record<string, unknown>;
      for (const column of EXPORT_COLUMNS) if (column !== 'lon' && column !== 'lat') properties[column] = row[column];
      return {
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [row.lon, row.lat] },
        properties: properties as Omit<ExportRow, 'lon' | 'lat'>,
      };
    }),
  };
}

export type PlaceExportProperties = PlaceFeature['properties'] & { shownMentions: number };

/** Places with at least one shown mention; `counts` is indexed by place position (View.placeCounts). */
export function toPlacesGeoJson(places: readonly PlaceFeature[], counts: ArrayLike<number>): ExportCollection<PlaceExportProperties> {
  const features: ExportFeature<PlaceExportProperties>[] = [];
  places.forEach((place, i) => {
    const shownMentions = counts[i] ?? 0;
    if (shownMentions === 0) return;
    features.push({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [place.geometry.coordinates[0], place.geometry.coordinates[1]] },
      properties: { ...place.properties, shownMentions },
    });
  });
  return { type: 'FeatureCollection', features };
}
