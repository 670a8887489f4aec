/** Which reader a file (or a front matter body) needs, from its extension first and its content second. */
export type BodyFormat = 'html' | 'markdown' | 'text';

const HTML_EXTENSIONS = /\.(?:html?|xhtml)$/i;
const MARKDOWN_EXTENSIONS = /\.(?:md|markdown|mdown|mkd)$/i;

export function detectFormat(fileName: string, body: string): BodyFormat {
  if (HTML_EXTENSIONS.test(fileName)) return 'html';
  if (MARKDOWN_EXTENSIONS.test(fileName)) return 'markdown';
  const head = body.slice(0, 4000);
  if (/^\s*(?:<!doctype html|<html[\s>]|<\?xml)/i.test(head)) return 'html';
  // Block-level tags mean an HTML body (WordPress exports put <p>/<div> after the front matter).
  if (/<(?:p|div|br|article|section|span|h[1-6]|ul|ol|table|body)\b[^>]*>/i.test(head)) return 'html';
  if (/^\s*#{1,6}\s+\S/.test(head) || /\[[^\]\n]+\]\([^)\s]+\)|^\s*(?:[-*+]|\d+\.)\s+\S.*\n\s*(?:[-*+]|\d+\.)\s/m.test(head)) {
    return 'markdown';
  }
  return 'text';
}
