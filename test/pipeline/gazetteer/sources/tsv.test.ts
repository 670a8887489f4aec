import { describe, expect, it } from 'vitest';
import { GazetteerDataError, parseGazetteerTsv, TSV_COLUMNS } from '../../../../src/pipeline/gazetteer/sources/tsv.js';

const HEADER = TSV_COLUMNS.join('\t');

type Cells = Partial<Record<(typeof TSV_COLUMNS)[number], string>>;
function line(cells: Cells = {}): string {
  const base: Record<string, string> = {
    id: 'regional:test-town',
    name: 'Test Town',
    kind: 'town',
    precision: 'city',
    country: 'SY',
    admin1: 'Aleppo Governorate',
    lat: '36.2',
    lon: '37.1',
    variants: 'Testa | Tést Town||Testa',
    demonyms: '',
    population: '1200',
    geonames_id: '',
    feature_code: 'PPL',
    bare_name_prefers: '',
    source: 'a test',
    licence: 'CC BY 4.0',
    note: '',
  };
  return TSV_COLUMNS.map((c) => cells[c] ?? base[c]).join('\t');
}

function parse(...lines: string[]) {
  return parseGazetteerTsv([HEADER, ...lines].join('\n'), 'places.tsv', 'regional');
}

function errorOf(fn: () => unknown): GazetteerDataError {
  try {
    fn();
  } catch (e) {
    if (e instanceof GazetteerDataError) return e;
    throw e;
  }
  throw new Error('expected a GazetteerDataError');
}

describe('parseGazetteerTsv', () => {
  it('reads a row into a GazetteerRow, splitting and de-duplicating variants', () => {
    const [row] = parse(line());
    expect(row).toEqual({
      id: 'regional:test-town',
      name: 'Test Town',
      kind: 'town',
      precision: 'city',
      country: 'SY',
      admin1: 'Aleppo Governorate',
      lat: 36.2,
      lon: 37.1,
      variants: ['Testa', 'Tést Town'],
      population: 1200,
      featureCode: 'PPL',
      layer: 'regional',
      source: 'a test',
      licence: 'CC BY 4.0',
    });
  });

  it('skips blank and # comment lines but keeps counting lines for errors', () => {
    const text = [HEADER, '# a section', '', line(), line({ id: 'regional:b', lat: 'north' })].join('\n');
    expect(() => parseGazetteerTsv(text, 'places.tsv', 'regional')).toThrow(/^places\.tsv:5: lat "north"/);
  });

  it('reads optional cells: empty country is null, demonyms, GeoNames id, bare_name_prefers', () => {
    const [row] = parse(
      line({ country: '', demonyms: 'Levantine', geonames_id: '170063', bare_name_prefers: 'geonames:170063', population: '' }),
    );
    expect(row!.country).toBeNull();
    expect(row!.demonyms).toEqual(['Levantine']);
    expect(row!.geonamesId).toBe(170063);
    expect(row!.bareNamePrefers).toBe('geonames:170063');
    expect(row!.population).toBeUndefined();
  });

  it.each([
    ['a missing column', line().split('\t').slice(0, -1).join('\t'), /expected 17 tab-separated columns, found 16/],
    ['an extra column', line() + '\textra', /found 18/],
    ['a bad latitude', line({ lat: '95' }), /lat 95 is outside -90\.\.90/],
    ['a non-numeric longitude', line({ lon: '37,1' }), /lon "37,1" is not a decimal number/],
    ['an unknown kind', line({ kind: 'hamlet' }), /unknown kind "hamlet"/],
    ['an unknown precision', line({ precision: 'street' }), /unknown precision "street"/],
    ['a bad country code', line({ country: 'Syria' }), /country "Syria"/],
    ['an id without prefix', line({ id: 'handarat' }), /id "handarat" must look like prefix:name/],
    ['no source', line({ source: ' ' }), /source is empty/],
    ['no licence', line({ licence: '' }), /licence is empty/],
    ['a fractional population', line({ population: '12.5' }), /population "12\.5"/],
    ['a bad bare_name_prefers', line({ bare_name_prefers: 'Aleppo city' }), /bare_name_prefers "Aleppo city"/],
  ])('rejects %s with an error naming file and line', (_what, bad, message) => {
    const error = errorOf(() => parse(line({ id: 'regional:ok' }), bad));
    expect(error.file).toBe('places.tsv');
    expect(error.line).toBe(3);
    expect(error.message).toMatch(/^places\.tsv:3: /);
    expect(error.message).toMatch(message);
  });

  it('rejects a duplicate id and says where it was first defined', () => {
    expect(() => parse(line(), line())).toThrow('places.tsv:3: duplicate id "regional:test-town" (first defined at places.tsv:2)');
  });

  it('rejects a duplicate id across files sharing one id space', () => {
    const seen = new Map<string, string>();
    parseGazetteerTsv([HEADER, line()].join('\n'), 'a.tsv', 'regional', seen);
    expect(() => parseGazetteerTsv([HEADER, line()].join('\n'), 'b.tsv', 'regional', seen)).toThrow(
      'b.tsv:2: duplicate id "regional:test-town" (first defined at a.tsv:2)',
    );
  });

  it('rejects a file whose header is not the documented columns', () => {
    const text = ['id\tname\tlat\tlon', 'regional:x\tX\t1\t2'].join('\n');
    expect(() => parseGazetteerTsv(text, 'old.tsv', 'regional')).toThrow(/^old\.tsv:1: header must be/);
  });

  it('accepts a UTF-8 byte order mark and CRLF line ends', () => {
    const rows = parseGazetteerTsv('\uFEFF' + [HEADER, line()].join('\r\n') + '\r\n', 'win.tsv', 'regional');
    expect(rows).toHaveLength(1);
    expect(rows[0]!.name).toBe('Test Town');
  });
});
