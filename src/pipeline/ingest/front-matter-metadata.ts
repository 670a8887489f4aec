import { DATE_KEYS } from '../dates/publication-date.js';
import { fieldText, type FrontMatter } from './front-matter.js';
import type { ParsedDocument } from './parsed-document.js';
import { safeHttpUrl } from './url.js';

/**
 * Front matter fields → ParsedDocument metadata. Key names cover Jekyll/Hugo (`title`, `date`), WordPress exports
 * (`post_title`, `post_date`, `permalink`, `original_link`, `canonical_url` lists) and common feed exports.
 */

const TITLE_KEYS = ['title', 'post_title', 'headline', 'original_title'];
const AUTHOR_KEYS = ['author', 'byline', 'creator', 'authors'];
const OUTLET_KEYS = ['outlet', 'publisher', 'publication', 'site_name', 'siteName', 'source', 'site'];
/** The page itself first, then the original it was copied from. */
const URL_KEYS = ['url', 'permalink', 'link', 'canonical_url', 'canonical', 'original_link', 'source_url'];

/** Bylines that name no one. */
const PLACEHOLDER_AUTHORS = /^(?:staff(?: writer| reporter)?|admin(?:istrator)?|editor|editorial(?: team)?|web desk|news desk|unknown)$/i;

export function frontMatterMetadata(data: FrontMatter): Omit<ParsedDocument, 'format' | 'paragraphs'> {
  const warnings: string[] = [];
  const meta: Omit<ParsedDocument, 'format' | 'paragraphs'> = { warnings };
  const title = fieldText(data, ...TITLE_KEYS);
  if (title) meta.title = title.value;
  const author = fieldText(data, ...AUTHOR_KEYS);
  if (author && !PLACEHOLDER_AUTHORS.test(author.value)) meta.author = author.value;
  const outlet = fieldText(data, ...OUTLET_KEYS);
  if (outlet && !safeHttpUrl(outlet.value)) meta.outlet = outlet.value;

  for (const key of URL_KEYS) {
    const field = fieldText(data, key);
    if (!field) continue;
    const url = safeHttpUrl(field.value);
    if (url) {
      meta.url = url;
      break;
    }
    warnings.push(`ignored ${key}: not an absolute http(s) URL`);
  }

  const date = fieldText(data, ...DATE_KEYS);
  if (date) meta.date = date;
  return meta;
}
