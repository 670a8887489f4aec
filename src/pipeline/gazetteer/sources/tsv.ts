import type { Precision } from '../../../model/contract.js';
import type { GazetteerLayer, GazetteerRow } from '../row.js';

/**
 * The curated gazetteer files (data/gazetteer/*.tsv) are edited by hand, so they are parsed strictly: one bad cell
 * stops the load with an error naming the file, the line and the problem, instead of a place silently vanishing.
 */

/** Columns every gazetteer TSV has, in this order, as its first (header) line. */
export const TSV_COLUMNS = [
  'id',
  'name',
  'kind',
  'precision',
  'country',
  'admin1',
  'lat',
  'lon',
  'variants',
  'demonyms',
  'population',
  'geonames_id',
  'feature_code',
  'bare_name_prefers',
  'source',
  'licence',
  'note',
] as const;

export const KINDS = [
  'city',
  'town',
  'village',
  'neighbourhood',
  'camp',
  'border-crossing',
  'province',
  'district',
  'subdistrict',
  'country',
  'region',
  'landmark',
  'other',
] as const;

export const PRECISIONS: readonly Precision[] = ['point', 'neighbourhood', 'city', 'province', 'country', 'region'];

/** A row of a curated file that cannot be read; the message starts with `file:line`. */
export class GazetteerDataError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    problem: string,
  ) {
    super(`${file}:${line}: ${problem}`);
    this.name = 'GazetteerDataError';
  }
}

const ID_PATTERN = /^[a-z][a-z0-9]*:[A-Za-z0-9][A-Za-z0-9._-]*$/;
const NUMBER_PATTERN = /^-?\d+(\.\d+)?$/;
const INTEGER_PATTERN = /^\d+$/;

/** Split a `|`-separated cell; blanks between bars are ignored, duplicates kept once. */
function splitList(cell: string): string[] {
  const out: string[] = [];
  for (const part of cell.split('|')) {
    const value = part.trim();
    if (value && !out.includes(value)) out.push(value);
  }
  return out;
}

/**
 * Parse one gazetteer TSV. Lines that are blank or start with `#` are comments. `seenIds` lets several files share
 * one id space (a duplicate across files is an error too).
 */
export function parseGazetteerTsv(
  text: string,
  file: string,
  layer: GazetteerLayer,
  seenIds: Map<string, string> = new Map(),
): GazetteerRow[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const header = lines[0]?.split('\t') ?? [];
  if (header.join('\t') !== TSV_COLUMNS.join('\t')) {
    throw new GazetteerDataError(file, 1, `header must be the ${TSV_COLUMNS.length} tab-separated columns: ${TSV_COLUMNS.join(', ')}`);
  }
  const rows: GazetteerRow[] = [];
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === '' || line.startsWith('#')) continue;
    const row = parseLine(line, file, i + 1, layer);
    const earlier = seenIds.get(row.id);
    if (earlier) throw new GazetteerDataError(file, i + 1, `duplicate id "${row.id}" (first defined at ${earlier})`);
    seenIds.set(row.id, `${file}:${i + 1}`);
    rows.push(row);
  }
  return rows;
}

function parseLine(line: string, file: string, lineNo: number, layer: GazetteerLayer): GazetteerRow {
  const cells = line.split('\t');
  const fail = (problem: string): never => {
    throw new GazetteerDataError(file, lineNo, problem);
  };
  if (cells.length !== TSV_COLUMNS.length) {
    fail(`expected ${TSV_COLUMNS.length} tab-separated columns, found ${cells.length}`);
  }
  const cell = (name: (typeof TSV_COLUMNS)[number]): string => cells[TSV_COLUMNS.indexOf(name)]!.trim();

  const id = cell('id');
  if (!ID_PATTERN.test(id)) fail(`id "${id}" must look like prefix:name (lower-case prefix, no spaces)`);
  const name = cell('name');
  if (!name) fail('name is empty');
  const kind = cell('kind');
  if (!(KINDS as readonly string[]).includes(kind)) fail(`unknown kind "${kind}" (one of ${KINDS.join(', ')})`);
  const precision = cell('precision') as Precision;
  if (!PRECISIONS.includes(precision)) fail(`unknown precision "${precision}" (one of ${PRECISIONS.join(', ')})`);
  const country = cell('country');
  if (country && !/^[A-Z]{2}$/.test(country)) fail(`country "${country}" must be an ISO 3166-1 alpha-2 code or empty`);
  const lat = parseCoordinate(cell('lat'), 90, 'lat', fail);
  const lon = parseCoordinate(cell('lon'), 180, 'lon', fail);
  const population = parseOptionalInteger(cell('population'), 'population', fail);
  const geonamesId = parseOptionalInteger(cell('geonames_id'), 'geonames_id', fail);
  const featureCode = cell('feature_code');
  if (featureCode && !/^[A-Z0-9]{1,10}$/.test(featureCode)) fail(`feature_code "${featureCode}" must be a GeoNames code like PPLA or ADM1`);
  const barePrefers = cell('bare_name_prefers');
  if (barePrefers && !ID_PATTERN.test(barePrefers)) fail(`bare_name_prefers "${barePrefers}" must be a place id like geonames:170063`);
  const source = cell('source');
  if (!source) fail('source is empty: say where the coordinate and names came from');
  const licence = cell('licence');
  if (!licence) fail('licence is empty');

  const row: GazetteerRow = {
    id,
    name,
    kind,
    precision,
    country: country || null,
    lat,
    lon,
    variants: splitList(cell('variants')).filter((v) => v !== name),
    layer,
    source,
    licence,
  };
  const admin1 = cell('admin1');
  if (admin1) row.admin1 = admin1;
  const demonyms = splitList(cell('demonyms'));
  if (demonyms.length > 0) row.demonyms = demonyms;
  if (population !== undefined) row.population = population;
  if (geonamesId !== undefined) row.geonamesId = geonamesId;
  if (featureCode) row.featureCode = featureCode;
  if (barePrefers) row.bareNamePrefers = barePrefers;
  return row;
}

function parseCoordinate(text: string, limit: number, what: string, fail: (p: string) => never): number {
  if (!NUMBER_PATTERN.test(text)) fail(`${what} "${text}" is not a decimal number`);
  const value = Number(text);
  if (Math.abs(value) > limit) fail(`${what} ${value} is outside -${limit}..${limit}`);
  return value;
}

function parseOptionalInteger(text: string, what: string, fail: (p: string) => never): number | undefined {
  if (text === '') return undefined;
  if (!INTEGER_PATTERN.test(text)) fail(`${what} "${text}" must be a whole number or empty`);
  return Number(text);
}
