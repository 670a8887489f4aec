import { describe, expect, it } from 'vitest';
import { createGeoparser } from '../../../src/pipeline/geoparse/index.js';
import type { GazetteerRow } from '../../../src/pipeline/gazetteer/row.js';

const base = { variants: [] as string[], source: 'test', licence: 'CC0' };
function city(id: string, name: string, country: string, lat: number, lon: number, population: number, extra: Partial<GazetteerRow> = {}): GazetteerRow {
  return { ...base, id: `geonames:${id}`, name, kind: 'city', precision: 'city', country, lat, lon, population, featureCode: 'PPL', layer: 'geonames', ...extra };
}
const rows: GazetteerRow[] = [
  { ...base, id: 'country:SY', name: 'Syria', kind: 'country', precision: 'country', country: 'SY', lat: 35, lon: 38, layer: 'country', demonyms: ['Syrian'] },
  { ...base, id: 'country:TR', name: 'Turkey', kind: 'country', precision: 'country', country: 'TR', lat: 39, lon: 35, layer: 'country', demonyms: ['Turkish'] },
  { ...base, id: 'country:US', name: 'United States', kind: 'country', precision: 'country', country: 'US', lat: 39.8, lon: -98.5, layer: 'country', variants: ['U.S.', 'US'] },
  { ...base, id: 'country:RU', name: 'Russia', kind: 'country', precision: 'country', country: 'RU', lat: 60, lon: 90, layer: 'country' },
  city('170063', 'Aleppo', 'SY', 36.2, 37.16, 1_600_000, { featureCode: 'PPLA', variants: ['Halab'] }),
  { ...base, id: 'regional:aleppo-gov', name: 'Aleppo Governorate', kind: 'province', precision: 'province', country: 'SY', lat: 36.25, lon: 37.6, layer: 'regional' },
  { ...base, id: 'regional:daraa', name: 'Daraa', kind: 'city', precision: 'city', country: 'SY', lat: 32.62, lon: 36.1, layer: 'regional', variants: ['Deraa', "Dar'a"], population: 97_969 },
  { ...base, id: 'regional:daraa-gov', name: 'Daraa Governorate', kind: 'province', precision: 'province', country: 'SY', lat: 32.9, lon: 36.3, layer: 'regional' },
  { ...base, id: 'regional:bab-al-salam', name: 'Bab al-Salam crossing', kind: 'border-crossing', precision: 'point', country: 'SY', lat: 36.64, lon: 37.08, layer: 'regional', variants: ['Bab al-Salameh'] },
  city('276781', 'Beirut', 'LB', 33.89, 35.5, 1_900_000, { featureCode: 'PPLC' }),
  city('524901', 'Moscow', 'RU', 55.75, 37.62, 10_000_000, { featureCode: 'PPLC' }),
  city('323786', 'Ankara', 'TR', 39.92, 32.85, 3_500_000, { featureCode: 'PPLC' }),
  city('2660646', 'Geneva', 'CH', 46.2, 6.15, 183_000, { featureCode: 'PPLA' }),
  city('2988507', 'Paris', 'FR', 48.85, 2.35, 2_100_000, { featureCode: 'PPLC' }),
  city('4717560', 'Paris', 'US', 33.66, -95.56, 24_782, { admin1Code: 'TX' } as Partial<GazetteerRow>),
  city('4303602', 'Paris', 'US', 38.21, -84.25, 9_846, { admin1Code: 'KY' } as Partial<GazetteerRow>),
  { ...base, id: 'admin1:US-KY', name: 'Kentucky', kind: 'province', precision: 'province', country: 'US', lat: 37.5, lon: -85.3, layer: 'region', admin1Code: 'KY', variants: ['Ky.'] } as GazetteerRow,
  { ...base, id: 'admin1:US-TX', name: 'Texas', kind: 'province', precision: 'province', country: 'US', lat: 31.2, lon: -99.3, layer: 'region', admin1Code: 'TX', variants: [] } as GazetteerRow,
  city('5036896', 'Mayer', 'US', 34.4, -112.2, 1_903),
  city('4990400', 'Evans', 'US', 40.37, -104.69, 18_000),
  city('5000001', 'Kerry', 'IE', 52.1, -9.6, 5_000),
  city('5000002', 'By', 'FR', 47.0, 5.0, 600),
  city('5000003', 'Stoltenberg', 'DE', 50.0, 9.0, 800),
  city('5662000', 'Conrad', 'US', 48.17, -111.95, 2_570),
  city('4780370', 'Prince George', 'US', 37.22, -77.29, 2_066, { admin1Code: 'VA' } as Partial<GazetteerRow>),
  { ...base, id: 'uscounty:24033', name: "Prince George's County", kind: 'county', precision: 'province', country: 'US', lat: 38.83, lon: -76.85, layer: 'county' } as GazetteerRow,
];
const geoparser = createGeoparser(rows);
const parse = (text: string) => geoparser.parse({ id: 't', text });
const found = (text: string) => parse(text).map((t) => `${t.text}|${t.role}|${t.place?.id ?? null}`);

