import type { Place, Role } from '../../model/contract.js';
import type { GeoparseInput, Toponym } from './types.js';

export type ParsedLine = { doc: GeoparseInput } | { error: string };

/** Read one input line of the geoparse command; a bad line yields a one-line error naming the line and id. */
export function parseInputLine(line: string, lineNo: number): ParsedLine {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (err) {
    return { error: `geoparse: line ${lineNo}: not JSON (${(err as Error).message})` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { error: `geoparse: line ${lineNo}: expected an object {"id", "text"}` };
  }
  const obj = value as Record<string, unknown>;
  const id = obj.id;
  const where = typeof id === 'string' ? `line ${lineNo} (id ${JSON.stringify(id)})` : `line ${lineNo}`;
  if (typeof id !== 'string') return { error: `geoparse: ${where}: "id" must be a string` };
  if (typeof obj.text !== 'string') return { error: `geoparse: ${where}: "text" must be a string` };
  const doc: GeoparseInput = { id, text: obj.text };
  if (obj.published !== undefined) {
    if (typeof obj.published !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(obj.published)) {
      return { error: `geoparse: ${where}: "published" must be YYYY-MM-DD` };
    }
    doc.published = obj.published;
  }
  return { doc };
}

/**
 * One output line: the contract's fields only, place trimmed to what GUIDE section 4 shows plus precision. Written
 * by hand in the order JSON.stringify would give (strings still escaped by it), each place once: this runs for
 * every document the command reads.
 */
export function formatResult(id: string, toponyms: Toponym[]): string {
  let out = `{"id":${JSON.stringify(id)},"toponyms":[`;
  for (let i = 0; i < toponyms.length; i++) {
    const t = toponyms[i]!;
    let place = 'null';
    if (t.place) {
      // The geoparser hands out one frozen Place per place: its JSON is kept with it.
      const cached = Object.isFrozen(t.place) ? placeText.get(t.place) : undefined;
      if (cached !== undefined) place = cached;
      else {
        place = placeJson(t.place);
        if (Object.isFrozen(t.place)) placeText.set(t.place, place);
      }
    }
    // A finite number prints the same through String as through JSON.stringify; roles are a closed set.
    const confidence = Number.isFinite(t.confidence) ? `${t.confidence}` : 'null';
    out += `${i > 0 ? ',' : ''}{"start":${t.start},"end":${t.end},"text":${JSON.stringify(t.text)},"role":${ROLE_JSON[t.role] ?? JSON.stringify(t.role)},"place":${place},"confidence":${confidence}}`;
  }
  return `${out}]}`;
}

const placeText = new WeakMap<Place, string>();

const ROLE_JSON: Partial<Record<Role, string>> = {
  literal: '"literal"',
  metonymic: '"metonymic"',
  adjectival: '"adjectival"',
  demonym: '"demonym"',
  dateline: '"dateline"',
};

function placeJson(p: Place): string {
  return JSON.stringify({ id: p.id, name: p.name, kind: p.kind, country: p.country, lat: p.lat, lon: p.lon, precision: p.precision });
}
