import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { documentText } from '../../../src/pipeline/ingest/document.js';
import { ingestArticle, type IngestedArticle } from '../../../src/pipeline/ingest/ingest-article.js';

type GoldArticle = { title: string; goldText: string };
const gold = JSON.parse(readFileSync('test/fixtures/seeds-gold.json', 'utf8')) as { articles: Record<string, GoldArticle> };

function ingestSeed(key: string): IngestedArticle {
  const file = `${key}.txt`;
  const outcome = ingestArticle(file, readFileSync(`data/articles/${file}`), { id: key, config: { dateOrder: 'dmy' } });
  if (!outcome.ok) throw new Error(outcome.problem);
  return outcome.value;
}

const textOf = (a: IngestedArticle): string => documentText(a.article.title, a.paragraphs).text;

describe('ingest of the seed articles against the gold text', () => {
  it.each(['000_9da70760c259435a', '002_f87b00e1af172c13', '003_d3d6fd6fb7a240eb', '004_e995e04c85d7c234'])(
    '%s gives exactly the annotated text (title, newline, paragraphs)',
    (key) => {
      expect(textOf(ingestSeed(key))).toBe(gold.articles[key]!.goldText);
    },
  );

  it('001 differs from the gold only by the duplicated photo caption, which ingest collapses', () => {
    const lines = gold.articles['001_56db173943da32a6']!.goldText.split('\n');
    expect(lines[2]).toBe(lines[3]);
    const expected = [...lines.slice(0, 3), ...lines.slice(4)].join('\n');
    expect(textOf(ingestSeed('001_56db173943da32a6'))).toBe(expected);
  });
});

describe('seed 000: WordPress export (YAML front matter + HTML body)', () => {
  const { article, paragraphs } = ingestSeed('000_9da70760c259435a');

  it('reads the folded post_title, the permalink as URL, and drops the placeholder author', () => {
    expect(article.title).toBe('Thousands flee as Russian-backed offensive threatens to besiege Aleppo');
    expect(article.url).toBe('https://www.whenitson.com/thousands-flee-as-russian-backed-offensive-threatens-to-besiege-aleppo/');
    expect(article.author).toBeUndefined();
    expect(article.outlet).toBe('whenitson.com'); // host of the URL, when nothing better is known
  });

  it('dates it from post_date in the front matter', () => {
    expect(article.published).toEqual({ date: '2016-02-05', provenance: 'front-matter', note: 'post_date: 2016-02-05 17:42:22' });
  });

  it('removes ad shortcodes, the "Source" link and all markup, and decodes entities', () => {
    const all = paragraphs.join('\n');
    expect(all).not.toMatch(/\[ad_\d\]|<|>|&amp;|&quot;/);
    expect(paragraphs.at(-1)).toMatch(/^\(Additional reporting by .*Andrew Roche\)$/);
    expect(paragraphs).not.toContain('Source');
    expect(paragraphs[0]).toMatch(/^BEIRUT Tens of thousands/);
  });
});

describe('plain-text seeds', () => {
  it('001: title on the first line, the "• 07/02/2016" line read as 7 February 2016 (day first), marked ambiguous', () => {
    const { article, warnings } = ingestSeed('001_56db173943da32a6');
    expect(article.title).toBe('More Syrians flee as assault in Aleppo intensifies');
    expect(article.published).toMatchObject({ date: '2016-02-07', provenance: 'text', ambiguous: true });
    expect(warnings.join('\n')).toMatch(/ambiguous date "07\/02\/2016".*2016-07-02/);
    expect(article.url).toBeUndefined();
  });

  it('002: keeps the subtitle line as the first paragraph and finds no publication date in the text', () => {
    const { article, paragraphs } = ingestSeed('002_f87b00e1af172c13');
    expect(article.title).toBe('Syria Forces Advancing in Aleppo, Sending Hundreds Fleeing');
    expect(paragraphs[0]).toBe('Government gains threaten to cut rebel-held area in two');
    // "November 13" in the body is an event, not the publication date.
    expect(paragraphs.join(' ')).toContain('November 13');
    expect(article.published).toEqual({ date: null, provenance: 'none' });
  });

  it('003: "February 25" and "July 2012" in the body are not publication dates', () => {
    const { article, paragraphs } = ingestSeed('003_d3d6fd6fb7a240eb');
    expect(paragraphs.join(' ')).toMatch(/February 25.*|July 2012/);
    expect(article.published).toEqual({ date: null, provenance: 'none' });
  });

  it('004: skips the language switcher before the title and drops the tag footer and "Show Comments"', () => {
    const { article, paragraphs } = ingestSeed('004_e995e04c85d7c234');
    expect(article.title).toBe('Assad regime advances in Aleppo');
    const all = paragraphs.join('\n');
    expect(all).not.toMatch(/Portuguese|Show Comments|Middle EastNewsSyria/);
    expect(paragraphs.at(-1)).toMatch(/since August\.$/);
  });
});
