import { describe, expect, it } from 'vitest';
import {
  NO_DAY, addUnits, atEnd, binOf, chooseUnit, clampRange, dayToIso, formatBin, formatDay, formatRange, histogram,
  inTimeRange, isoToDay, makeBins, startOfUnit, stepRange, weekdayOfDay,
} from '../../src/model/time.js';

const day = (iso: string): number => isoToDay(iso)!;

describe('ISO days', () => {
  it('round-trips calendar dates through day numbers', () => {
    for (const iso of ['1970-01-01', '2016-02-05', '2016-02-29', '1969-12-31', '0099-03-01', '2040-12-31']) {
      expect(dayToIso(day(iso))).toBe(iso);
    }
    expect(day('1970-01-02')).toBe(1);
  });

  it('rejects what is not a real ISO calendar date', () => {
    for (const bad of ['2016-02-30', '2015-02-29', '2016-13-01', '2016-2-5', '05/02/2016', '', '2016-02-05T00:00']) {
      expect(isoToDay(bad), bad).toBeUndefined();
    }
  });

  it('knows the weekday (5 Feb 2016 was a Friday)', () => {
    expect(weekdayOfDay(day('2016-02-05'))).toBe(5);
    expect(weekdayOfDay(day('1969-12-28'))).toBe(0);
  });
});

describe('units', () => {
  it('chooses days for months of news, weeks for a year or two, months beyond', () => {
    expect(chooseUnit(0)).toBe('day');
    expect(chooseUnit(119)).toBe('day');
    expect(chooseUnit(120)).toBe('week');
    expect(chooseUnit(365 * 2)).toBe('week');
    expect(chooseUnit(365 * 3)).toBe('month');
  });

  it('starts weeks on Monday and months on the 1st', () => {
    expect(dayToIso(startOfUnit(day('2016-02-07'), 'week'))).toBe('2016-02-01'); // a Sunday
    expect(dayToIso(startOfUnit(day('2016-02-01'), 'week'))).toBe('2016-02-01');
    expect(dayToIso(startOfUnit(day('2016-02-29'), 'month'))).toBe('2016-02-01');
  });

  it('adds months keeping the day of the month where it exists', () => {
    expect(dayToIso(addUnits(day('2016-01-31'), 'month', 1))).toBe('2016-02-29');
    expect(dayToIso(addUnits(day('2016-03-31'), 'month', -1))).toBe('2016-02-29');
    expect(dayToIso(addUnits(day('2016-11-15'), 'month', 3))).toBe('2017-02-15');
    expect(dayToIso(addUnits(day('2016-02-05'), 'week', -1))).toBe('2016-01-29');
  });
});

describe('bins and histogram', () => {
  it('covers the span with whole units', () => {
    const bins = makeBins(day('2016-02-03'), day('2016-02-17'), 'week');
    expect(Array.from(bins.starts, dayToIso)).toEqual(['2016-02-01', '2016-02-08', '2016-02-15', '2016-02-22']);
    expect(bins.count).toBe(3);
    expect(binOf(bins, day('2016-02-14'))).toBe(1);
    expect(binOf(bins, day('2016-01-31'))).toBe(-1);
    expect(binOf(bins, NO_DAY)).toBe(-1);
  });

  it('bins months of different lengths', () => {
    const bins = makeBins(day('2016-01-15'), day('2016-03-01'), 'month');
    expect(bins.count).toBe(3);
    expect(binOf(bins, day('2016-02-29'))).toBe(1);
    expect(binOf(bins, day('2016-03-31'))).toBe(2);
  });

  it('counts items per bin, skipping undated, out-of-range and unkept items', () => {
    const bins = makeBins(day('2016-02-01'), day('2016-02-03'), 'day');
    const days = Int32Array.from([day('2016-02-01'), day('2016-02-01'), day('2016-02-03'), NO_DAY, day('2017-01-01'), day('2016-02-02')]);
    expect(Array.from(histogram(bins, days))).toEqual([2, 1, 1]);
    const keep = Uint8Array.from([1, 0, 1, 1, 1, 0]);
    expect(Array.from(histogram(bins, days, keep))).toEqual([1, 0, 1]);
  });

  it('labels bins by unit', () => {
    expect(formatBin(makeBins(day('2016-02-05'), day('2016-02-05'), 'week'), 0)).toBe('Week of 1 Feb 2016');
    expect(formatBin(makeBins(day('2016-02-05'), day('2016-02-05'), 'month'), 0)).toBe('Feb 2016');
  });
});

describe('ranges and modes', () => {
  const bounds = [day('2016-02-01'), day('2016-11-30')] as const;

  it('shows only the window, or everything up to its end when cumulative', () => {
    const range = [day('2016-02-05'), day('2016-02-10')] as const;
    expect(inTimeRange(day('2016-02-04'), range, 'window')).toBe(false);
    expect(inTimeRange(day('2016-02-04'), range, 'cumulative')).toBe(true);
    expect(inTimeRange(day('2016-02-10'), range, 'window')).toBe(true);
    expect(inTimeRange(day('2016-02-11'), range, 'cumulative')).toBe(false);
  });

  it('clamps and orders a range inside the bounds', () => {
    expect(clampRange([day('2016-12-05'), day('2016-01-01')], bounds)).toEqual(bounds);
    expect(clampRange([day('2016-03-01'), day('2016-03-05')], bounds)).toEqual([day('2016-03-01'), day('2016-03-05')]);
  });

  it('steps by a unit keeping the width, and stops at the bounds', () => {
    const range = [day('2016-11-01'), day('2016-11-07')] as const;
    expect(stepRange(range, 'week', 1, bounds).map(dayToIso)).toEqual(['2016-11-08', '2016-11-14']);
    expect(stepRange(range, 'month', 1, bounds).map(dayToIso)).toEqual(['2016-11-24', '2016-11-30']);
    expect(stepRange([day('2016-02-01'), day('2016-02-03')], 'day', -1, bounds).map(dayToIso)).toEqual(['2016-02-01', '2016-02-03']);
    expect(atEnd(stepRange(range, 'month', 1, bounds), bounds)).toBe(true);
    expect(atEnd(range, bounds)).toBe(false);
  });

  it('formats days and ranges readably at every unit', () => {
    expect(formatDay(day('2016-02-05'))).toBe('5 Feb 2016');
    expect(formatDay(day('2016-02-05'), 'month')).toBe('Feb 2016');
    expect(formatDay(day('2016-02-05'), 'day', false)).toBe('5 Feb');
    expect(formatRange([day('2016-02-05'), day('2016-02-12')])).toBe('5–12 Feb 2016');
    expect(formatRange([day('2016-01-28'), day('2016-02-03')])).toBe('28 Jan – 3 Feb 2016');
    expect(formatRange([day('2015-12-28'), day('2016-01-03')])).toBe('28 Dec 2015 – 3 Jan 2016');
    expect(formatRange([day('2016-02-05'), day('2016-02-05')])).toBe('5 Feb 2016');
    expect(formatRange([day('2016-02-01'), day('2016-03-31')], 'month')).toBe('Feb–Mar 2016');
  });
});
