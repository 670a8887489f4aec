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

describe('lowerWords across documents', () => {
  it('answers for its own text even when another text was asked about in between', () => {
    const a = 'the bay was calm. Police came.';
    const b = 'Bay Police arrived at the harbour.';
    const shapeA = analyseShape(a, tokenize(a));
    const shapeB = analyseShape(b, tokenize(b));
    expect(shapeA.lowerWords.has('bay')).toBe(true);
    expect(shapeB.lowerWords.has('bay')).toBe(false);
    expect(shapeB.lowerWords.has('harbour')).toBe(true);
    expect(shapeA.lowerWords.has('harbour')).toBe(false);
    expect(shapeA.lowerWords.has('calm')).toBe(true);
    expect(shapeB.lowerWords.has('police')).toBe(false);
  });
});
