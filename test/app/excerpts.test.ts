import { describe, expect, it } from 'vitest';
import { splitExcerpt } from '../../src/app/panels/HighlightedExcerpt.js';
import { groupByArticle } from '../../src/app/panels/group-excerpts.js';
import { safeHttpUrl } from '../../src/app/util/safe-url.js';
import type { Article, Mention } from '../../src/model/contract.js';

describe('splitExcerpt', () => {
  it('cuts the sentence around the place name', () => {
    expect(splitExcerpt({ excerpt: 'Fled Aleppo today', start: 5, end: 11 })).toEqual(['Fled ', 'Aleppo', ' today']);
  });

  it('shows the whole sentence unmarked when the offsets are out of range', () => {
    expect(splitExcerpt({ excerpt: 'Short', start: 3, end: 40 })).toEqual(['Short', '', '']);
  });
});

describe('groupByArticle', () => {
  const article = (id: string, date: string | null): Article => ({
    id,
    title: id,
    sourceFile: `${id}.txt`,
    published: { date, provenance: date ? 'front-matter' : 'none' },
  });
  const mention = (id: string, a: string): Mention => ({
    id,
    place: 'p',
    article: a,
    role: 'literal',
    surface: 'X',
    excerpt: 'X',
    start: 0,
    end: 1,
    confidence: 1,
  });

  it('puts the newest article first and undated ones last', () => {
    const articles = new Map([
      ['old', article('old', '2016-02-05')],
      ['new', article('new', '2016-11-27')],
      ['none', article('none', null)],
    ]);
    const groups = groupByArticle([mention('1', 'none'), mention('2', 'old'), mention('3', 'new'), mention('4', 'old')], articles);
    expect(groups.map((g) => [g.article.id, g.mentions.length])).toEqual([
      ['new', 1],
      ['old', 2],
      ['none', 1],
    ]);
  });
});

describe('safeHttpUrl', () => {
  it('keeps http and https links', () => {
    expect(safeHttpUrl('https://example.org/a?b=1')).toBe('https://example.org/a?b=1');
    expect(safeHttpUrl('http://example.org')).toBe('http://example.org/');
  });

  it.each(['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'data:text/html,x', '/relative', '', undefined])('drops %s', (url) => {
    expect(safeHttpUrl(url)).toBeNull();
  });
});
