import { describe, expect, it } from 'vitest';
import { axisTicks, binShown, dayToFraction, fractionToDay } from '../../../src/app/timeline/geometry.js';
import { isoToDay, makeBins } from '../../../src/model/time.js';

const day = (iso: string) => isoToDay(iso)!;
// 5 Feb – 27 Nov 2016 in weeks (Mondays), as for the seed articles.
const bounds = [day('2016-02-05'), day('2016-11-27')] as const;
const bins = makeBins(bounds[0], bounds[1], 'week');

describe('timeline geometry', () => {
  it('maps days to track fractions and back', () => {
    expect(dayToFraction(bins, bins.starts[0]!)).toBe(0);
    expect(dayToFraction(bins, bins.starts[bins.count]!)).toBe(1);
    const mid = day('2016-07-01');
    expect(fractionToDay(bins, dayToFraction(bins, mid), bounds)).toBe(mid);
  });

  it('clamps a pointer outside the data to the first or last dated day', () => {
    expect(fractionToDay(bins, -0.5, bounds)).toBe(bounds[0]);
    expect(fractionToDay(bins, 0, bounds)).toBe(bounds[0]); // the first bin starts on the Monday before 5 Feb
    expect(fractionToDay(bins, 1.5, bounds)).toBe(bounds[1]);
  });

  it('highlights the bins the range shows, and everything before its end in cumulative mode', () => {
    const range = [day('2016-09-19'), day('2016-09-25')] as const;
    const shown = (cumulative: boolean) => Array.from({ length: bins.count }, (_, i) => binShown(bins, i, range, cumulative));
    expect(shown(false).filter(Boolean)).toHaveLength(1);
    const cumulative = shown(true);
    const last = cumulative.lastIndexOf(true);
    expect(last).toBe(shown(false).indexOf(true));
    expect(cumulative.slice(0, last + 1).every(Boolean)).toBe(true);
    expect(cumulative.slice(last + 1).some(Boolean)).toBe(false);
  });

  it('labels month ticks with the year only where it changes', () => {
    const ticks = axisTicks(makeBins(day('2015-11-20'), day('2016-03-10'), 'week'), 10);
    expect(ticks.map((t) => t.label)).toEqual(['Dec 2015', 'Jan 2016', 'Feb', 'Mar']);
  });

  it('keeps at most the requested number of ticks', () => {
    expect(axisTicks(makeBins(day('2010-01-01'), day('2016-01-01'), 'month'), 7).length).toBeLessThanOrEqual(7);
  });
});
