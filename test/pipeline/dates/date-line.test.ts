import { describe, expect, it } from 'vitest';
import { findDateLine } from '../../../src/pipeline/dates/date-line.js';

describe('findDateLine', () => {
  it('finds a line that is only a date near the top ("• 07/02/2016")', () => {
    expect(findDateLine(['A caption', '• 07/02/2016', 'Body.'], 'dmy')).toMatchObject({ date: '2016-02-07', paragraph: 1, ambiguous: true });
  });

  it('accepts published/updated words, weekdays and times around the date', () => {
    expect(findDateLine(['Published: Friday 5 February 2016, 10:32 GMT'], 'dmy')?.date).toBe('2016-02-05');
    expect(findDateLine(['Posted on February 5, 2016 at 5:42 pm'], 'dmy')?.date).toBe('2016-02-05');
  });

  it('prefers a published line over an updated one', () => {
    expect(findDateLine(['Updated 6 February 2016', 'Published 5 February 2016'], 'dmy')?.date).toBe('2016-02-05');
    expect(findDateLine(['Updated 6 February 2016', 'Body.'], 'dmy')?.date).toBe('2016-02-06');
  });

  it('ignores dates inside sentences and dates far down the article', () => {
    expect(findDateLine(['Talks were suspended until 25 February 2016, officials said.'], 'dmy')).toBeUndefined();
    expect(findDateLine(['One.', 'Two.', 'Three.', 'Four.', '5 February 2016'], 'dmy')).toBeUndefined();
    expect(findDateLine(['November 13'], 'dmy')).toBeUndefined();
  });
});
