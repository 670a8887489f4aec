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

  const dateValue =
    meta('meta[property="article:published_time"]') ??
    meta('meta[itemprop="datePublished"]') ??
    meta('meta[name="pubdate"]') ??
    meta('meta[name="date"]') ??
    $('time[datetime]').first().attr('datetime');

  const container = ['article', 'main', '[role="main"]', 'body'].map((s) => $(s).first()).find((c) => c.length > 0);
  const root = (container ?? $.root()).toArray() as unknown as DomNode[];
  const doc: ParsedDocument = { format: 'html', paragraphs: htmlParagraphs(root, { dropHeaders: true }), warnings };
  if (title) doc.title = title;
  if (author) doc.author = author;
  if (outlet) doc.outlet = outlet;
  if (url) doc.url = url;
  if (dateValue) doc.date = { key: 'meta article:published_time', value: dateValue };
  return doc;
}

/** Paragraphs of an HTML fragment (a front matter body), with unsafe markup reported. */
export function parseHtmlFragment(html: string): { paragraphs: string[]; warnings: string[] } {
  const $ = cheerio.load(html);
  const unsafe = describeUnsafeMarkup(countUnsafeMarkup($));
  const paragraphs = htmlParagraphs($.root().toArray() as unknown as DomNode[]);
  return { paragraphs, warnings: unsafe ? [unsafe] : [] };
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
