import * as chrono from 'chrono-node';
import type { EventDate } from '../../model/contract.js';
import { dayToIso, isoToDay, weekdayOfDay } from '../../model/time.js';

/**
 * The day a sentence says something happened on, resolved against the article's publication date.
 *
 * chrono-node finds the date expressions; the rules that turn them into one calendar day are ours, because news
 * writing has conventions a general-purpose parser does not assume:
 *
 * - A bare weekday ("on Friday", "Saturday's advance", "since Friday") is the most recent such day ON OR BEFORE the
 *   publication date: wire stories report what already happened. "last Thursday" / "past Monday" is the most recent
 *   one strictly before it; "next Friday" / "coming Friday" the first strictly after; "this Friday" the first on or
 *   after.
 * - A month and day without a year ("November 13", "until February 25") takes the year that puts it between nine months
 *   before and three months after publication, so a date stated in the future ("suspended until February 25") is kept
 *   as stated while older dates fall in the past, as news usually means them.
 * - Only expressions that name ONE calendar day count: month or year precision ("July 2012", "in September", "since
 *   2014") and periods ("this week", "last month", "a week ago", "the weekend") are skipped, as is "the day before",
 *   which is relative to an event in the text, not to the publication date. "today", "yesterday", "two days ago" count;
 *   "now" does not (it is the present tense, not a date).
 * - Numeric dates ("07/02/2016") are read day first by default, the project's documented convention.
 *
 * Pure and deterministic: the publication date is the only clock, and calendar days are handled as UTC day numbers so
 * the answer does not depend on the machine's time zone.
 *
 * @example
 * findEventDate('Tens of thousands fled Aleppo on Friday.', '2016-02-05') // { date: '2016-02-05', text: 'on Friday' }
 * findEventDate('The offensive was announced last Thursday.', '2016-09-24') // { date: '2016-09-22', text: 'last Thursday' }
 * findEventDate('It fell in July 2012.', '2016-02-05') // undefined (month precision)
 * findEventDate('on Friday', null) // undefined (undated article)
 */
export function findEventDate(
  sentence: string,
  published: string | null,
  options: EventDateOptions = {},
): EventDate | undefined {
  return eventDateNear(findEventDates(sentence, published, options), options.near);
}

/**
 * The day among a sentence's dates (from `findEventDates`) that goes with a mention at offset `near`. News puts the
 * day after the thing it dates ("seized ground north of Aleppo on Saturday"), or opens the sentence with it ("On
 * Sunday, opposition groups said..."): the first day after the mention, else the last one before it. Without
 * `near`, the first day in the sentence.
 */
export function eventDateNear(dates: readonly LocatedEventDate[], near?: number): EventDate | undefined {
  if (dates.length === 0) return undefined;
  if (near === undefined) return dates[0]!.eventDate;
  const after = dates.find((d) => d.index >= near);
  return (after ?? dates[dates.length - 1]!).eventDate;
}

export type EventDateOptions = {
  /**
   * UTF-16 offset of the mention in the sentence. When the sentence names several days, the first one after the
   * mention wins, else the last one before it. Without it, the first day in the sentence.
   */
  near?: number;
  /** Read numeric dates day first (07/02/2016 = 7 February). Default true. */
  dayFirst?: boolean;
};

/** Every full-day date expression in the sentence, in text order, with its UTF-16 span. */
export type LocatedEventDate = { eventDate: EventDate; index: number; end: number };

export function findEventDates(
  sentence: string,
  published: string | null,
  options: EventDateOptions = {},
): LocatedEventDate[] {
  if (published === null) return [];
  const publishedDay = isoToDay(published);
  if (publishedDay === undefined) return [];
  const [year, month, day] = published.split('-').map(Number) as [number, number, number];
  // Local noon of the publication day: chrono does its calendar arithmetic in local time, and noon keeps every
  // time zone (and DST change) on the same calendar day, so its components are the same everywhere.
  const reference = new Date(year, month - 1, day, 12);
  const found: LocatedEventDate[] = [];
  for (const result of chrono.en.casual.parse(sentence, reference, { forwardDate: false })) {
    const text = cleanText(result.text);
    const index = result.index + result.text.indexOf(text);
    if (insideName(sentence, index, index + text.length)) continue;
    const date = resolveDay(result, publishedDay, options.dayFirst ?? true);
    if (date === undefined) continue;
    found.push({ eventDate: { date, text }, index, end: index + text.length });
  }
  return found;
}

const WEEKDAY_NAME = /\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/;
const MONTH_NAME = /\b(Jan(uary)?|Feb(ruary)?|Mar(ch)?|Apr(il)?|May|June?|July?|Aug(ust)?|Sep(t(ember)?)?|Oct(ober)?|Nov(ember)?|Dec(ember)?)\b/;
const NUMERIC_DATE = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;
/** Relative days that count from the publication date itself. */
const RELATIVE_DAY = /^(today|tonight|yesterday|tomorrow|the day (before yesterday|after tomorrow)|(\d+|one|two|three|four|five|six) days? ago)$/i;
/** A period or a relative reference we cannot pin to one day from the publication date. */
const PERIOD = /\b(weeks?|weekends?|fortnights?|months?|years?|decades?)\b/i;

