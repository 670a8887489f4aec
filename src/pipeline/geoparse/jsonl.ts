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

/** One output line: the contract's fields only, place trimmed to what GUIDE section 4 shows plus precision. */
export function formatResult(id: string, toponyms: Toponym[]): string {
  return JSON.stringify({
    id,
    toponyms: toponyms.map((t) => ({
      start: t.start,
      end: t.end,
      text: t.text,
      role: t.role,
      place: t.place
        ? {
            id: t.place.id,
            name: t.place.name,
            kind: t.place.kind,
            country: t.place.country,
            lat: t.place.lat,
            lon: t.place.lon,
            precision: t.place.precision,
          }
        : null,
      confidence: t.confidence,
    })),
  });
}
