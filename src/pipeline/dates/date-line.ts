import type { DateOrder } from '../config.js';
import { findDates, type FoundDate } from './parse-date.js';

/**
 * A publication date written as its own line near the top of an article ("• 07/02/2016", "Published: 5 February
 * 2016 10:32 GMT"). Only a line that says nothing but the date counts: a date inside a sentence ("suspended until
 * February 25", "since July 2012") reports an event, not when the article appeared.
 */

export type DateLine = FoundDate & { line: string; paragraph: number };

/** The date line, if any, must come within the first few paragraphs after the title. */
const SEARCH_PARAGRAPHS = 4;
const MAX_LINE_LENGTH = 100;

/** Words a date line may carry besides the date. */
const FILLER =
  /\b(?:published|posted|updated|last|modified|date[ds]?|on|at|am|pm|a\.m|p\.m|gmt|utc|bst|cet|est|edt|pst|(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:mon|tue|wed|thu|fri|sat|sun))\b\.?/gi;

export function findDateLine(paragraphs: readonly string[], order: DateOrder): DateLine | undefined {
  let updated: DateLine | undefined;
  for (let i = 0; i < Math.min(paragraphs.length, SEARCH_PARAGRAPHS); i++) {
    const line = paragraphs[i]!;
    if (line.length > MAX_LINE_LENGTH) continue;
    const dates = findDates(line, order);
    const first = dates[0];
    if (!first || !isOnlyADate(line, dates)) continue;
    const found = { ...first, line, paragraph: i };
    // "Updated" lines say when the page changed; prefer a plain or "published" line if there is one.
    if (/\b(?:updated|modified)\b/i.test(line)) updated ??= found;
    else return found;
  }
  return updated;
}

function isOnlyADate(line: string, dates: FoundDate[]): boolean {
  let rest = line;
  for (const d of dates) rest = rest.replace(d.text, ' ');
  rest = rest
    .replace(/\b\d{1,2}:\d{2}(?::\d{2})?\b/g, ' ')
    .replace(FILLER, ' ')
    .replace(/[\s\p{P}\p{S}]+/gu, '');
  return rest === '';
}
