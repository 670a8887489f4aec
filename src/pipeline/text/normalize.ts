import { decodeHTML } from 'entities';

/**
 * Plain-text clean-up shared by every format: one space between words, no invisible characters, NFC so that
 * "Öncüpınar" typed two ways compares equal.
 */

/** Zero-width space, word joiner, BOM and soft hyphen carry no meaning in published text. ZWNJ/ZWJ are kept: Persian and Arabic need them. */
const INVISIBLE = /[\u200B\u2060\uFEFF\u00AD]/g;
/** Every Unicode space separator, tabs and line breaks, collapsed to one ASCII space. */
const SPACES = /[\t\n\r\v\f \u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]+/g;

/** One paragraph's text on one line. */
export function normalizeSpaces(text: string): string {
  return text.normalize('NFC').replace(INVISIBLE, '').replace(SPACES, ' ').trim();
}

/** Decode HTML character references (&amp;, &#8217;) left in text that never went through an HTML parser. */
export function decodeEntities(text: string): string {
  return text.includes('&') ? decodeHTML(text) : text;
}
