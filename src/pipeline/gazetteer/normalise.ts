import { HASH_START, hashStep, packStep, WORD_IDS, WORD_MAX_LENGTH, wordIdOf, wordOf, wordSlot } from './word-table.js';

/**
 * One normalisation for gazetteer names and article text, so that a name matches however news spells it:
 * case, diacritics (Öncüpınar = Oncupinar), apostrophe variants (Dar'a = Dar‘a = Dar’a), hyphens (al-Bab = al Bab),
 * Arabic article variants joined by a hyphen (as-Safira, el-Bab, ash-Shaykh → al ...), dotted abbreviations (U.S. = US).
 *
 * Text is cut into word tokens; each keeps the UTF-16 span it came from, so a match over normalised tokens maps back
 * to exact offsets in the original string (astral characters included: we only ever index the original string).
 */

export type Token = {
  /** UTF-16 offsets into the original text, end exclusive. */
  start: number;
  end: number;
  /** Folded form used for matching. */
  norm: string;
  /** First character is an upper-case letter. */
  cap: boolean;
  /** Every letter is upper case (and there are at least two). */
  upper: boolean;
  /** The token is followed by a possessive 's / ’s (not part of the token). */
  possessive: boolean;
  /** Characters between the previous token and this one (whitespace, punctuation). */
  gapBefore: string;
  /**
   * Id of the folded word in the tokenizer's shared word table (0 <= word < WORD_IDS), or -1 when the word is not
   * in it. The same word has the same id in every document, so a caller can remember an answer per word in a small
   * array instead of hashing the string again.
   */
  word: number;
};

/** Letters that NFD does not decompose into base + mark. */
const SPECIAL_FOLDS: Record<string, string> = {
  ı: 'i', İ: 'i', ø: 'o', Ø: 'o', ß: 'ss', æ: 'ae', Æ: 'ae', œ: 'oe', Œ: 'oe', đ: 'd', Đ: 'd', ł: 'l', Ł: 'l',
  þ: 'th', ð: 'd', ħ: 'h', ŧ: 't',
};

const APOSTROPHES = new Set(["'", '’', '‘', 'ʼ', 'ʻ', '`', '´', 'ʿ', 'ʾ']);
const HYPHENS = new Set(['-', '‐', '‑', '‒', '–']);
/** Arabic definite-article spellings (sun-letter assimilations and the Levantine el-) written before a hyphen. */
const ARABIC_ARTICLES = new Set(['al', 'el', 'as', 'ad', 'ash', 'ar', 'at', 'az', 'an', 'adh', 'ath', 'es', 'ed', 'ez', 'er', 'et', 'en', 'ul']);

/** ARTICLE_WORDS[id] is 1 for the word ids of ARABIC_ARTICLES (entered in the empty word table at start-up): a
 * token with a word id is checked without reading its string. */
const ARTICLE_WORDS = new Uint8Array(WORD_IDS);
for (const article of ARABIC_ARTICLES) ARTICLE_WORDS[wordIdOf(article, true)] = 1;

const foldCache = new Map<string, string>();
const ASCII_WORD = /^[A-Za-z0-9]*$/;

/** Fold one word: lower case, no diacritics, no apostrophes. Cached because news repeats words a lot. */
export function foldWord(word: string): string {
  // Fast path: plain ASCII letters and digits only lower-case.
  if (ASCII_WORD.test(word)) return word.toLowerCase();
  const cached = foldCache.get(word);
  if (cached !== undefined) return cached;
  let out = '';
  for (const ch of word.normalize('NFD')) {
    const special = SPECIAL_FOLDS[ch];
    if (special !== undefined) out += special;
    else if (/\p{M}/u.test(ch) || APOSTROPHES.has(ch)) continue;
    else out += ch.toLowerCase();
  }
  if (foldCache.size < 200_000) foldCache.set(word, out);
  return out;
}



function countCased(raw: string): number {
  let n = 0;
  for (let i = 0; i < raw.length && n < 2; i++) {
    const c = raw.charCodeAt(i);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c > 127 && raw[i]!.toLowerCase() !== raw[i]!.toUpperCase())) n++;
  }
  return n;
}

