import type { PublishedDate } from '../../model/contract.js';
import type { DateOrder } from '../config.js';
import type { CuratedEntry } from './curated.js';
import { findDateLine } from './date-line.js';
import { parseDateValue, type FoundDate } from './parse-date.js';

/**
 * An article's publication date and where it came from.
 *
 * Precedence: front matter (or an HTML page's meta tags) > a date line in the text > data/articles.yaml.
 * The file itself is the better witness, so the curator's date only fills a gap, unless the entry lists `date`
 * under `override` (for a file whose own date is known to be wrong). An article with no date anywhere is kept:
 * `date: null, provenance: 'none'`.
 */

/** Metadata keys that hold a publication date, most specific first. */
export const DATE_KEYS = [
  'published', 'published_at', 'publishedAt', 'date_published', 'datePublished', 'publish_date', 'pubDate',
  'post_date', 'post_date_gmt', 'date', 'created', 'created_at',
] as const;

export type DateSources = {
  /** Metadata key and raw value, e.g. ['post_date', '2016-02-05 17:42:22']. */
  metadata?: { key: string; value: string };
  paragraphs: readonly string[];
  curated?: CuratedEntry;
};

export type DateResolution = { published: PublishedDate; warnings: string[] };

export function resolvePublicationDate(sources: DateSources, order: DateOrder): DateResolution {
  const warnings: string[] = [];
  const curated = sources.curated;
  const curatedDate = curated?.date ? fromCurated(curated) : undefined;
  if (curatedDate && curated?.override.has('date')) return { published: curatedDate, warnings };

  if (sources.metadata) {
    const { key, value } = sources.metadata;
    const found = parseDateValue(value, order);
    if (found) {
      const published = fromFound(found, 'front-matter', `${key}: ${value}`);
      noteAmbiguity(found, order, `${key}: ${value}`, warnings);
      noteDisagreement(published, curatedDate, warnings);
      return { published, warnings };
    }
    warnings.push(`${key} "${value}" is not a date I can read; looked elsewhere`);
  }

  const line = findDateLine(sources.paragraphs, order);
  if (line) {
    const published = fromFound(line, 'text', `"${line.line}" (paragraph ${line.paragraph + 1})`);
    noteAmbiguity(line, order, `"${line.text}"`, warnings);
    noteDisagreement(published, curatedDate, warnings);
    return { published, warnings };
  }

  if (curatedDate) return { published: curatedDate, warnings };
  return { published: { date: null, provenance: 'none' }, warnings };
}

function fromFound(found: FoundDate, provenance: 'front-matter' | 'text', note: string): PublishedDate {
  const published: PublishedDate = { date: found.date, provenance, note };
  if (found.ambiguous) published.ambiguous = true;
  return published;
}

function fromCurated(entry: CuratedEntry): PublishedDate {
  const published: PublishedDate = { date: entry.date ?? null, provenance: entry.provenance };
  if (entry.evidence) published.note = entry.evidence;
  if (entry.window) published.window = entry.window;
  return published;
}

function noteAmbiguity(found: FoundDate, order: DateOrder, where: string, warnings: string[]): void {
  if (!found.ambiguous || !found.alternative) return;
  const first = order === 'dmy' ? 'day-first' : 'month-first';
  warnings.push(
    `ambiguous date ${where}: read ${first} as ${found.date} (dateOrder ${order}); ` +
      `the other reading is ${found.alternative} (use --date-order ${order === 'dmy' ? 'mdy' : 'dmy'} or data/articles.yaml)`,
  );
}

function noteDisagreement(published: PublishedDate, curated: PublishedDate | undefined, warnings: string[]): void {
  if (curated?.date && curated.date !== published.date) {
    warnings.push(
      `the curated metadata says ${curated.date} but the file says ${published.date}; kept the file's date ` +
        '(add `override: [date]` to the entry to prefer yours)',
    );
  }
}
