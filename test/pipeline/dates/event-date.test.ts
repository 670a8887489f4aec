import { describe, expect, it } from 'vitest';
import gold from '../../fixtures/seeds-gold.json' with { type: 'json' };
import { findEventDate, findEventDates } from '../../../src/pipeline/dates/event-date.js';

type GoldArticle = { published: string | null; goldText: string };
const articles = gold.articles as unknown as Record<string, GoldArticle>;

/** The sentence of a seed's gold text that contains `phrase`, and the seed's publication date. */
function seedSentence(seed: string, phrase: string): { sentence: string; published: string } {
  const article = Object.entries(articles).find(([key]) => key.startsWith(seed))![1];
  const sentence = article.goldText.split(/(?<=[.!?])\s+|\n/).find((s) => s.includes(phrase));
  if (!sentence) throw new Error(`no sentence with "${phrase}" in seed ${seed}`);
  return { sentence, published: article.published! };
}

describe('findEventDate on the seed articles', () => {
  it('reads "on Friday" in the 5 Feb 2016 Reuters story as that same Friday', () => {
    const { sentence, published } = seedSentence('000', 'fled an intensifying Russian assault');
    expect(published).toBe('2016-02-05');
    expect(findEventDate(sentence, published)).toEqual({ date: '2016-02-05', text: 'on Friday' });
  });

  it('reads "on Saturday" in a story published on a Saturday as the publication day', () => {
    const { sentence, published } = seedSentence('004', 'seized ground north of Aleppo on Saturday');
    expect(published).toBe('2016-09-24');
    expect(findEventDate(sentence, published)).toEqual({ date: '2016-09-24', text: 'on Saturday' });
  });

  it('reads "last Thursday" as the Thursday before publication', () => {
    const { sentence, published } = seedSentence('004', 'last Thursday');
    expect(findEventDate(sentence, published)).toEqual({ date: '2016-09-22', text: 'last Thursday' });
  });

  it('reads "November 13" without a year in the publication year', () => {
    const { sentence, published } = seedSentence('002', 'November 13');
    expect(findEventDate(sentence, published)).toEqual({ date: '2016-11-13', text: 'November 13' });
  });

  it('reads the possessive "Saturday\'s advance"', () => {
    const { sentence, published } = seedSentence('004', "Saturday's advance");
    expect(findEventDate(sentence, published)?.date).toBe('2016-09-24');
  });

  it('reads "last Monday" (the UN convoy, 19 Sep 2016)', () => {
    const { sentence, published } = seedSentence('004', 'last Monday');
    expect(findEventDate(sentence, published)).toEqual({ date: '2016-09-19', text: 'last Monday' });
  });

  it('keeps a date stated in the future as stated ("until February 25")', () => {
    const { sentence, published } = seedSentence('003', 'February 25');
    const near = sentence.indexOf('February 25');
    expect(findEventDate(sentence, published, { near })).toEqual({ date: '2016-02-25', text: 'February 25' });
  });

  it('skips month precision ("since July 2012")', () => {
    const { sentence, published } = seedSentence('003', 'July 2012');
    expect(findEventDate(sentence, published)).toBeUndefined();
  });

  it('skips periods ("this week")', () => {
    const { sentence, published } = seedSentence('000', 'helped to torpedo Geneva peace talks this week');
    expect(findEventDate(sentence, published)).toBeUndefined();
  });
});