function isUpperLetter(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/**
 * Cut text into word tokens. A word is a run of letters/digits; an apostrophe between letters stays inside it
 * (Dar'a), except a trailing possessive 's, which is recorded and left out. "U.S." and "U.K." become one token.
 */
/**
 * A word: dotted initials (U.S.), or letters/marks/digits with apostrophes allowed between letters (Dar'a,
 * Syria's). One native regular-expression scan; the possessive is split off afterwards.
 */
/**
 * Word characters as a table over the Basic Multilingual Plane: 1 for a word character, 2 for an apostrophe
 * (joins two word characters: Dar'a). Word characters: ASCII letters and digits, and everything from U+00C0 up
 * except the general punctuation and symbol blocks (U+2000–U+2BFF, U+3000–U+303F), surrogates (emoji), private
 * use and specials. A table lookup per character, no regular expression, no match objects.
 */
const CHAR_CLASS = (() => {
  const table = new Uint8Array(65536);
  const mark = (from: number, to: number) => table.fill(1, from, to + 1);
  mark(48, 57);
  mark(65, 90);
  mark(97, 122);
  mark(0xc0, 0x1fff);
  table[0xd7] = 0; // ×
  table[0xf7] = 0; // ÷
  mark(0x2c00, 0x2fff);
  mark(0x3040, 0xd7ff);
  mark(0xf900, 0xfefe);
  mark(0xff10, 0xffef);
  for (const a of ["'", '’', '‘', 'ʼ', 'ʻ', '`', '´']) table[a.charCodeAt(0)] = 2;
  return table;
})();

function isUpperAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return c >= 65 && c <= 90;
  const ch = text[i]!;
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let lastEnd = 0;
  let i = 0;
  while (i < n) {
    if (CHAR_CLASS[text.charCodeAt(i)] !== 1) {
      i++;
      continue;
    }
    const start = i;
    // Dotted initials: an upper-case letter and a dot, at least twice (U.S., U.K., N.J.).
    if (i + 3 < n && text.charCodeAt(i + 1) === 46 && isUpperAt(text, i) && text.charCodeAt(i + 3) === 46 && isUpperAt(text, i + 2)) {
      let j = i;
      while (j + 1 < n && text.charCodeAt(j + 1) === 46 && isUpperAt(text, j)) j += 2;
      const word = text.slice(start, j);
      tokens.push(makeToken(text, start, j, word.replace(/\./g, ''), lastEnd, false));
      foldArticleBefore(tokens);
      lastEnd = j;
      i = j;
      continue;
    }
    // One pass over the word: where it ends and, while it is plain ASCII (letters and digits), its hash, case and
    // characters packed as the shared word table keeps them. An apostrophe joins two word characters (Dar'a); the
    // state before the last one is kept, for a possessive 's split off after the scan.
    let hash = HASH_START;
    let p0 = 0;
    let p1 = 0;
    let p2 = 0;
    let lower = false;
    let uppers = 0;
    let plain = true;
    let aposAt = -1;
    let aposHash = 0;
    let aposP0 = 0;
    let aposP1 = 0;
    let aposP2 = 0;
    let aposLower = false;
    let aposUppers = 0;
    let aposPlain = true;
    let j = i;
    // (Reads stay inside the text: a read past its end deoptimises the compiled loop.)
    while (j < n) {
      let c = text.charCodeAt(j);
      const cls = CHAR_CLASS[c];
      if (cls === 2 && j > start && j + 1 < n && CHAR_CLASS[text.charCodeAt(j + 1)] === 1) {
        aposAt = j;
        aposHash = hash;
        aposP0 = p0;
        aposP1 = p1;
        aposP2 = p2;
        aposLower = lower;
        aposUppers = uppers;
        aposPlain = plain;
        plain = false;
        j++;
        continue;
      }
      if (cls !== 1) break;
      if (plain) {
        if (c >= 97 && c <= 122) lower = true;
        else if (c >= 65 && c <= 90) {
          uppers++;
          c += 32;
        } else if (c >= 128) plain = false;
        hash = hashStep(hash, c);
        const at = j - start;
        if (at < 4) p0 = packStep(p0, at, c);
        else if (at < 8) p1 = packStep(p1, at, c);
        else if (at < WORD_MAX_LENGTH) p2 = packStep(p2, at, c);
      }
      j++;
    }
    let end = j;
    let possessive = false;
    // Possessive 's / ’s: recorded, not part of the name; the word is what the scan knew before the apostrophe.
    const last = text.charCodeAt(j - 1);
    if (j - start > 2 && (last === 115 || last === 83) && aposAt === j - 2) {
      end = j - 2;
      possessive = true;
      hash = aposHash;
      p0 = aposP0;
      p1 = aposP1;
      p2 = aposP2;
      lower = aposLower;
      uppers = aposUppers;
      plain = aposPlain;
    }
    tokens.push(
      plain
        ? plainToken(text, start, end, lastEnd, possessive, hash, p0, p1, p2, lower, uppers)
        : makeToken(text, start, end, text.slice(start, end), lastEnd, possessive),
    );
    foldArticleBefore(tokens);
    lastEnd = end;
    i = j;
  }
  return tokens;
}

/**
 * A plain ASCII word (most words): its folded form comes from the shared word table (word-table.ts) when the
 * table holds it, so most tokens allocate no string. Same answers as makeToken gives an ASCII word: capitalised
 * when it starts with A-Z; all upper case when it has no lower-case letter and at least two upper-case ones.
 */
