import matter from 'gray-matter';
import { parse as parseYaml } from 'yaml';
import { errorMessage } from '../../model/error-message.js';

/**
 * YAML front matter (`---` … `---`) through gray-matter, with the `yaml` package as its engine: YAML 1.2 core
 * schema keeps `post_date: 2016-02-05 17:42:22` a string (no Date, no time-zone shift) and gives clear errors.
 */

export type FrontMatter = Record<string, unknown>;
export type FrontMatterResult =
  | { kind: 'none' }
  | { kind: 'ok'; data: FrontMatter; body: string }
  | { kind: 'error'; problem: string };

const OPENING = /^---[ \t]*\n/;
const CLOSING = /^(?:---|\.\.\.)[ \t]*$/m;

export function splitFrontMatter(text: string): FrontMatterResult {
  if (!OPENING.test(text)) return { kind: 'none' };
  // gray-matter reads an unclosed block as "front matter until end of file"; a missing `---` is an error here.
  const rest = text.replace(OPENING, '');
  if (!CLOSING.test(rest)) return { kind: 'error', problem: "front matter opened with '---' on line 1 is never closed" };
  let parsed: matter.GrayMatterFile<string>;
  try {
    parsed = matter(text, { engines: { yaml: (source: string) => parseYaml(source) as object } });
  } catch (error) {
    const message = errorMessage(error);
    return { kind: 'error', problem: `invalid YAML front matter: ${message}` };
  }
  const data: unknown = parsed.data;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return { kind: 'error', problem: 'front matter is not a mapping of fields' };
  }
  return { kind: 'ok', data: data as FrontMatter, body: parsed.content };
}

/** A front matter field as one line of text: folded strings, single-item lists (WordPress exports) and numbers. */
export function fieldText(data: FrontMatter, ...keys: string[]): { key: string; value: string } | undefined {
  for (const key of keys) {
    let value = data[key];
    if (Array.isArray(value)) value = value.find((v) => typeof v === 'string' || typeof v === 'number');
    if (typeof value === 'number') value = String(value);
    if (typeof value === 'string' && value.trim()) return { key, value: value.replace(/\s+/g, ' ').trim() };
  }
  return undefined;
}
