import type { Mention, Place, PlaceFeature, PlacesCollection } from '../../model/contract.js';
import { round } from './article-mentions.js';
import { compare } from '../../model/order.js';

/**
 * Published places as an RFC 7946 FeatureCollection: one Point per place with at least one mention, sorted by
 * place id, numeric feature ids (what MapLibre feature-state needs) in that order.
 */
export function placesCollection(places: ReadonlyMap<string, Place>, mentions: readonly Mention[], decimals: number): PlacesCollection {
  const counts = new Map<string, number>();
  const mentionsOf = new Map<string, Mention[]>();
  for (const m of mentions) {
    counts.set(m.place, (counts.get(m.place) ?? 0) + 1);
    const list = mentionsOf.get(m.place);
    if (list) list.push(m);
    else mentionsOf.set(m.place, [m]);
  }
  const ids = [...counts.keys()].sort(compare);
  const features = ids.map((id, index): PlaceFeature => {
    const { lon, lat, ...rest } = places.get(id)!;
    const properties = { ...contractFields(rest), name: displayName(rest, mentionsOf.get(id)!) };
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

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * The name readers of these articles know the place by. GeoNames names a place in its own language (Genève,
 * München); when the articles never write that name, the label uses the spelling they use most ("Geneva"), not
 * counting demonyms and all-caps datelines. Curated rows keep the curator's name.
 */
export function displayName(place: Pick<Place, 'id' | 'name'>, mentions: readonly Mention[]): string {
  if (!place.id.startsWith('geonames:')) return place.name;
  const own = fold(place.name);
  const counts = new Map<string, number>();
  for (const m of mentions) {
    if (fold(m.surface) === own) return place.name;
    if (m.role === 'demonym' || m.surface === m.surface.toUpperCase()) continue;
    counts.set(m.surface, (counts.get(m.surface) ?? 0) + 1);
  }
  let best: string | undefined;
  for (const [surface, n] of counts) {
    const bestN = best === undefined ? 0 : counts.get(best)!;
    if (n > bestN || (n === bestN && best !== undefined && surface < best)) best = surface;
  }
  return best ?? place.name;
}
