import { describe, expect, it } from 'vitest';
import { documentText } from '../../../src/pipeline/ingest/document.js';
import { MAX_EXCERPT, makeExcerpt } from '../../../src/pipeline/publish/excerpt.js';
import { SentenceIndex } from '../../../src/pipeline/publish/sentence-index.js';
import { unmatchedNames } from '../../../src/pipeline/publish/unmatched-names.js';

describe('SentenceIndex', () => {
  const doc = documentText('Fighting in Aleppo', ['Mr. Kerry flew to Geneva. Talks began in the U.S. Mission there.', 'Second paragraph.']);
  const index = new SentenceIndex(doc);

  it('finds the sentence around a name, across "Mr." and "U.S."', () => {
    const at = doc.text.indexOf('Geneva');
    const s = index.around(at, at + 6)!;
    expect(doc.text.slice(s.start, s.end)).toBe('Mr. Kerry flew to Geneva.');
    const mission = doc.text.indexOf('Mission');
    const t = index.around(mission, mission + 7)!;
    expect(doc.text.slice(t.start, t.end)).toBe('Talks began in the U.S. Mission there.');
  });

  it('treats the title as one sentence and refuses a range across paragraphs', () => {
    expect(index.around(12, 18)).toEqual({ start: 0, end: 18 });
    expect(index.around(15, 25)).toBeUndefined();
  });

  it('joins two sentences when a name straddles a boundary', () => {
    const from = doc.text.indexOf('Geneva');
    const to = doc.text.indexOf('Talks') + 5;
    const s = index.around(from, to)!;
    expect(doc.text.slice(s.start, s.end)).toBe('Mr. Kerry flew to Geneva. Talks began in the U.S. Mission there.');
  });
});

describe('makeExcerpt', () => {
  it('cuts a run-on sentence to a window of whole words around the name, marked with ellipses', () => {
    const words = Array.from({ length: 300 }, (_, i) => `w${i}`);
    words[150] = 'Aleppo';
    const text = words.join(' ');
    const at = text.indexOf('Aleppo');
    const e = makeExcerpt(text, { start: 0, end: text.length }, { start: at, end: at + 6 });
    expect(e.excerpt.length).toBeLessThanOrEqual(MAX_EXCERPT + 4);
    expect(e.excerpt.startsWith('… w')).toBe(true);
    expect(e.excerpt.endsWith(' …')).toBe(true);
    expect(e.excerpt.slice(e.start, e.end)).toBe('Aleppo');
  });
});

describe('unmatchedNames', () => {
  it('lists capitalised runs not at sentence start and not touching a toponym', () => {
    const doc = documentText('Title Words Here', [
      'Troops took Jabal Badro after the Syrian Observatory for Human Rights said so. Kerry met Lavrov in Geneva on Friday.',
    ]);
    const geneva = doc.text.indexOf('Geneva');
    const names = unmatchedNames(doc.text, new SentenceIndex(doc), [{ start: geneva, end: geneva + 6 }]);
    expect(names).toEqual(['Jabal Badro', 'Syrian Observatory for Human Rights', 'Lavrov']);
  });
});
