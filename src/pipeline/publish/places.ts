import type { Mention, Place, PlaceFeature, PlacesCollection } from '../../model/contract.js';
import { round } from './article-mentions.js';
import { compare } from './curator-items.js';

/**
 * Published places as an RFC 7946 FeatureCollection: one Point per place with at least one mention, sorted by
 * place id, numeric feature ids (what MapLibre feature-state needs) in that order.
 */
export function placesCollection(places: ReadonlyMap<string, Place>, mentions: readonly Mention[], decimals: number): PlacesCollection {
  const counts = new Map<string, number>();
  for (const m of mentions) counts.set(m.place, (counts.get(m.place) ?? 0) + 1);
  const ids = [...counts.keys()].sort(compare);
  const features = ids.map((id, index): PlaceFeature => {
    const { lon, lat, ...rest } = places.get(id)!;
    const properties = contractFields(rest);
    return {
      type: 'Feature',
      id: index,
      geometry: { type: 'Point', coordinates: [round(lon, decimals), round(lat, decimals)] },
      properties: { ...properties, mentions: counts.get(id)! },
    };
  });
  return { type: 'FeatureCollection', features };
}

/** Only the contract's fields are published, whatever else a geoparser attaches to its places. */
function contractFields(place: Omit<Place, 'lon' | 'lat'>): Omit<Place, 'lon' | 'lat'> {
  const { id, name, kind, precision, country, admin1, source, licence } = place;
  const out: Omit<Place, 'lon' | 'lat'> = { id, name, kind, precision, country: country ?? null, source, licence };
  if (admin1) out.admin1 = admin1;
  return out;
}
