/** Pure helpers that place days on the timeline track and pick axis ticks. */
import { addUnits, startOfUnit, formatDay, type Bins, type DayRange } from '../../model/time.js';

/** Share of the track (0..1) at the start of a day. */
export function dayToFraction(bins: Bins, day: number): number {
  const origin = bins.starts[0]!;
  const total = bins.starts[bins.count]! - origin;
  return (day - origin) / total;
}

/** The day under a share of the track, clamped into the bounds. */
export function fractionToDay(bins: Bins, fraction: number, bounds: DayRange): number {
  const origin = bins.starts[0]!;
  const total = bins.starts[bins.count]! - origin;
  const day = origin + Math.floor(Math.min(Math.max(fraction, 0), 0.999999) * total);
  return Math.min(Math.max(day, bounds[0]), bounds[1]);
}

/** Whether bin i is inside what the range shows in this mode (for the histogram highlight). */
export function binShown(bins: Bins, i: number, range: DayRange, cumulative: boolean): boolean {
  const first = bins.starts[i]!;
  const last = bins.starts[i + 1]! - 1;
  return first <= range[1] && (cumulative || last >= range[0]);
}

export type Tick = { day: number; label: string };

/** Month (or year) starts along the track, at most `max`, labelled with the year where it changes. */
export function axisTicks(bins: Bins, max = 7): Tick[] {
  const origin = bins.starts[0]!;
  const end = bins.starts[bins.count]!;
  const months: number[] = [];
  for (let d = startOfUnit(origin, 'month'); d < end; d = addUnits(d, 'month', 1)) if (d >= origin) months.push(d);
  const every = Math.max(1, Math.ceil(months.length / max));
  const picked = months.filter((_, i) => i % every === 0);
  let lastYear = -1;
  return picked.map((day) => {
    const year = new Date(day * 86_400_000).getUTCFullYear();
    const label = formatDay(day, 'month', year !== lastYear);
    lastYear = year;
    return { day, label };
  });
}
