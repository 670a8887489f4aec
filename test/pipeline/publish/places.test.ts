import { describe, expect, it } from 'vitest';
import type { Mention, Place } from '../../../src/model/contract.js';
import { displayName, placesCollection } from '../../../src/pipeline/publish/places.js';

const place = (id: string, name: string): Place => ({
  id, name, kind: 'city', precision: 'city', country: 'CH', lon: 6.14569, lat: 46.20222, source: 'test', licence: 'CC0',
});
const mention = (placeId: string, surface: string, role: Mention['role'] = 'literal'): Mention => ({
  id: `a:${surface}`, place: placeId, article: 'a', role, surface, excerpt: surface, start: 0, end: surface.length, confidence: 1,
});

describe('display names of published places', () => {
  it('labels a GeoNames place with the spelling the articles use when they never write its own name', () => {
    const geneva = place('geonames:2660646', 'Genève');
    expect(displayName(geneva, [mention(geneva.id, 'Geneva'), mention(geneva.id, 'Geneva'), mention(geneva.id, 'Genf')])).toBe('Geneva');
    const collection = placesCollection(new Map([[geneva.id, geneva]]), [mention(geneva.id, 'Geneva')], 5);
    expect(collection.features[0]!.properties.name).toBe('Geneva');
  });

  it('keeps the own name when the articles write it, even without diacritics, and ignores datelines and demonyms', () => {
    const zurich = place('geonames:2657896', 'Zürich');
    expect(displayName(zurich, [mention(zurich.id, 'Zurich'), mention(zurich.id, 'Zuerich')])).toBe('Zürich');
    const beirut = place('geonames:276781', 'Beyrouth');
    expect(displayName(beirut, [mention(beirut.id, 'BEIRUT', 'dateline')])).toBe('Beyrouth');
    expect(displayName(beirut, [mention(beirut.id, 'Lebanese', 'demonym')])).toBe('Beyrouth');
  });

  it("keeps a curated row's name: the curator chose it", () => {
    const hanano = place('regional:hanano', 'Masaken Hanano');
    expect(displayName(hanano, [mention(hanano.id, 'Hanano')])).toBe('Masaken Hanano');
  });
});
