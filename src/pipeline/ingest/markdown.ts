import * as cheerio from 'cheerio';
import MarkdownIt from 'markdown-it';
import { normalizeSpaces } from '../text/normalize.js';
import { countUnsafeMarkup, describeUnsafeMarkup, htmlParagraphs, type DomNode } from './html-text.js';
import type { ParsedDocument } from './parsed-document.js';

/**
 * Markdown is rendered to HTML by markdown-it and read by the same HTML-to-text code as web pages, so inline HTML
 * in Markdown gets the same treatment (scripts dropped, text only). The first level-1 heading is the title.
 */
const markdown = new MarkdownIt({ html: true, linkify: false, typographer: false });

export function parseMarkdown(source: string): ParsedDocument {
  const $ = cheerio.load(markdown.render(source));
  const warnings: string[] = [];
  const unsafe = describeUnsafeMarkup(countUnsafeMarkup($));
  if (unsafe) warnings.push(unsafe);
  const heading = $('h1').first();
  const title = normalizeSpaces(heading.text());
  heading.remove();
  const paragraphs = htmlParagraphs($.root().toArray() as unknown as DomNode[]);
  return title ? { format: 'markdown', title, paragraphs, warnings } : { format: 'markdown', paragraphs, warnings };
}