/**
 * chrono-node is generous by design ("sat", "now", "in one day", "a day after" all parse); only the forms listed on
 * findEventDate are accepted, recognised by their words.
 */
function resolveDay(result: chrono.ParsedResult, publishedDay: number, dayFirst: boolean): string | undefined {
  const { start } = result;
  const text = cleanText(result.text);
  if (PERIOD.test(text)) return undefined;

  const numeric = NUMERIC_DATE.exec(text);
  if (numeric) {
    const [a, b, y] = [Number(numeric[1]), Number(numeric[2]), Number(numeric[3])];
    return validIso(y, dayFirst ? b : a, dayFirst ? a : b);
  }

  if (MONTH_NAME.test(text)) {
    if (!start.isCertain('day') || !start.isCertain('month')) return undefined; // "July 2012", "in September"
    const month = start.get('month')!;
    const day = start.get('day')!;
    if (start.isCertain('year')) return validIso(start.get('year')!, month, day);
    return nearestOccurrence(month, day, publishedDay);
  }

  if (WEEKDAY_NAME.test(text) && start.isCertain('weekday')) {
    return dayToIso(resolveWeekday(start.get('weekday')!, text, publishedDay));
  }

  if (RELATIVE_DAY.test(text.replace(/^(on|by|since|until|from)\s+/i, '')) && start.isCertain('day')) {
    return validIso(start.get('year')!, start.get('month')!, start.get('day')!);
  }
  return undefined;
}

/**
 * A weekday that is part of a name, not a date: "the Sunday Times", "Good Friday", "Super Tuesday", "Friday Mosque".
 * Told by a capitalised word right before it (not opening the sentence) or right after it (not a month or "morning"
 * and the like, which chrono already includes when it reads them as time).
 */
function insideName(sentence: string, start: number, end: number): boolean {
  const words = sentence.slice(start, end);
  const weekday = WEEKDAY_NAME.exec(words);
  if (!weekday || MONTH_NAME.test(words)) return false;
  const dayStart = start + weekday.index;
  const dayEnd = dayStart + weekday[0].length;
  const before = /(\p{Lu}[\p{L}'’-]*)\s+$/u.exec(sentence.slice(Math.max(0, dayStart - 40), dayStart));
  // A capitalised word that opens the sentence is just its first word.
  if (before && !COMMON_OPENERS.test(before[1]!) && sentence.slice(0, dayStart - before[0].length).trim() !== '') return true;
  const after = /^[’']?s?\s+(\p{Lu}[\p{L}-]*)/u.exec(sentence.slice(dayEnd));
  return after !== null && !MONTH_NAME.test(after[1]!);
}

const COMMON_OPENERS = /^(On|Since|Until|By|From|Last|Next|This|Late|Early|And|But|Then|Also|The)$/;

/** The matched words without surrounding punctuation ("on Friday," → "on Friday"). */
function cleanText(text: string): string {
  return text.replace(/^[\s,;:(]+|[\s,;:.)]+$/g, '');
}

/** Weekday 0 = Sunday … 6 = Saturday, resolved by the news conventions documented on findEventDate. */
function resolveWeekday(weekday: number, text: string, publishedDay: number): number {
  const back = (weekdayOfDay(publishedDay) - weekday + 7) % 7; // days since the most recent such day (0 = same day)
  const ahead = (weekday - weekdayOfDay(publishedDay) + 7) % 7;
  if (/\b(last|past|previous)\b/i.test(text)) return publishedDay - (back === 0 ? 7 : back);
  if (/\b(next|coming)\b/i.test(text)) return publishedDay + (ahead === 0 ? 7 : ahead);
  if (/\bthis\b/i.test(text)) return publishedDay + ahead;
  return publishedDay - back;
}

/** The occurrence of month/day from nine months before to three months after publication. */
function nearestOccurrence(month: number, day: number, publishedDay: number): string | undefined {
  const publishedYear = Number(dayToIso(publishedDay).slice(0, 4));
  let fallback: string | undefined;
  for (const year of [publishedYear - 1, publishedYear, publishedYear + 1]) {
    const iso = validIso(year, month, day);
    if (iso === undefined) continue; // 29 February in a common year
    const offset = isoToDay(iso)! - publishedDay;
    if (offset >= -275 && offset < 92) return iso;
    fallback ??= iso;
  }
  return fallback;
}

function validIso(year: number, month: number, day: number): string | undefined {
  const iso = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return isoToDay(iso) === undefined ? undefined : iso;
}

