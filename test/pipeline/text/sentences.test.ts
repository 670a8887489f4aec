import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../src/pipeline/text/sentences.js';

const sentences = (text: string): string[] => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it('splits plain sentences and keeps their punctuation', () => {
    expect(sentences('Aleppo was shelled. Thousands fled! Was Turkey open? Nobody knew.')).toEqual([
      'Aleppo was shelled.', 'Thousands fled!', 'Was Turkey open?', 'Nobody knew.',
    ]);
  });

  it('does not split after titles, initials or "U.S." before a name', () => {
    expect(sentences('Mr. Kerry met Dr. Haj Ali and John F. Kennedy Jr. in the U.S. State Department. Then he left.')).toEqual([
      'Mr. Kerry met Dr. Haj Ali and John F. Kennedy Jr. in the U.S. State Department.', 'Then he left.',
    ]);
  });

  it('splits after an abbreviation that ends a sentence when a typical opener follows', () => {
    expect(sentences('The talks began at 10 a.m. Friday in Geneva. Troops moved at 6 a.m. The city fell.')).toEqual([
      'The talks began at 10 a.m. Friday in Geneva.', 'Troops moved at 6 a.m.', 'The city fell.',
    ]);
    expect(sentences('Aid came from the U.S. The convoy was hit.')).toEqual(['Aid came from the U.S.', 'The convoy was hit.']);
  });

  it('keeps closing quotes with their sentence and splits before an opening quote', () => {
    expect(sentences('"Handarat has fallen," an official said. "Aleppo will die." He wept.')).toEqual([
      '"Handarat has fallen," an official said.', '"Aleppo will die."', 'He wept.',
    ]);
    expect(sentences('It said “we will resist.” Damascus agreed.')).toEqual(['It said “we will resist.”', 'Damascus agreed.']);
  });

  it('does not split on an ellipsis inside a sentence, or before a lower-case word', () => {
    expect(sentences('Violations were "causing tensions and ... create risks". Ankara agreed.')).toEqual([
      'Violations were "causing tensions and ... create risks".', 'Ankara agreed.',
    ]);
    expect(sentences('He cited e.g. the border. It stayed shut.')).toEqual(['He cited e.g. the border.', 'It stayed shut.']);
  });

  it('returns offsets that cover the text without leading or trailing space', () => {
    const text = '  One sentence.   Two sentences.  ';
    expect(splitSentences(text)).toEqual([{ start: 2, end: 15 }, { start: 18, end: 32 }]);
  });

  it('handles a text without final punctuation and text in scripts without case', () => {
    expect(sentences('No stop here')).toEqual(['No stop here']);
    expect(sentences('قصف حلب. وصلت القافلة.')).toEqual(['قصف حلب.', 'وصلت القافلة.']);
    expect(splitSentences('')).toEqual([]);
  });
});
