import { parse as parseYaml } from 'yaml';
import type { Provenance } from '../../model/contract.js';
import { errorMessage } from '../../model/error-message.js';
import { isIsoDate } from './parse-date.js';

/**
 * data/articles.yaml: what a curator knows about an article that its file does not say (a date worked out from
 * the text, the outlet, the original URL, a better title). Keyed by the article's file name:
 *
 *   articles:
 *     002_f87b00e1af172c13.txt:
 *       date: 2016-11-27
 *       window: [2016-11-27, 2016-11-28]
 *       provenance: inferred        # or curated (the default): a date the curator looked up rather than reasoned to
 *       evidence: Jabal Badro fell "a day after" Hanano ...
 *       outlet: ABC News
 *       override: [title]           # these fields replace what the file says; others only fill gaps
 */

export type CuratedField = 'date' | 'title' | 'outlet' | 'author' | 'url';
const FIELDS: readonly CuratedField[] = ['date', 'title', 'outlet', 'author', 'url'];

export type CuratedEntry = {
  date?: string;
  window?: [string, string];
  provenance: Extract<Provenance, 'curated' | 'inferred'>;
  evidence?: string;
  title?: string;
  outlet?: string;
  author?: string;
  url?: string;
  /** Fields that win over the file's own metadata. */
  override: ReadonlySet<CuratedField>;
};

export type CuratedMetadata = ReadonlyMap<string, CuratedEntry>;

export type CuratedLoad = { entries: Map<string, CuratedEntry>; problems: string[] };

/** Parse the curator's file. Bad entries are reported one line each and skipped; good ones still apply. */
export function parseCuratedMetadata(source: string): CuratedLoad {
  const entries = new Map<string, CuratedEntry>();
  const problems: string[] = [];
  let doc: unknown;
  try {
    // YAML 1.2 core schema: `2016-11-27` stays a string, so no time zone can shift the day.
    doc = parseYaml(source);
  } catch (error) {
    return { entries, problems: [`invalid YAML: ${errorMessage(error)}`] };
  }
  if (doc === null || doc === undefined) return { entries, problems };
  const articles = isRecord(doc) ? doc['articles'] : undefined;
  if (!isRecord(articles)) return { entries, problems: ['expected a top-level `articles:` mapping of file names'] };

  for (const [file, raw] of Object.entries(articles)) {
    const entry = readEntry(raw);
    if (typeof entry === 'string') problems.push(`${file}: ${entry}`);
    else entries.set(file, entry);
  }
  return { entries, problems };
}

function readEntry(raw: unknown): CuratedEntry | string {
  if (!isRecord(raw)) return 'expected a mapping of fields';
  const text = (key: string): string | undefined => {
    const v = raw[key];
    return typeof v === 'string' || typeof v === 'number' ? String(v).trim() || undefined : undefined;
  };
  const date = text('date');
  if (date !== undefined && !isIsoDate(date)) return `date "${date}" is not a YYYY-MM-DD calendar date`;

  let window: [string, string] | undefined;
  const w = raw['window'];
  if (w !== undefined) {
    if (!Array.isArray(w) || w.length !== 2 || !w.every((d) => typeof d === 'string' && isIsoDate(d))) {
      return 'window must be [YYYY-MM-DD, YYYY-MM-DD]';
    }
    const [from, to] = w as [string, string];
    if (from > to) return `window starts after it ends (${from} > ${to})`;
    if (date !== undefined && (date < from || date > to)) return `date ${date} lies outside its window ${from}..${to}`;
    window = [from, to];
  }

  const provenance = text('provenance') ?? 'curated';
  if (provenance !== 'curated' && provenance !== 'inferred') return `provenance must be curated or inferred, not "${provenance}"`;

  const override = new Set<CuratedField>();
  const o = raw['override'];
  if (o === true) FIELDS.forEach((f) => override.add(f));
  else if (Array.isArray(o)) {
    for (const f of o) {
      if (!FIELDS.includes(f as CuratedField)) return `override: unknown field "${String(f)}" (use ${FIELDS.join(', ')})`;
      override.add(f as CuratedField);
    }
  } else if (o !== undefined && o !== false) return 'override must be true or a list of fields';

  const entry: CuratedEntry = { provenance, override };
  if (date !== undefined) entry.date = date;
  if (window) entry.window = window;
  const evidence = text('evidence') ?? text('note');
  if (evidence !== undefined) entry.evidence = evidence.replace(/\s+/g, ' ');
  for (const key of ['title', 'outlet', 'author', 'url'] as const) {
    const v = text(key);
    if (v !== undefined) entry[key] = v;
  }
  return entry;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
