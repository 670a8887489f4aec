/** Where playback goes next. Pure: the timeline's play button runs it once per tick. */
import { atEnd, countInDays, stepRange, type DayRange, type DayTotals, type TimeMode, type TimeUnit } from './time.js';

/**
 * The range one unit on; with `perDay` given, as many units on as it takes for the map to show something new:
 * in window mode, the next window holding a mention; in cumulative mode, the next end that adds one. News comes in
 * bursts, and a week-by-week play through months without reporting is mostly an empty map. Never past the bounds.
 */
export function nextPlayRange(range: DayRange, unit: TimeUnit, bounds: DayRange, mode: TimeMode, perDay: DayTotals | null): DayRange {
  let next = stepRange(range, unit, 1, bounds);
  if (perDay === null) return next;
  for (;;) {
    const shown = mode === 'cumulative' ? countInDays(perDay, range[1] + 1, next[1]) : countInDays(perDay, next[0], next[1]);
    if (shown > 0 || atEnd(next, bounds)) return next;
    next = stepRange(next, unit, 1, bounds);
  }
}