describe('findEventDate rules', () => {
  const published = '2016-09-24'; // a Saturday

  it('returns undefined for an undated article', () => {
    expect(findEventDate('Fighting resumed on Friday.', null)).toBeUndefined();
  });

  it('returns undefined for a malformed publication date', () => {
    expect(findEventDate('Fighting resumed on Friday.', '24/09/2016')).toBeUndefined();
  });

  it('returns undefined when the sentence names no day', () => {
    expect(findEventDate('Aid workers feared the city could fall.', published)).toBeUndefined();
  });

  it('puts a bare weekday on or before publication, never after', () => {
    expect(findEventDate('Shelling went on overnight on Sunday.', published)?.date).toBe('2016-09-18');
    expect(findEventDate('Talks broke down on Friday.', published)?.date).toBe('2016-09-23');
  });

  it('puts "last <weekday>" strictly before publication', () => {
    expect(findEventDate('The truce ended last Saturday.', published)?.date).toBe('2016-09-17');
  });

  it('puts "next <weekday>" strictly after publication', () => {
    expect(findEventDate('Ministers meet next Saturday.', published)?.date).toBe('2016-10-01');
  });

  it('reads yesterday and today against the publication date', () => {
    expect(findEventDate('Rebels said yesterday that the road was cut.', published)?.date).toBe('2016-09-23');
    expect(findEventDate("Today's movements mark the first advance.", published)?.date).toBe('2016-09-24');
  });

  it('skips relative periods: last week, a week ago, last month, the weekend', () => {
    for (const sentence of ['It began last week.', 'A week ago, hospitals closed.', 'It was broken last month.', 'Over the weekend, jets struck.']) {
      expect(findEventDate(sentence, published), sentence).toBeUndefined();
    }
  });

  it('skips "the day before", which refers to an event in the text', () => {
    expect(findEventDate('The convoy had been hit the day before.', published)).toBeUndefined();
  });

  it('skips bare months and years', () => {
    expect(findEventDate('The offensive began in August.', published)).toBeUndefined();
    expect(findEventDate('Since 2014 the group has held the city.', published)).toBeUndefined();
  });

  it('keeps an explicit year', () => {
    expect(findEventDate('The uprising began on March 15, 2011.', published)).toEqual({ date: '2011-03-15', text: 'March 15, 2011' });
  });

  it('puts an earlier month-day in the past rather than the next year', () => {
    expect(findEventDate('The convoy left on February 25.', published)?.date).toBe('2016-02-25');
  });

  it('puts a month-day just after a January publication in the previous December when it is older', () => {
    expect(findEventDate('Talks stalled on December 30.', '2016-01-05')?.date).toBe('2015-12-30');
  });

  it('reads numeric dates day first by default, month first on request', () => {
    expect(findEventDate('Posted 07/02/2016.', published)?.date).toBe('2016-02-07');
    expect(findEventDate('Posted 07/02/2016.', published, { dayFirst: false })?.date).toBe('2016-07-02');
  });

  it('takes the first day after the mention when a sentence names several days', () => {
    const sentence = 'Jets hit Aleppo on Friday and Idlib on Wednesday.';
    expect(findEventDate(sentence, published)?.text).toBe('on Friday');
    expect(findEventDate(sentence, published, { near: sentence.indexOf('Aleppo') })?.text).toBe('on Friday');
    expect(findEventDate(sentence, published, { near: sentence.indexOf('Idlib') })?.text).toBe('on Wednesday');
  });

  it('takes the day that opens the sentence when none follows the mention', () => {
    const sentence = 'On Sunday, opposition groups said troops were moving on the Sakhur neighborhood.';
    expect(findEventDate(sentence, '2016-11-27', { near: sentence.indexOf('Sakhur') })).toEqual({ date: '2016-11-27', text: 'On Sunday' });
  });

  it('ignores what chrono reads too generously: "sat", "now", "in one day", "a day after"', () => {
    for (const sentence of ['Women sat on the side of the road.', 'The regime is now trying to expand.', 'There were 250 strikes in one day.', 'They took Jabal Badro a day after Hanano.']) {
      expect(findEventDate(sentence, published), sentence).toBeUndefined();
    }
  });

  it('skips weekdays that are part of a name', () => {
    for (const sentence of ['He told the Sunday Times that Aleppo would fall.', 'The Good Friday agreement was cited.', 'Crowds left the Friday Mosque in Herat.']) {
      expect(findEventDate(sentence, published), sentence).toBeUndefined();
    }
    expect(findEventDate('Syrian state TV said on Friday that Mayer fell.', published)?.date).toBe('2016-09-23');
    expect(findEventDate('On Sunday, Reuters reported the advance.', '2016-11-27')?.date).toBe('2016-11-27');
  });

  it('gives the words without trailing punctuation', () => {
    expect(findEventDate('Aleppo was hit on Friday, the monitor said.', published)?.text).toBe('on Friday');
  });

  it('reports every full-day expression with its span', () => {
    const sentence = 'Jets hit Aleppo on Friday and Idlib on Wednesday.';
    const found = findEventDates(sentence, published);
    expect(found.map((f) => sentence.slice(f.index, f.end))).toEqual(['on Friday', 'on Wednesday']);
    expect(found.map((f) => f.eventDate.date)).toEqual(['2016-09-23', '2016-09-21']);
  });
});
