import * as cheerio from 'cheerio';
import MarkdownIt from 'markdown-it';
import { normalizeSpaces } from '../text/normalize.js';
import { countUnsafeMarkup, describeUnsafeMarkup, htmlParagraphs, type DomNode } from './html-text.js';
import type { ParsedDocument } from './parsed-document.js';

/**
 * Markdown is rendered to HTML by markdown-it and read by the same HTML-to-text code as web pages, so inline HTML
 * in Markdown gets the same treatment (scripts dropped, text only). The first level-1 heading is the title unless
 * the front matter gives one.
 */
const markdown = new MarkdownIt({ html: true, linkify: false, typographer: false });

/** `hasTitle`: the front matter already gave the title, so a `# heading` stays in the body (dropped if it repeats it). */
export function parseMarkdown(source: string, options: { hasTitle?: boolean } = {}): ParsedDocument {
  const $ = cheerio.load(markdown.render(source));
  const warnings: string[] = [];
  const unsafe = describeUnsafeMarkup(countUnsafeMarkup($));
  if (unsafe) warnings.push(unsafe);
  const heading = $('h1').first();
  const title = options.hasTitle ? '' : normalizeSpaces(heading.text());
  if (title) heading.remove();
  const paragraphs = htmlParagraphs($.root().toArray() as unknown as DomNode[]);
  return title ? { format: 'markdown', title, paragraphs, warnings } : { format: 'markdown', paragraphs, warnings };
}