function plainToken(
  text: string,
  start: number,
  end: number,
  lastEnd: number,
  possessive: boolean,
  hash: number,
  p0: number,
  p1: number,
  p2: number,
  lower: boolean,
  uppers: number,
): Token {
  const first = text.charCodeAt(start);
  const word = wordSlot(hash, end - start, p0, p1, p2, text, start, uppers > 0, true);
  return {
    start,
    end,
    norm: word >= 0 ? wordOf(word) : uppers > 0 ? text.slice(start, end).toLowerCase() : text.slice(start, end),
    cap: first >= 65 && first <= 90,
    upper: !lower && uppers >= 2,
    possessive,
    gapBefore: text.slice(lastEnd, start),
    word,
  };
}

function makeToken(text: string, start: number, end: number, raw: string, lastEnd: number, possessive: boolean): Token {
  const first = raw[0] ?? '';
  // All letters upper case: at least two cased letters and none lower case. ASCII is decided by char codes.
  let upper = raw.length >= 2;
  let ascii = true;
  // Most words are already lower case: then the raw slice is the folded form, no second string.
  let hasUpper = false;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c >= 97 && c <= 122) upper = false;
    else if (c >= 65 && c <= 90) hasUpper = true;
    else if (c >= 128 || c === 39 || c === 96) ascii = false; // apostrophes go through foldWord, which drops them
  }
  if (upper && !ascii) upper = raw === raw.toUpperCase() && raw.toLowerCase() !== raw;
  if (upper) upper = countCased(raw) >= 2;
  return {
    start,
    end,
    norm: ascii ? (hasUpper ? raw.toLowerCase() : raw) : foldWord(raw),
    cap: hasUpper ? isUpperLetter(first) : ascii ? false : isUpperLetter(first),
    upper,
    possessive,
    gapBefore: text.slice(lastEnd, start),
    word: -1,
  };
}

/**
 * An Arabic article glued by a hyphen to the next word (as-Safira, el-Bab) is folded to "al". Asked of the token
 * before the one just pushed, as tokens are made: no second pass over the text's tokens.
 */
function foldArticleBefore(tokens: Token[]): void {
  const k = tokens.length - 2;
  if (k < 0) return;
  const t = tokens[k]!;
  if (t.word >= 0 ? ARTICLE_WORDS[t.word] !== 1 : t.norm.length > 3 || !ARABIC_ARTICLES.has(t.norm)) return;
  const next = tokens[k + 1]!;
  // "el" is not an English word, so El Paso / El-Bab fold even without a hyphen; "as", "an", "at" only with one.
  if (t.norm === 'el' || (next.gapBefore.length === 1 && HYPHENS.has(next.gapBefore))) {
    t.norm = 'al';
    t.word = wordIdOf('al', true);
  }
}

/**
 * The token at k, or undefined when k is before the first or after the last. The geoparser reads neighbours of
 * tokens all the time; a plain read past either end of the array deoptimises the JIT-compiled reader (each time a
 * new place in the code does it, on some later document), so reads that may fall outside go through here.
 */
export function tokenAt(tokens: Token[], k: number): Token | undefined {
  return k >= 0 && k < tokens.length ? tokens[k] : undefined;
}

/** True when the article token at `k` is glued by a hyphen to the following token. */
export function isGluedArticle(tokens: Token[], k: number): boolean {
  const t = tokenAt(tokens, k);
  const next = tokenAt(tokens, k + 1);
  return !!t && !!next && t.norm === 'al' && next.gapBefore.length === 1 && HYPHENS.has(next.gapBefore);
}

/** Normalise a gazetteer name into its match key: folded tokens joined by single spaces. */
export function nameKey(name: string): string {
  return tokenize(name)
    .map((t) => t.norm)
    .join(' ');
}

/**
 * Every key a gazetteer name should be found under: its own key, the key with a leading Arabic article of any
 * spelling written as "al" (As Safirah = as-Safira), and without the article when what remains is long enough
 * to be unambiguous on its own (al-Raqqa = Raqqa, but al-Bab is not "Bab").
 */
export function nameKeys(name: string): string[] {
  const norms = tokenize(name).map((t) => t.norm);
  if (norms.length === 0) return [];
  const keys = [norms.join(' ')];
  if (norms.length >= 2 && ARABIC_ARTICLES.has(norms[0]!)) {
    const rest = norms.slice(1).join(' ');
    keys.push(`al ${rest}`);
    if (rest.replace(/ /g, '').length >= 5) keys.push(rest);
  }
  return [...new Set(keys)];
}

export function isHyphen(s: string): boolean {
  return s.length === 1 && HYPHENS.has(s);
}
