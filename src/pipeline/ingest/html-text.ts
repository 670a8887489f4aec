import type { CheerioAPI } from 'cheerio';
import { normalizeSpaces } from '../text/normalize.js';

/**
 * HTML → plain paragraphs. Text is taken from text nodes only (the parser has already decoded entities), so no
 * markup, attribute or script can reach the published text. Block elements and <br> end a paragraph.
 */

/** Elements whose content is never article text. */
const DROPPED = new Set([
  'script', 'style', 'noscript', 'template', 'nav', 'footer', 'aside', 'form', 'iframe', 'svg', 'math', 'button',
  'select', 'textarea', 'input', 'object', 'embed', 'canvas', 'head', 'title', 'meta', 'link', 'img', 'picture',
  'video', 'audio', 'source', 'track', 'map', 'dialog',
]);

const BLOCKS = new Set([
  'p', 'div', 'section', 'article', 'main', 'header', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'dl',
  'dt', 'dd', 'blockquote', 'figure', 'figcaption', 'table', 'thead', 'tbody', 'tr', 'td', 'th', 'caption', 'pre',
  'br', 'hr', 'address', 'center', 'details', 'summary', 'body', 'html', 'fieldset', 'legend',
]);

export type HtmlTextOptions = { dropHeaders?: boolean };

/** The few fields of a parsed DOM node this module reads (cheerio's nodes satisfy it). */
export type DomNode = { type: string; name?: string; data?: string; children?: DomNode[]; attribs?: Record<string, string> };

/** Paragraphs of visible text under `root`, in document order. */
export function htmlParagraphs(root: readonly DomNode[], options: HtmlTextOptions = {}): string[] {
  const paragraphs: string[] = [];
  let buffer = '';
  const flush = (): void => {
    const text = normalizeSpaces(buffer);
    if (text) paragraphs.push(text);
    buffer = '';
  };
  const walk = (node: DomNode): void => {
    if (node.type === 'text') {
      buffer += node.data ?? '';
      return;
    }
    if (node.type !== 'tag' && node.type !== 'root') return; // comments, directives, CDATA, and script/style nodes
    const element = node;
    const name = element.name?.toLowerCase();
    if (name && (DROPPED.has(name) || (options.dropHeaders && name === 'header'))) return;
    const block = !name || BLOCKS.has(name);
    if (block) flush();
    for (const child of element.children ?? []) walk(child);
    if (block) flush();
  };
  for (const node of root) walk(node);
  flush();
  return paragraphs;
}

/** Counts of what was dropped for safety, for the build report. */
export type UnsafeMarkup = { scripts: number; handlers: number; scriptLinks: number };

export function countUnsafeMarkup($: CheerioAPI): UnsafeMarkup {
  let handlers = 0;
  let scriptLinks = 0;
  $('*').each((_, el) => {
    for (const [attr, value] of Object.entries((el as DomNode).attribs ?? {})) {
      if (/^on/i.test(attr)) handlers++;
      if (/^(?:href|src|action|formaction|xlink:href)$/i.test(attr) && !isSafeLinkValue(value)) scriptLinks++;
    }
  });
  return { scripts: $('script').length, handlers, scriptLinks };
}

export function describeUnsafeMarkup(u: UnsafeMarkup): string | undefined {
  const parts: string[] = [];
  // Worded without markup or URL schemes: the report is data too, and should not carry what it warns about.
  if (u.scripts) parts.push(`${u.scripts} script element${u.scripts > 1 ? 's' : ''}`);
  if (u.handlers) parts.push(`${u.handlers} event-handler attribute${u.handlers > 1 ? 's' : ''}`);
  if (u.scriptLinks) parts.push(`${u.scriptLinks} script or data link${u.scriptLinks > 1 ? 's' : ''}`);
  return parts.length ? `dropped unsafe markup: ${parts.join(', ')}; the text was kept` : undefined;
}

function isSafeLinkValue(value: string): boolean {
  const v = value.replace(/[\s\u0000-\u001F]/g, '').toLowerCase();
  return !/^(?:javascript|vbscript|data):/.test(v);
}
