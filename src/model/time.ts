/**
 * Calendar days for the timeline, as integers.
 *
 * A day is the number of days since 1970-01-01 in UTC ("day number"), so comparing, binning and stepping dates is
 * integer arithmetic that does not depend on the viewer's time zone. ISO strings (YYYY-MM-DD) are only for the edges:
 * the data files, the URL and labels.
 *
 * @example
 * const d = isoToDay('2016-02-05')!;          // 16836
 * dayToIso(d + 1);                             // '2016-02-06'
 * const unit = chooseUnit(300);                // 'week'
 * const bins = makeBins(d, d + 300, unit);     // week bins starting on Mondays
 * const counts = histogram(bins, days);        // Uint32Array, one count per bin
 */

const MS_PER_DAY = 86_400_000;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Sentinel day number for "no date" in typed arrays (the smallest Int32). */
export const NO_DAY = -2147483648;

/** Day number of a strict ISO calendar date, or undefined for anything else (wrong shape, 2016-02-30...). */
export function isoToDay(iso: string): number | undefined {
  const match = ISO_DAY.exec(iso);
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  const date = new Date(0);
  // setUTCFullYear, unlike Date.UTC, does not map years 0-99 to 19xx.
  date.setUTCFullYear(year, month - 1, day);
  // Out-of-range parts roll over (30 February becomes 1 March); the round trip rejects them.
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  const ms = date.getTime();
  return Math.round(ms / MS_PER_DAY);
}

