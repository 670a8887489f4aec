import type { DateOrder } from '../config.js';

/**
 * Calendar dates with a year, as publication dates are written: ISO (2016-02-05, 2016-02-05T17:42:22Z,
 * "2016-02-05 17:42:22"), numeric (07/02/2016, 7.2.2016, 2016/02/07), and English month names ("5 February 2016",
 * "February 5, 2016", "Feb. 5th 2016"). Dates without a year ("November 13") are never publication dates and are
 * not read here.
 */

export type FoundDate = {
  /** YYYY-MM-DD */
  date: string;
  /** The characters that were read. */
  text: string;
  index: number;
  /** Both 07/02 readings are valid days: the configured order decided. */
  ambiguous: boolean;
  /** For ambiguous dates: the other reading, for the warning. */
  alternative?: string;
};

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11, november: 11,
  dec: 12, december: 12,
};
const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';

type Reader = { pattern: RegExp; read: (m: RegExpExecArray, order: DateOrder) => Omit<FoundDate, 'text' | 'index'> | undefined };

const READERS: Reader[] = [
  {
    // ISO 8601, optionally with a time: the date part is the publisher's own calendar day.
    pattern: /\b(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?(?![\d-])/g,
    read: (m) => exact(+m[1]!, +m[2]!, +m[3]!),
  },
  {
    pattern: /\b(\d{4})[/.](\d{1,2})[/.](\d{1,2})\b/g,
    read: (m) => exact(+m[1]!, +m[2]!, +m[3]!),
  },
  {
    // 07/02/2016, 7.2.2016, 07-02-2016: only four-digit years (a two-digit year has no safe century).
    pattern: /\b(\d{1,2})([/.-])(\d{1,2})\2(\d{4})\b/g,
    read: (m, order) => numeric(+m[1]!, +m[3]!, +m[4]!, order),
  },
  {
    pattern: new RegExp(`\\b${DAY}\\s+(?:of\\s+)?${MONTH}\\.?,?\\s+(\\d{4})\\b`, 'gi'),
    read: (m) => exact(+m[3]!, MONTHS[m[2]!.toLowerCase()]!, +m[1]!),
  },
  {
    pattern: new RegExp(`\\b${MONTH}\\.?\\s+${DAY},?\\s+(\\d{4})\\b`, 'gi'),
    read: (m) => exact(+m[3]!, MONTHS[m[1]!.toLowerCase()]!, +m[2]!),
  },
];

/** Every dated expression in `text`, left to right; overlapping readings keep the earliest, longest one. */
export function findDates(text: string, order: DateOrder): FoundDate[] {
  const found: FoundDate[] = [];
  for (const { pattern, read } of READERS) {
    pattern.lastIndex = 0;
    for (const m of text.matchAll(pattern)) {
      const value = read(m, order);
      if (value) found.push({ ...value, text: m[0], index: m.index });
    }
  }
  found.sort((a, b) => a.index - b.index || b.text.length - a.text.length);
  const kept: FoundDate[] = [];
  for (const d of found) {
    const prev = kept[kept.length - 1];
    if (!prev || d.index >= prev.index + prev.text.length) kept.push(d);
  }
  return kept;
}

/** The first date in a metadata value such as `2016-02-05 17:42:22` or `Fri, 05 Feb 2016 17:42:22 GMT`. */
export function parseDateValue(value: string, order: DateOrder): FoundDate | undefined {
  return findDates(value, order)[0];
}

export function isIsoDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return m !== null && isValidDay(+m[1]!, +m[2]!, +m[3]!);
}

function numeric(first: number, second: number, year: number, order: DateOrder): Omit<FoundDate, 'text' | 'index'> | undefined {
  const [day, month] = order === 'dmy' ? [first, second] : [second, first];
  const [altDay, altMonth] = [month, day];
  const preferred = isValidDay(year, month, day) ? iso(year, month, day) : undefined;
  const other = first !== second && isValidDay(year, altMonth, altDay) ? iso(year, altMonth, altDay) : undefined;
  if (preferred && other) return { date: preferred, ambiguous: true, alternative: other };
  // Only one reading is a real day (13/02/2016 read mdy): take it, it is not ambiguous.
  const only = preferred ?? other;
  return only ? { date: only, ambiguous: false } : undefined;
}

function exact(year: number, month: number, day: number): Omit<FoundDate, 'text' | 'index'> | undefined {
  return isValidDay(year, month, day) ? { date: iso(year, month, day), ambiguous: false } : undefined;
}

function isValidDay(year: number, month: number, day: number): boolean {
  if (year < 1000 || month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function iso(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
