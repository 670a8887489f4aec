import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assignArticleIds, slugFromFileName } from '../../../src/pipeline/ingest/article-id.js';
import { detectFormat } from '../../../src/pipeline/ingest/detect.js';
import { documentText, paragraphAt } from '../../../src/pipeline/ingest/document.js';
import { ingestArticle, type IngestedArticle } from '../../../src/pipeline/ingest/ingest-article.js';

function ingest(file: string, bytes: Uint8Array = readFileSync(`test/fixtures/ingest/${file}`)): IngestedArticle {
  const outcome = ingestArticle(file, bytes, { id: slugFromFileName(file), config: { dateOrder: 'dmy' } });
  if (!outcome.ok) throw new Error(outcome.problem);
  return outcome.value;
}

describe('Markdown with front matter', () => {
  const { article, paragraphs, warnings } = ingest('front-matter.md');

  it('takes title (entities decoded), author, outlet, url and date from the front matter', () => {
    expect(article.title).toBe('Convoy reaches "besieged" Aleppo');
    expect(article).toMatchObject({ author: 'Jane Doe', outlet: 'Example Wire', url: 'https://example.org/news/convoy-aleppo' });
    // The publisher's own calendar day, not shifted to UTC.
    expect(article.published).toMatchObject({ date: '2016-02-09', provenance: 'front-matter' });
  });

  it('strips Markdown to text: emphasis, links, lists, quotes; drops images, scripts and "Read more"', () => {
    expect(paragraphs).toEqual([
      'A heading the front matter overrides',
      'A United Nations convoy reached Aleppo on Tuesday, the first in months, aid workers said.',
      '"We need more," a doctor said.',
      'Food for 10,000 people',
      'Medicine',
    ]);
    expect(warnings.join(' ')).toMatch(/dropped unsafe markup: 1 script element/);
  });
});

describe('Markdown without front matter', () => {
  const { article, paragraphs } = ingest('no-front-matter.md');

  it('uses the first # heading as title, joins soft-wrapped lines, keeps sub-headings as paragraphs', () => {
    expect(article.title).toBe('Fighting near Kilis');
    expect(paragraphs).toEqual([
      'Published: February 6, 2016',
      'Shells landed near the Turkish city of Kilis, officials said. Refugees massed at the Oncupinar crossing & waited.',
      'Border stays shut',
      'Turkey said the border would stay closed for now.',
    ]);
  });

  it('reads the "Published: February 6, 2016" line as the date, provenance text', () => {
    expect(article.published).toMatchObject({ date: '2016-02-06', provenance: 'text', note: '"Published: February 6, 2016" (paragraph 1)' });
    expect(article.published.ambiguous).toBeUndefined();
  });
});

describe('plain HTML page', () => {
  const { article, paragraphs } = ingest('page.html');

  it('reads og/meta/canonical metadata and the <h1> title', () => {
    expect(article).toMatchObject({
      title: 'Handarat camp falls',
      outlet: 'Example Monitor',
      author: 'Sam Reporter',
      url: 'https://monitor.example.com/2016/09/24/handarat',
      published: { date: '2016-09-24', provenance: 'front-matter' },
    });
  });

  it('keeps the <article> text and drops nav, headers, asides, footer, styles and scripts', () => {
    expect(paragraphs).toEqual([
      'Government forces captured Handarat, north of Aleppo, on Saturday.',
      'The camp in 2015.',
      'Rebels said they would try to retake it within days — soon.',
    ]);
  });
});

describe('front matter with an HTML body and no title field', () => {
  it('takes the title from the first <h1>, the date from the front matter, and refuses a javascript: permalink', () => {
    const source = '---\ndate: 5 February 2016\npermalink: javascript:alert(1)\n---\n<h1>Aleppo &amp; Kilis</h1><p>Refugees reached Kilis.</p>';
    const { article, paragraphs, warnings } = ingest('x.txt', new TextEncoder().encode(source));
    expect(article.title).toBe('Aleppo & Kilis');
    expect(paragraphs).toEqual(['Refugees reached Kilis.']);
    expect(article.published).toMatchObject({ date: '2016-02-05', provenance: 'front-matter' });
    expect(article.url).toBeUndefined();
    expect(warnings).toEqual(['ignored permalink: not an absolute http(s) URL']);
  });
});

