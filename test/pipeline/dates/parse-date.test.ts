import { describe, expect, it } from 'vitest';
import { findDates, isIsoDate, parseDateValue } from '../../../src/pipeline/dates/parse-date.js';

describe('parseDateValue', () => {
  it.each([
    ['2016-02-05', '2016-02-05'],
    ['2016-02-05 17:42:22', '2016-02-05'],
    ['2016-02-05T23:30:00-05:00', '2016-02-05'], // the publisher's own day, not UTC
    ['2016/02/05', '2016-02-05'],
    ['5 February 2016', '2016-02-05'],
    ['5th of Feb 2016', '2016-02-05'],
    ['February 5, 2016', '2016-02-05'],
    ['Feb. 5th, 2016', '2016-02-05'],
    ['Fri, 05 Feb 2016 17:42:22 GMT', '2016-02-05'],
  ])('reads %s as %s', (text, date) => {
    expect(parseDateValue(text, 'dmy')).toMatchObject({ date, ambiguous: false });
  });

  it('reads 07/02/2016 day-first by default and month-first when configured, flagging both as ambiguous', () => {
    expect(parseDateValue('07/02/2016', 'dmy')).toMatchObject({ date: '2016-02-07', ambiguous: true, alternative: '2016-07-02' });
    expect(parseDateValue('07/02/2016', 'mdy')).toMatchObject({ date: '2016-07-02', ambiguous: true, alternative: '2016-02-07' });
  });

  it('is not ambiguous when only one reading is a real day, or both readings agree', () => {
    expect(parseDateValue('13/02/2016', 'mdy')).toMatchObject({ date: '2016-02-13', ambiguous: false });
    expect(parseDateValue('02/13/2016', 'dmy')).toMatchObject({ date: '2016-02-13', ambiguous: false });
    expect(parseDateValue('05/05/2016', 'dmy')).toMatchObject({ date: '2016-05-05', ambiguous: false });
  });

  it('rejects impossible days and dates without a year', () => {
    expect(parseDateValue('31/02/2016', 'dmy')).toBeUndefined();
    expect(parseDateValue('2015-02-29', 'dmy')).toBeUndefined();
    expect(parseDateValue('November 13', 'dmy')).toBeUndefined();
    expect(parseDateValue('suspended until February 25', 'dmy')).toBeUndefined();
    expect(parseDateValue('07/02/16', 'dmy')).toBeUndefined(); // two-digit year: no safe century
  });
});

describe('findDates', () => {
  it('finds every dated expression once, left to right', () => {
    expect(findDates('From 2016-02-05 to 7 March 2016.', 'dmy').map((d) => d.date)).toEqual(['2016-02-05', '2016-03-07']);
  });
});

describe('isIsoDate', () => {
  it('accepts only real YYYY-MM-DD days', () => {
    expect(isIsoDate('2016-02-29')).toBe(true);
    expect(isIsoDate('2016-02-30')).toBe(false);
    expect(isIsoDate('2016-2-5')).toBe(false);
  });
});
