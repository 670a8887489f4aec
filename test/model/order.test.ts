import { describe, expect, it } from 'vitest';
import { compare, compareNames } from '../../src/model/order.js';

describe('orders', () => {
  it('sorts ISO dates and ids by code units, whatever the locale', () => {
    expect(['2016-11-27', '', '2016-02-05', '2016-09-24'].sort(compare)).toEqual(['', '2016-02-05', '2016-09-24', '2016-11-27']);
    expect(['b', 'B', 'a'].sort(compare)).toEqual(['B', 'a', 'b']);
  });

  it('sorts names alphabetically, accented letters with their base letter', () => {
    expect(['Zahra', 'Öncüpınar', 'Aleppo', 'Oslo', 'Nubbul'].sort(compareNames)).toEqual(['Aleppo', 'Nubbul', 'Öncüpınar', 'Oslo', 'Zahra']);
  });
});