describe('HTML page without meta tags', () => {
  it('falls back to <title> minus the site name, <time datetime> for the date, <main> for the body', () => {
    const source =
      '<html><head><title>Kilis shelled – Border News</title><meta property="og:site_name" content="Border News"></head>' +
      '<body><main><p><time datetime="2016-02-08">8 Feb</time></p><p>Shells hit Kilis.</p></main><p>Outside main.</p></body></html>';
    const { article, paragraphs } = ingest('x.html', new TextEncoder().encode(source));
    expect(article.title).toBe('Kilis shelled');
    expect(article.published).toEqual({ date: '2016-02-08', provenance: 'front-matter', note: 'time datetime: 2016-02-08' });
    expect(paragraphs).toEqual(['8 Feb', 'Shells hit Kilis.']);
  });
});

describe('plain text', () => {
  it('joins hard-wrapped lines into paragraphs', () => {
    const { article, paragraphs } = ingest('hard-wrapped.txt');
    expect(article.title).toBe('Aid convoy enters Aleppo');
    expect(paragraphs).toHaveLength(2);
    expect(paragraphs[0]).toBe(
      'An aid convoy entered the eastern districts of Aleppo on Sunday, the first to reach the besieged area in weeks, according to the United Nations.',
    );
  });

  it('collapses a caption printed twice and drops the title when the body repeats it', () => {
    const text = 'Aleppo under fire\nAleppo under fire\nA caption (Reuters)\nA caption (Reuters)\nShelling went on.\n';
    const { paragraphs } = ingest('x.txt', new TextEncoder().encode(text));
    expect(paragraphs).toEqual(['A caption (Reuters)', 'Shelling went on.']);
  });

  it('takes a "By ..." line near the top as the author, and leaves sentences starting with "By" alone', () => {
    const text = 'Kilis shelled\nBy Jane Doe, Example Wire\nBy Friday, troops had reached Kilis.\nby the border\n';
    const { article, paragraphs } = ingest('x.txt', new TextEncoder().encode(text));
    expect(article.author).toBe('Jane Doe');
    expect(paragraphs).toEqual(['By Friday, troops had reached Kilis.', 'by the border']);
  });

  it('drops a language switcher written as one name per line', () => {
    const text = 'Kilis shelled\nEnglish\nEspañol\nالعربية\nShells hit Kilis.\nEnglish\n';
    expect(ingest('x.txt', new TextEncoder().encode(text)).paragraphs).toEqual(['Shells hit Kilis.', 'English']);
  });

  it('decodes entities and normalises odd spaces', () => {
    const { paragraphs } = ingest('x.txt', new TextEncoder().encode('Title\nTom &amp; Jerry\u00a0 met\u200b in   Kilis &#8217;s port.\n'));
    expect(paragraphs).toEqual(['Tom & Jerry met in Kilis ’s port.']);
  });
});

describe('format detection', () => {
  it('goes by extension first, then content', () => {
    expect(detectFormat('a.html', 'plain words')).toBe('html');
    expect(detectFormat('a.md', '<p>x</p>')).toBe('markdown');
    expect(detectFormat('a.txt', '<!doctype html><html>')).toBe('html');
    expect(detectFormat('a.txt', ' [ad_1]\n<br><div id="x"><p>Hi</p>')).toBe('html');
    expect(detectFormat('a.txt', '# Title\n\nBody')).toBe('markdown');
    expect(detectFormat('a.txt', 'Title\n\nBody with a (parenthesis).')).toBe('text');
  });
});

describe('article ids', () => {
  it('are URL-safe slugs of the file name', () => {
    expect(slugFromFileName('000_9da70760c259435a.txt')).toBe('000_9da70760c259435a');
    expect(slugFromFileName('Aleppo Report (v2) – Öncüpınar.md')).toBe('aleppo-report-v2-oncupinar');
  });

  it('stay unique when two files share a name, keeping the extension', () => {
    expect([...assignArticleIds(['a.md', 'a.txt', 'b.txt']).values()]).toEqual(['a-md', 'a-txt', 'b']);
  });
});

describe('document text', () => {
  it('is title + newline + paragraphs, with paragraph offsets for mapping back', () => {
    const doc = documentText('T', ['ab', 'cde']);
    expect(doc).toEqual({ text: 'T\nab\ncde', paragraphStarts: [0, 2, 5] });
    expect([0, 2, 3, 5, 7].map((o) => paragraphAt(doc, o))).toEqual([0, 1, 1, 2, 2]);
  });
});
