import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sourceStamp } from '../../../src/pipeline/gazetteer/cache.js';
import { KeyTable, packKeyTable, type KeyEntry } from '../../../src/pipeline/gazetteer/key-table.js';
import { compilePlaceIndex } from '../../../src/pipeline/gazetteer/place-index.js';
import type { GazetteerRow } from '../../../src/pipeline/gazetteer/row.js';

const row = (id: string, name: string, extra: Partial<GazetteerRow> = {}): GazetteerRow => ({
  id, name, kind: 'city', precision: 'city', country: 'SY', lat: 36, lon: 37, variants: [], layer: 'geonames', source: 't', licence: 't', ...extra,
});

describe('key table', () => {
  it('finds every key it was built from and nothing else', () => {
    const entries = new Map<string, KeyEntry>();
    for (let i = 0; i < 5000; i++) entries.set(`name ${i}`, { names: [i], demonyms: null, prefix: i % 2 === 0 });
    const table = new KeyTable(packKeyTable(entries));
    for (let i = 0; i < 5000; i += 97) expect(table.get(`name ${i}`)).toEqual({ names: [i], demonyms: null, prefix: i % 2 === 0 });
    expect(table.get('name 5000')).toBeUndefined();
    expect(table.get('')).toBeUndefined();
  });
});

describe('compiled index', () => {
  it('marks token prefixes so the matcher knows when to stop', () => {
    const index = compilePlaceIndex([row('a', 'Bab al-Salam crossing'), row('b', 'Saudi Arabia', { layer: 'country', kind: 'country', precision: 'country' })]);
    expect(index.lookup.get('bab')?.prefix).toBe(true);
    expect(index.lookup.get('bab al')?.prefix).toBe(true);
    expect(index.lookup.get('bab al salam crossing')?.names?.map((i) => index.place(i).id)).toEqual(['a']);
    expect(index.lookup.get('saudi')?.names).toBeNull();
    expect(index.maxTokens).toBe(4);
  });

  it('folds a GeoNames row into the curated row that names it, curated coordinates first', () => {
    const index = compilePlaceIndex([
      row('geonames:170063', 'Aleppo', { population: 1_600_000, geonamesId: 170063, variants: ['Halab'] }),
      row('regional:aleppo', 'Aleppo', { layer: 'regional', geonamesId: 170063, lat: 36.2 }),
    ]);
    expect(index.count).toBe(1);
    expect(index.place(0).id).toBe('regional:aleppo');
    expect(index.place(0).population).toBe(1_600_000);
    expect(index.lookup.get('halab')?.names).toEqual([0]);
  });

  it("lets a division be found by its bare name and its seat's spellings", () => {
    const index = compilePlaceIndex([
      row('regional:daraa', 'Daraa', { layer: 'regional', variants: ['Deraa'] }),
      row('opensyria:daraa', 'Daraa Governorate', { layer: 'regional', kind: 'governorate', precision: 'province' }),
    ]);
    expect(index.lookup.get('deraa')?.names?.map((i) => index.place(i).id).sort()).toEqual(['opensyria:daraa', 'regional:daraa']);
  });
});

describe('key facts answered at compile time', () => {
  const index = compilePlaceIndex([
    row('geonames:1', 'Victoria', { country: 'CA', population: 90_000, admin1Code: '02' } as Partial<GazetteerRow>),
    row('geonames:2', 'Hong Kong', { country: 'HK', population: 7_000_000, variants: ['Victoria'] }),
    row('region:vic', 'Victoria State', { layer: 'region', kind: 'state', precision: 'province', country: 'AU', admin1Code: '07' } as Partial<GazetteerRow>),
    row('geonames:3', 'Smallville', { country: 'US', population: 500 }),
    row('country:MX', 'Mexico', { layer: 'country', kind: 'country', precision: 'country', country: 'MX' }),
    row('geonames:4', 'Mexico', { country: 'US', population: 11_469 }),
    row('geonames:5', 'Paris', { country: 'FR', population: 2_138_551, featureCode: 'PPLC' }),
    row('geonames:6', 'Paris', { country: 'US', population: 5_183 }),
  ]);
  const key = (k: string) => index.lookup.find(k);

  it('knows which names are the own name of a country, a division or a capital', () => {
    expect(index.lookup.famousNamesakeAt(key('mexico'))).toBe('unit');
    expect(index.lookup.famousNamesakeAt(key('paris'))).toBe('capital');
    // Only an alternate name of the division (Victoria State), and Hong Kong lists it: no famous owner.
    expect(index.lookup.famousNamesakeAt(key('victoria'))).toBe('none');
    expect(index.lookup.famousNamesakeAt(key('smallville'))).toBe('none');
  });

  it('knows which names carry a well-known place', () => {
    expect(index.lookup.isStrong(key('victoria'), false)).toBe(true);
    expect(index.lookup.isStrong(key('smallville'), false)).toBe(false);
  });

  it('finds the division a bare name may mean, and whether the name is only its alternate', () => {
    const victoria = key('victoria');
    expect(index.place(index.lookup.divisionAt(victoria)).id).toBe('region:vic');
    expect(index.lookup.isDivisionAlternate(victoria)).toBe(true);
    expect(index.lookup.divisionAt(key('smallville'))).toBe(-1);
  });

  it('marks the places for which a name is only an alternate', () => {
    const victoria = key('victoria');
    const ids = index.lookup.namesAt(victoria).map((pi, rank) => `${index.place(pi).id}:${index.lookup.isAlternateAt(victoria, rank, false)}`);
    expect(ids.sort()).toEqual(['geonames:1:false', 'geonames:2:true']);
  });

  it('keeps the scoring fields as columns that agree with the records', () => {
    for (let i = 0; i < index.count; i++) {
      const p = index.place(i);
      expect(index.facts.population[i]).toBe(p.population);
      expect(index.facts.lat[i]).toBe(p.lat);
      expect(index.facts.country[i] === index.facts.country[0]).toBe(p.country === index.place(0).country);
    }
  });
});

describe('cache stamp', () => {
  const root = mkdtempSync(join(tmpdir(), 'newsmap-stamp-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('changes when a curated gazetteer file changes', () => {
    mkdirSync(join(root, 'data', 'gazetteer'), { recursive: true });
    const file = join(root, 'data', 'gazetteer', 'regional.tsv');
    writeFileSync(file, 'a\n');
    utimesSync(file, new Date('2020-01-01T00:00:00Z'), new Date('2020-01-01T00:00:00Z'));
    const before = sourceStamp(root);
    expect(sourceStamp(root)).toBe(before);
    writeFileSync(file, 'ab\n');
    expect(sourceStamp(root)).not.toBe(before);
  });
});
