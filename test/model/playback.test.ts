import { describe, expect, it } from 'vitest';
import { nextPlayRange } from '../../src/model/playback.js';
import { countInDays, dayTotals, dayToIso, isoToDay, type DayRange } from '../../src/model/time.js';

const day = (iso: string) => isoToDay(iso)!;
const iso = (r: DayRange) => [dayToIso(r[0]), dayToIso(r[1])];
// Mentions on 5 Feb (2), 24 Sep and 27 Nov 2016, as in the seeds.
const days = Int32Array.from(['2016-02-05', '2016-02-05', '2016-09-24', '2016-11-27'].map(day));
const bounds: DayRange = [day('2016-02-05'), day('2016-11-27')];
const perDay = dayTotals(days, bounds[0], bounds[1]);

describe('dayTotals', () => {
  it('counts the items on any span of days, clipped to the days covered', () => {
    expect(countInDays(perDay, day('2016-02-05'), day('2016-02-05'))).toBe(2);
    expect(countInDays(perDay, day('2016-02-06'), day('2016-09-23'))).toBe(0);
    expect(countInDays(perDay, day('2016-01-01'), day('2017-01-01'))).toBe(4);
    expect(countInDays(perDay, day('2016-09-25'), day('2016-09-24'))).toBe(0);
  });

  it('leaves out what the mask drops', () => {
    const kept = dayTotals(days, bounds[0], bounds[1], Uint8Array.from([1, 0, 0, 1]));
    expect(countInDays(kept, bounds[0], bounds[1])).toBe(2);
  });
});

describe('nextPlayRange', () => {
  const week: DayRange = [day('2016-02-05'), day('2016-02-11')];

  it('moves one unit without the day totals', () => {
    expect(iso(nextPlayRange(week, 'week', bounds, 'window', null))).toEqual(['2016-02-12', '2016-02-18']);
  });

  it('skips to the next window holding a mention, keeping the width', () => {
    const next = nextPlayRange(week, 'week', bounds, 'window', perDay);
    expect(next[0]).toBeLessThanOrEqual(day('2016-09-24'));
    expect(next[1]).toBeGreaterThanOrEqual(day('2016-09-24'));
    expect(next[1] - next[0]).toBe(6);
  });

  it('in cumulative mode, skips to the next end that adds a mention', () => {
    const next = nextPlayRange(week, 'week', bounds, 'cumulative', perDay);
    expect(next[1]).toBeGreaterThanOrEqual(day('2016-09-24'));
    expect(next[1]).toBeLessThan(day('2016-10-01'));
  });

  it('stops at the end when nothing is left to show', () => {
    const afterLast = dayTotals(days, bounds[0], bounds[1], Uint8Array.from([1, 1, 0, 0]));
    expect(iso(nextPlayRange(week, 'week', bounds, 'window', afterLast))).toEqual(['2016-11-21', '2016-11-27']);
  });
});