/** ISO calendar date (YYYY-MM-DD) of a day number. */
export function dayToIso(day: number): string {
  const date = new Date(day * MS_PER_DAY);
  const y = date.getUTCFullYear();
  const m = date.getUTCMonth() + 1;
  const d = date.getUTCDate();
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Day of the week of a day number: 0 = Sunday … 6 = Saturday (as Date.getUTCDay). 1970-01-01 was a Thursday. */
export function weekdayOfDay(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

/** Timeline bin width. Weeks start on Monday (ISO 8601). */
export type TimeUnit = 'day' | 'week' | 'month';

/**
 * The finest unit that keeps the histogram at or under `maxBins` bars: days for a few months of news, weeks for a
 * year or two, months beyond.
 */
export function chooseUnit(spanDays: number, maxBins = 120): TimeUnit {
  if (spanDays + 1 <= maxBins) return 'day';
  if ((spanDays + 7) / 7 <= maxBins) return 'week';
  return 'month';
}

/** First day of the unit that contains `day`. */
export function startOfUnit(day: number, unit: TimeUnit): number {
  if (unit === 'day') return day;
  if (unit === 'week') return day - ((weekdayOfDay(day) + 6) % 7);
  const date = new Date(day * MS_PER_DAY);
  return Math.round(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1) / MS_PER_DAY);
}

/** `day` moved by `n` units. Months keep the day of the month where it exists (31 Jan + 1 month = 29 Feb 2016). */
export function addUnits(day: number, unit: TimeUnit, n: number): number {
  if (unit === 'day') return day + n;
  if (unit === 'week') return day + 7 * n;
  const date = new Date(day * MS_PER_DAY);
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth() + n;
  const lastOfTarget = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return Math.round(Date.UTC(year, month, Math.min(date.getUTCDate(), lastOfTarget)) / MS_PER_DAY);
}

/**
 * Histogram bins covering [first, last]: bin i spans starts[i] .. starts[i+1]-1. `binOfDay` is a lookup from
 * (day - starts[0]) to the bin index, so binning an item is one array read whatever the unit.
 */
export type Bins = {
  unit: TimeUnit;
  /** First day of each bin, plus one extra entry: the day after the last bin. */
  starts: Int32Array;
  /** Number of bins (starts.length - 1). */
  count: number;
  binOfDay: Int32Array;
};

export function makeBins(first: number, last: number, unit: TimeUnit): Bins {
  if (last < first) [first, last] = [last, first];
  const startList: number[] = [];
  for (let start = startOfUnit(first, unit); start <= last; start = addUnits(start, unit, 1)) startList.push(start);
  const origin = startList[0]!;
  const end = addUnits(startList[startList.length - 1]!, unit, 1);
  startList.push(end);
  const starts = Int32Array.from(startList);
  const binOfDay = new Int32Array(end - origin);
  for (let bin = 0; bin < starts.length - 1; bin++) binOfDay.fill(bin, starts[bin]! - origin, starts[bin + 1]! - origin);
  return { unit, starts, count: starts.length - 1, binOfDay };
}

/** Bin index of a day, or -1 outside the bins (and for NO_DAY). */
export function binOf(bins: Bins, day: number): number {
  const offset = day - bins.starts[0]!;
  return offset >= 0 && offset < bins.binOfDay.length ? bins.binOfDay[offset]! : -1;
}

/**
 * Count items per bin in one pass. `days[i]` is item i's day number (NO_DAY when undated); with `keep`, only items
 * whose keep[i] is non-zero count. Items outside the bins are ignored.
 */
export function histogram(bins: Bins, days: Int32Array, keep?: Uint8Array): Uint32Array {
  const counts = new Uint32Array(bins.count);
  const origin = bins.starts[0]!;
  const lookup = bins.binOfDay;
  const span = lookup.length;
  for (let i = 0; i < days.length; i++) {
    if (keep !== undefined && keep[i] === 0) continue;
    const offset = days[i]! - origin;
    if (offset >= 0 && offset < span) counts[lookup[offset]!]!++;
  }
  return counts;
}

/** Running totals of items per day: how many fall on any span of days, in one subtraction. */
export type DayTotals = {
  first: number;
  /** before[i]: items on the days before first + i (length: days covered + 1). */
  before: Uint32Array;
};

/** Totals over the days first..last of the items `days` places there (those `keep` keeps, when given). */
export function dayTotals(days: Int32Array, first: number, last: number, keep?: Uint8Array): DayTotals {
  const before = new Uint32Array(last - first + 2);
  for (let i = 0; i < days.length; i++) {
    if (keep !== undefined && keep[i] === 0) continue;
    const offset = days[i]! - first;
    if (offset >= 0 && offset <= last - first) before[offset + 1]!++;
  }
  for (let i = 1; i < before.length; i++) before[i]! += before[i - 1]!;
  return { first, before };
}

/** Items on the days from..to (inclusive), within the totals' days. */
export function countInDays(totals: DayTotals, from: number, to: number): number {
  const last = totals.before.length - 1;
  const lo = Math.min(Math.max(from - totals.first, 0), last);
  const hi = Math.min(Math.max(to - totals.first + 1, 0), last);
  return hi > lo ? totals.before[hi]! - totals.before[lo]! : 0;
}

/** Inclusive range of day numbers. */
export type DayRange = readonly [from: number, to: number];

/** "window": only the selected range; "cumulative": everything up to the range's end. */
export type TimeMode = 'window' | 'cumulative';
export const TIME_MODES: readonly TimeMode[] = ['window', 'cumulative'];

/** Whether a dated item is shown for the range in this mode. */
export function inTimeRange(day: number, range: DayRange, mode: TimeMode): boolean {
  return day <= range[1] && (mode === 'cumulative' || day >= range[0]);
}

/** A range forced inside bounds, ordered, and never wider than the bounds. */
export function clampRange(range: DayRange, bounds: DayRange): DayRange {
  const lo = Math.min(range[0], range[1]);
  const hi = Math.max(range[0], range[1]);
  const from = Math.min(Math.max(lo, bounds[0]), bounds[1]);
  const to = Math.min(Math.max(hi, bounds[0]), bounds[1]);
  return [from, to];
}

/**
 * The range moved by n units, keeping its width; stops at the bounds without shrinking (the play head and the
 * step buttons use this). Returns the same range when it cannot move.
 */
export function stepRange(range: DayRange, unit: TimeUnit, n: number, bounds: DayRange): DayRange {
  const width = range[1] - range[0];
  let to = addUnits(range[1], unit, n);
  to = Math.min(Math.max(to, bounds[0] + width), bounds[1]);
  return [to - width, to];
}

/** Whether the range already touches the end of the bounds (playback stops there). */
export function atEnd(range: DayRange, bounds: DayRange): boolean {
  return range[1] >= bounds[1];
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

/**
 * A short, unambiguous English label for a day at the precision of a unit: '5 Feb 2016' (day, week: the week's
 * first day), 'Feb 2016' (month). Without the year ('5 Feb', 'Feb') for axis ticks inside one year.
 */
export function formatDay(day: number, unit: TimeUnit = 'day', withYear = true): string {
  const date = new Date(day * MS_PER_DAY);
  const month = MONTHS[date.getUTCMonth()]!;
  const year = withYear ? ` ${date.getUTCFullYear()}` : '';
  if (unit === 'month') return `${month}${year}`;
  return `${date.getUTCDate()} ${month}${year}`;
}

/** A range label that does not repeat what both ends share: '5–12 Feb 2016', '28 Jan – 3 Feb 2016', 'Feb–Mar 2016'. */
export function formatRange(range: DayRange, unit: TimeUnit = 'day'): string {
  const [from, to] = range;
  const a = new Date(from * MS_PER_DAY);
  const b = new Date(to * MS_PER_DAY);
  const sameYear = a.getUTCFullYear() === b.getUTCFullYear();
  const sameMonth = sameYear && a.getUTCMonth() === b.getUTCMonth();
  if (unit === 'month') {
    if (sameMonth) return formatDay(from, 'month');
    return sameYear ? `${MONTHS[a.getUTCMonth()]}–${formatDay(to, 'month')}` : `${formatDay(from, 'month')} – ${formatDay(to, 'month')}`;
  }
  if (from === to) return formatDay(from);
  if (sameMonth) return `${a.getUTCDate()}–${formatDay(to)}`;
  return sameYear ? `${formatDay(from, 'day', false)} – ${formatDay(to)}` : `${formatDay(from)} – ${formatDay(to)}`;
}

/** A label for bin i of the histogram (tooltip / screen reader): '5 Feb 2016', 'Week of 1 Feb 2016', 'Feb 2016'. */
export function formatBin(bins: Bins, bin: number): string {
  const start = bins.starts[bin]!;
  if (bins.unit === 'week') return `Week of ${formatDay(start)}`;
  return formatDay(start, bins.unit);
}
