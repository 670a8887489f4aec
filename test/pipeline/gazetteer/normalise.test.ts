import { describe, expect, it } from 'vitest';
import { foldWord, nameKey, nameKeys, tokenize } from '../../../src/pipeline/gazetteer/normalise.js';
import { keepAlternate } from '../../../src/pipeline/gazetteer/geonames.js';

describe('normalisation', () => {
  it('folds case and diacritics, including letters NFD leaves alone', () => {
    expect(nameKey('Öncüpınar')).toBe(nameKey('Oncupinar'));
    expect(foldWord('Łódź')).toBe('lodz');
  });

  it('folds apostrophe variants inside a word', () => {
    expect(nameKey("Dar'a")).toBe('dara');
    expect(nameKey('Dar‘a')).toBe('dara');
    expect(nameKey('Dar’a')).toBe('dara');
  });

  it('treats hyphens as word breaks and writes a glued Arabic article as "al"', () => {
    expect(nameKey('Bab al-Salam')).toBe('bab al salam');
    expect(nameKey('as-Safira')).toBe('al safira');
    expect(nameKey('el-Bab')).toBe('al bab');
    expect(nameKey('as Safira')).toBe('as safira');
  });

  it('indexes a name with a leading article under "al" and, when long enough, without it', () => {
    expect(nameKeys('Ar Raqqah')).toEqual(['ar raqqah', 'al raqqah', 'raqqah']);
    expect(nameKeys('al-Bab')).toEqual(['al bab']);
  });

  it('reads U.S. as one token and strips a possessive', () => {
    const toks = tokenize("U.S.-led strikes on Syria's north");
    expect(toks.map((t) => t.norm)).toEqual(['us', 'led', 'strikes', 'on', 'syria', 'north']);
    expect(toks[4]!.possessive).toBe(true);
  });

  it('keeps UTF-16 offsets of the original text, astral characters included', () => {
    const text = '😀 Aleppo, then Öncüpınar';
    const toks = tokenize(text);
    expect(toks.map((t) => text.slice(t.start, t.end))).toEqual(['Aleppo', 'then', 'Öncüpınar']);
    expect(toks[0]!.start).toBe(3);
  });
});

describe('GeoNames alternate names kept', () => {
  it('keeps Latin capitalised names of important places only', () => {
    expect(keepAlternate('Halab', true)).toBe(true);
    expect(keepAlternate('Halab', false)).toBe(false);
    expect(keepAlternate('حلب', true)).toBe(false);
    expect(keepAlternate('by', true)).toBe(false);
    expect(keepAlternate('NYC', true)).toBe(false);
    expect(keepAlternate('NYC', true, true)).toBe(true);
  });
});
