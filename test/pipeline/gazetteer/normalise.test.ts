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

describe('word ids', () => {
  it('gives a folded word the same id in every text, whatever its case, and different words different ids', () => {
    const a = tokenize('Aleppo and Homs');
    const b = tokenize('ALEPPO, homs and aleppo');
    expect(a[0]!.word).toBeGreaterThanOrEqual(0);
    expect(b[0]!.word).toBe(a[0]!.word);
    expect(b[3]!.word).toBe(a[0]!.word);
    expect(b[1]!.word).toBe(a[2]!.word);
    expect(a[0]!.word).not.toBe(a[2]!.word);
  });

  it('has no id for words the shared table does not hold (long or non-ASCII), and folds a glued article to al', () => {
    const t = tokenize('Internationalisation in Öncüpınar, as-Safira');
    expect(t[0]!.word).toBe(-1);
    expect(t[2]!.word).toBe(-1);
    expect(t[3]!.norm).toBe('al');
    expect(t[3]!.word).toBe(tokenize('al')[0]!.word);
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
