import { normalizeSpaces } from '../text/normalize.js';

/**
 * Site chrome that survives format parsing: ad shortcodes, "Source" links, comment buttons, language switchers,
 * tag strips, captions printed twice. Rules are deliberately narrow (whole short paragraphs, known words) so a
 * real sentence is never dropped.
 */

/** WordPress shortcodes left by feed importers: [ad_1], [caption id=...], [/caption]. */
const SHORTCODE = /\[\/?(?:ad_\d+|caption|embed|gallery|video|audio|playlist|wpvideo)(?:\s[^\]]*)?\]/gi;

const CHROME = new Set(
  [
    'source', 'sources', 'show comments', 'hide comments', 'comments', 'view comments', 'leave a comment',
    'advertisement', 'advertising', 'sponsored', 'read more', 'continue reading', 'share', 'share this',
    'share this article', 'share this story', 'click to share', 'tweet', 'email', 'print', 'related',
    'related articles', 'related stories', 'more stories', 'skip to content', 'subscribe', 'loading',
  ],
);

const LANGUAGES = new Set(
  ('english arabic french spanish portuguese german italian russian turkish persian farsi urdu hebrew kurdish ' +
    'chinese japanese korean dutch polish greek hindi indonesian malay swedish norwegian danish finnish ' +
    'español espanol français francais português portugues deutsch italiano русский türkçe turkce فارسی العربية عربي ' +
    'עברית 中文 日本語 한국어 کوردی').split(' '),
);

export type CleanOptions = { title?: string };

export function cleanParagraphs(input: readonly string[], options: CleanOptions = {}): string[] {
  let paragraphs = input
    .map((p) => normalizeSpaces(p.replace(SHORTCODE, ' ')))
    .filter((p) => p !== '' && !isChrome(p) && !isLanguageSwitcher(p));
  paragraphs = dropLanguageLists(paragraphs);
  paragraphs = dropTrailingChrome(paragraphs, input);
  paragraphs = collapseRepeats(paragraphs);
  const title = options.title ? comparable(options.title) : undefined;
  if (title && paragraphs[0] !== undefined && comparable(paragraphs[0]) === title) paragraphs = paragraphs.slice(1);
  return paragraphs;
}

/** "Portuguese / Spanish / English", "English | العربية": a row of language names and nothing else. */
export function isLanguageSwitcher(line: string): boolean {
  const parts = line.split(/\s*[/|·•,]\s*|\s{2,}/).filter(Boolean);
  return parts.length >= 2 && parts.every((p) => LANGUAGES.has(p.toLowerCase()));
}

/** A switcher built as a list ("English", "Español", "العربية" as separate items): two or more in a row. */
function dropLanguageLists(paragraphs: string[]): string[] {
  const isLanguage = (p: string | undefined): boolean => p !== undefined && LANGUAGES.has(p.toLowerCase());
  return paragraphs.filter((p, i) => !(isLanguage(p) && (isLanguage(paragraphs[i - 1]) || isLanguage(paragraphs[i + 1]))));
}

function isChrome(paragraph: string): boolean {
  const key = paragraph.toLowerCase().replace(/[\s:.…»›>|-]+$/u, '').replace(/^[\s«‹<|-]+/u, '');
  return CHROME.has(key);
}

/**
 * A tag strip ("Middle EastNewsSyria", "Tags: Syria, Aleppo") stands just before trailing chrome such as
 * "Show Comments"; it is dropped from the end only when such chrome was found there too.
 */
function dropTrailingChrome(paragraphs: string[], original: readonly string[]): string[] {
  const endedWithChrome = original.slice(-3).some((p) => isChrome(normalizeSpaces(p.replace(SHORTCODE, ' '))));
  if (!endedWithChrome) return paragraphs;
  let end = paragraphs.length;
  while (end > 0 && isTagLike(paragraphs[end - 1]!)) end--;
  return paragraphs.slice(0, end);
}

function isTagLike(paragraph: string): boolean {
  if (paragraph.length > 80 || /[.!?"”’)\]:;]$/.test(paragraph)) return false;
  if (/^(?:tags?|topics?|filed under|categories)\s*:/i.test(paragraph)) return true;
  // Category links run together when markup is stripped: "Middle East" + "News" + "Syria".
  if (/\p{Ll}\p{Lu}/u.test(paragraph)) return true;
  const items = paragraph.split(/\s*[,|/·•]\s*/);
  return items.length >= 2 && items.every((item) => /^\p{Lu}/u.test(item) && item.split(' ').length <= 3);
}

/** A caption or pull quote printed twice in a row is one paragraph. */
function collapseRepeats(paragraphs: string[]): string[] {
  return paragraphs.filter((p, i) => i === 0 || comparable(p) !== comparable(paragraphs[i - 1]!));
}

function comparable(text: string): string {
  return normalizeSpaces(text).toLowerCase();
}
