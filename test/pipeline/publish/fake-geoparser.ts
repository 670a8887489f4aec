import type { Place } from '../../../src/model/contract.js';
import type { Geoparser, Toponym } from '../../../src/pipeline/geoparse/types.js';

/**
 * A stand-in geoparser for publish tests: exact, case-sensitive whole-word matches of a few names. Enough to drive
 * the build; the real recogniser is tested in test/pipeline/geoparse.
 */
export type FakeEntry = { place: Place | null; confidence?: number; role?: Toponym['role'] };

export const ALEPPO: Place = {
  id: 'geonames:170063', name: 'Aleppo', kind: 'city', precision: 'city', country: 'SY', admin1: 'Aleppo',
  lat: 36.20124, lon: 37.16117, source: 'GeoNames cities500', licence: 'CC BY 4.0',
};
export const TURKEY: Place = {
  id: 'country:TR', name: 'Turkey', kind: 'country', precision: 'country', country: 'TR',
  lat: 38.963745, lon: 35.243322, source: 'Natural Earth', licence: 'public domain',
};
export const GENEVA: Place = {
  id: 'geonames:2660646', name: 'Geneva', kind: 'city', precision: 'city', country: 'CH',
  lat: 46.20222, lon: 6.14569, source: 'GeoNames cities500', licence: 'CC BY 4.0',
};
export const HANDARAT: Place = {
  id: 'regional:handarat', name: 'Handarat', kind: 'camp', precision: 'point', country: 'SY', admin1: 'Aleppo',
  lat: 36.2761111, lon: 37.1772222, source: 'Wikipedia', licence: 'CC BY-SA 4.0',
};

export const DEFAULT_NAMES: Record<string, FakeEntry> = {
  Aleppo: { place: ALEPPO, confidence: 0.95 },
  Turkey: { place: TURKEY, confidence: 0.9 },
  Geneva: { place: GENEVA, confidence: 0.9, role: 'literal' },
  Handarat: { place: HANDARAT, confidence: 0.8 },
  Mabrouka: { place: null, confidence: 0.4 },
  Mayer: { place: { ...HANDARAT, id: 'geonames:4990510', name: 'Mayer', country: 'US', lat: 45.3, lon: -93.9 }, confidence: 0.2 },
};

export function fakeGeoparser(names: Record<string, FakeEntry> = DEFAULT_NAMES): Geoparser & { calls: string[] } {
  const pattern = new RegExp(`\\b(?:${Object.keys(names).sort((a, b) => b.length - a.length).join('|')})\\b`, 'g');
  const calls: string[] = [];
  return {
    calls,
    parse(doc) {
      calls.push(doc.id);
      return [...doc.text.matchAll(pattern)].map((m): Toponym => {
        const entry = names[m[0]]!;
        return {
          start: m.index, end: m.index + m[0].length, text: m[0], role: entry.role ?? 'literal',
          place: entry.place, confidence: entry.confidence ?? 0.9,
        };
      });
    },
  };
}