describe('recognition', () => {
  it('prefers the longest name and gives UTF-16 offsets into the original text', () => {
    const text = '🙂 Crowds gathered at the Bab al-Salameh crossing near Aleppo.';
    const t = parse(text);
    expect(t.map((x) => text.slice(x.start, x.end))).toEqual(['Bab al-Salameh', 'Aleppo']);
    expect(t[0]!.place?.id).toBe('regional:bab-al-salam');
  });

  it('matches spelling variants with apostrophes and diacritics', () => {
    expect(found("Fighting went on in Dar’a on Monday.")).toEqual(['Dar’a|literal|regional:daraa']);
  });

  it('reads a little-known place named like a common given name, before a capitalised word, as a person', () => {
    expect(found('The golfer Conrad Henderson won in the town of Aleppo.').map((s) => s.split('|')[0])).toEqual(['Aleppo']);
    // A given name from the broad list also makes the word after it a surname for the rest of the text.
    expect(found('Lynnette Conrad spoke in Aleppo. Later in the day, in Conrad we saw nobody.').map((s) => s.split('|')[0])).toEqual(['Aleppo']);
    // A place word after it is no surname.
    expect(found('Traffic stopped near Conrad Road in the town of Conrad.').map((s) => s.split('|')[0])).toContain('Conrad');
  });

  it("reads a possessive inside a name as part of it (Prince George's County)", () => {
    expect(found("Schools in Prince George's County closed.")).toEqual(["Prince George's County|literal|uscounty:24033"]);
  });

  it('drops people: titles, given names, surnames the text already gave to a person', () => {
    expect(found('Secretary of State John Kerry met David Evans. Later Mr Mayer spoke, and Evans left.')).toEqual([]);
  });

  it('drops places inside longer capitalised names and organisations', () => {
    expect(found('NATO chief Jens Stoltenberg spoke to the Syrian Observatory for Human Rights.')).toEqual([]);
  });

  it('reads a place-named person as a person when the surname also stands alone', () => {
    expect(found('Nine-year-old Turkey Stevens skates. Coach Ann said Stevens trains daily in Turkey.')).toEqual(['Turkey|literal|country:TR']);
  });

  it('prefers the demonym over a small town spelled the same', () => {
    const rows2 = [...rows, city('5518214', 'Syrian', 'US', 35.9, -100.4, 2_200)];
    expect(createGeoparser(rows2).parse({ id: 'x', text: 'A Syrian official spoke.' }).map((t) => t.role)).toEqual(['demonym']);
  });

  it('requires a capital and ignores ordinary words', () => {
    expect(found('It was built by hand in paris style. By noon it was over.')).toEqual([]);
  });

  it('keeps a little-known place only with locative context', () => {
    expect(found('Government forces seized the town of Mayer in Syria.').map((s) => s.split('|')[0])).toContain('Mayer');
    expect(found('Evans and others wrote a report.')).toEqual([]);
  });
});

describe('roles', () => {
  it('reads metonymy, modifiers, demonyms and datelines', () => {
    expect(found('BEIRUT (Reuters) - Moscow said the Geneva talks would go on; U.S.-led strikes continued near the Turkish border.')).toEqual([
      'BEIRUT|dateline|geonames:276781',
      'Moscow|metonymic|geonames:524901',
      'Geneva|adjectival|geonames:2660646',
      'U.S.|adjectival|country:US',
      'Turkish|adjectival|country:TR',
    ]);
    expect(found('The Syrian army advanced.')).toEqual(['Syrian|demonym|country:SY']);
  });

  it("tells a possessive of geography from a possessive of an actor", () => {
    expect(found("Aleppo is Syria's largest city. Russia's intervention changed the war.")).toEqual([
      'Aleppo|literal|geonames:170063',
      'Syria|literal|country:SY',
      'Russia|metonymic|country:RU',
    ]);
  });
});

describe('resolution', () => {
  it('"Aleppo province" is the governorate, "Aleppo" the city', () => {
    const t = parse('Rebels in Aleppo province retreated towards Aleppo.');
    expect(t.map((x) => x.place?.id)).toEqual(['regional:aleppo-gov', 'geonames:170063']);
    expect(t[0]!.place?.precision).toBe('province');
  });

  it('"province of Deraa" and "Deraa city" are two places', () => {
    const t = parse('Fighting in the province of Deraa spread to Deraa city.');
    expect(t.map((x) => x.place?.id)).toEqual(['regional:daraa-gov', 'regional:daraa']);
  });

  it('reads an AP state abbreviation only as a qualifier', () => {
    expect(found('He was born in Paris, Ky. in 1950.')).toEqual(['Paris|literal|geonames:4303602', 'Ky|literal|admin1:US-KY']);
    expect(found('The singer Ky wrote it.')).toEqual([]);
  });

  it('an explicit qualifier decides: Paris, Texas', () => {
    expect(parse('She grew up in Paris, Texas, and moved away.')[0]!.place?.id).toBe('geonames:4717560');
    expect(parse('She grew up in Paris and moved away.')[0]!.place?.id).toBe('geonames:2988507');
  });

  it('gives a confidence between 0 and 1', () => {
    for (const t of parse('Turkey and Syria met in Geneva.')) {
      expect(t.confidence).toBeGreaterThan(0);
      expect(t.confidence).toBeLessThanOrEqual(1);
    }
  });

  it('reports capitalised names that matched nothing', () => {
    const d = geoparser.parseWithDiagnostics({ id: 't', text: 'Refugees reached the village of Kafr Naya near Aleppo, UNESCO said. I’ve seen Alexey Borodavkin; Borodavkin agreed.' });
    expect(d.unmatched.map((u) => u.text)).toEqual(['Kafr Naya']);
    expect(d.toponyms[0]!.evidence.length).toBeGreaterThan(0);
  });
});
