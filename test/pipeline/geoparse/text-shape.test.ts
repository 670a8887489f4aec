import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/pipeline/gazetteer/normalise.js';
import { analyseShape, gapEndsSentence } from '../../../src/pipeline/geoparse/text-shape.js';

describe('gapEndsSentence', () => {
  it('reads a closing mark, closing quotes or brackets, then a space or the end', () => {
    for (const gap of ['. ', '.', '! ', '? ', '… ', '." ', '.” ', '.’) ', '.]\n', '.\u00a0', '?"']) expect(gapEndsSentence(gap), JSON.stringify(gap)).toBe(true);
    for (const gap of [' ', ', ', '.,', '.-', ' (', '."a', '-', '.a ']) expect(gapEndsSentence(gap), JSON.stringify(gap)).toBe(false);
  });
});

describe('analyseShape', () => {
  it('knows the words a text uses in lower case mid-sentence, and only those', () => {
    const text = 'Police said the bay was calm. Bay residents left. The police chief stayed.';
    const shape = analyseShape(text, tokenize(text));
    expect(shape.lowerWords.has('bay')).toBe(true);
    expect(shape.lowerWords.has('police')).toBe(true);
    expect(shape.lowerWords.has('residents')).toBe(true);
    expect(shape.lowerWords.has('the')).toBe(true);
    expect(shape.lowerWords.has('chief')).toBe(true);
    const text2 = 'Aleppo fell. Residents of Aleppo fled.';
    const shape2 = analyseShape(text2, tokenize(text2));
    expect(shape2.lowerWords.has('aleppo')).toBe(false);
    expect(shape2.lowerWords.has('residents')).toBe(false);
    expect(shape2.lowerWords.has('fled')).toBe(true);
  });
});
