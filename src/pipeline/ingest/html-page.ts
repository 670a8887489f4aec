import * as cheerio from 'cheerio';
import { normalizeSpaces } from '../text/normalize.js';
import { countUnsafeMarkup, describeUnsafeMarkup, htmlParagraphs, type DomNode } from './html-text.js';
import { safeHttpUrl } from './url.js';
import type { ParsedDocument } from './parsed-document.js';

/**
 * A saved web page or an HTML fragment: metadata from <meta>/<link>/<title>, body from <article> (else <main>,
 * else <body>) with navigation, scripts, styles, headers and footers dropped.
 */
export function parseHtml(html: string): ParsedDocument {
  const $ = cheerio.load(html);
  const warnings: string[] = [];
  const unsafe = describeUnsafeMarkup(countUnsafeMarkup($));
  if (unsafe) warnings.push(unsafe);

  const meta = (selector: string): string | undefined => {
    const value = $(selector).first().attr('content');
    return value ? normalizeSpaces(value) || undefined : undefined;
  };
  const outlet = meta('meta[property="og:site_name"]') ?? meta('meta[name="application-name"]');
  const title =
    meta('meta[property="og:title"]') ??
    meta('meta[name="twitter:title"]') ??
    (normalizeSpaces($('h1').first().text()) || undefined) ??
    stripSiteName(normalizeSpaces($('title').first().text()), outlet);
  const authorMeta = meta('meta[name="author"]') ?? meta('meta[property="article:author"]');
  const author = authorMeta && !safeHttpUrl(authorMeta) ? authorMeta : undefined;

  const urlCandidates = [$('link[rel="canonical"]').first().attr('href'), meta('meta[property="og:url"]')].filter(
    (u): u is string => typeof u === 'string' && u.trim() !== '',
  );
  const url = urlCandidates.map(safeHttpUrl).find(Boolean);
  if (!url && urlCandidates.length) warnings.push(`ignored a page URL that is not absolute http(s) (${scheme(urlCandidates[0]!)})`);

  const date = DATE_SOURCES.map(([label, selector, attr]) => ({ key: label, value: $(selector).first().attr(attr)?.trim() ?? '' })).find(
    (d) => d.value !== '',
  );

  const container = ['article', 'main', '[role="main"]', 'body'].map((s) => $(s).first()).find((c) => c.length > 0);
  const root = (container ?? $.root()).toArray() as unknown as DomNode[];
  const doc: ParsedDocument = { format: 'html', paragraphs: htmlParagraphs(root, { dropHeaders: true }), warnings };
  if (title) doc.title = title;
  if (author) doc.author = author;
  if (outlet) doc.outlet = outlet;
  if (url) doc.url = url;
  if (date) doc.date = date;
  return doc;
}

/** Where a page states its publication date: label (for the article's date note), selector, attribute. */
const DATE_SOURCES: ReadonlyArray<[string, string, string]> = [
  ['meta article:published_time', 'meta[property="article:published_time"]', 'content'],
  ['meta datePublished', 'meta[itemprop="datePublished"]', 'content'],
  ['meta pubdate', 'meta[name="pubdate"]', 'content'],
  ['meta date', 'meta[name="date"]', 'content'],
  ['time datetime', 'time[datetime]', 'datetime'],
];

/**
 * Paragraphs of an HTML fragment (a front matter body), with unsafe markup reported. Without a front matter title,
 * the fragment's first <h1> is the title.
 */
export function parseHtmlFragment(html: string, options: { hasTitle?: boolean } = {}): Omit<ParsedDocument, 'format'> {
  const $ = cheerio.load(html);
  const unsafe = describeUnsafeMarkup(countUnsafeMarkup($));
  const heading = $('h1').first();
  const title = options.hasTitle ? '' : normalizeSpaces(heading.text());
  if (title) heading.remove();
  const paragraphs = htmlParagraphs($.root().toArray() as unknown as DomNode[]);
  const doc: Omit<ParsedDocument, 'format'> = { paragraphs, warnings: unsafe ? [unsafe] : [] };
  if (title) doc.title = title;
  return doc;
}

/** "Assad regime advances | Middle East Monitor" → "Assad regime advances". */
function stripSiteName(title: string, outlet: string | undefined): string | undefined {
  if (!title) return undefined;
  if (outlet) {
    for (const sep of [' | ', ' - ', ' – ', ' — ']) {
      if (title.endsWith(sep + outlet)) return title.slice(0, -(sep + outlet).length);
    }
  }
  return title;
}

/** Name the scheme, never echo the URL itself: a javascript: URL has no business in the report either. */
function scheme(url: string): string {
  const m = /^\s*([a-z][a-z0-9+.-]*):/i.exec(url);
  return m ? `${m[1]!.toLowerCase()} URL` : 'relative URL';
}
