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
    if (text.charCodeAt(i + 1) === 46 && isUpperAt(text, i) && i + 3 < n && text.charCodeAt(i + 3) === 46 && isUpperAt(text, i + 2)) {
      let j = i;
      while (j + 1 < n && text.charCodeAt(j + 1) === 46 && isUpperAt(text, j)) j += 2;
      const word = text.slice(start, j);
      tokens.push(makeToken(text, start, j, word.replace(/\./g, ''), lastEnd, false));
      lastEnd = j;
      i = j;
      continue;
    }
    let j = i + 1;
    for (;;) {
      const cls = CHAR_CLASS[text.charCodeAt(j)];
      if (cls === 1) j++;
      else if (cls === 2 && CHAR_CLASS[text.charCodeAt(j + 1)] === 1) j += 2;
      else break;
    }
    let end = j;
    let possessive = false;
    // Possessive 's / ’s: recorded, not part of the name.
    const last = text.charCodeAt(j - 1);
    if (j - start > 2 && (last === 115 || last === 83) && CHAR_CLASS[text.charCodeAt(j - 2)] === 2) {
      end = j - 2;
      possessive = true;
    }
    tokens.push(wordToken(text, start, end, lastEnd, possessive));
    lastEnd = end;
    i = j;
  }
  canonicaliseArticles(text, tokens);
  return tokens;
}

/**
 * Folded forms of short ASCII words, shared across tokens and documents: news repeats the same few thousand words,
 * so most tokens find their folded form here (hashed and compared in place in the text) instead of allocating a
 * string, and the shared string keeps its hash for the many set lookups a word goes through. At most 12 characters,
 * so an entry is always a string of its own, never a slice that would keep a whole document alive. Bounded: once
 * half full, the table keeps what it has.
 */
const INTERN_SIZE = 1 << 14;
const INTERN_MASK = INTERN_SIZE - 1;
const INTERN_MAX_LENGTH = 12;
const internWords: string[] = new Array<string>(INTERN_SIZE).fill('');
const internHashes = new Int32Array(INTERN_SIZE);
/** Length of the word in each slot, 0 when empty: probes read the small typed arrays, the string only on a likely hit. */
const internLengths = new Uint8Array(INTERN_SIZE);
let internCount = 0;

/** Number of word ids (Token.word): the size of the shared word table. */
export const WORD_IDS = INTERN_SIZE;

/**
 * The slot of the lower-cased text[start, end) (ASCII letters and digits only) in the shared word table, entered
 * there if there is room; -1 when the word is not (and cannot be) in the table.
 */
function internSlot(text: string, start: number, end: number, hash: number, hasUpper: boolean): number {
  const length = end - start;
  if (length > INTERN_MAX_LENGTH) return -1;
  let slot = hash & INTERN_MASK;
  for (let probe = 0; probe < 8; probe++) {
    const slotLength = internLengths[slot]!;
    if (slotLength === 0) break;
    if (slotLength === length && internHashes[slot] === hash) {
      const word = internWords[slot]!;
      let i = 0;
      while (i < length) {
        let c = text.charCodeAt(start + i);
        if (c >= 65 && c <= 90) c += 32;
        if (c !== word.charCodeAt(i)) break;
        i++;
      }
      if (i === length) return slot;
    }
    slot = (slot + 1) & INTERN_MASK;
  }
  if (internLengths[slot] === 0 && internCount < INTERN_SIZE / 2) {
    internWords[slot] = hasUpper ? text.slice(start, end).toLowerCase() : text.slice(start, end);
    internHashes[slot] = hash;
    internLengths[slot] = length;
    internCount++;
    return slot;
  }
  return -1;
}

/** The word id of a folded ASCII word (see Token.word), entered in the table if there is room; or -1. */
function wordIdOf(word: string): number {
  return internSlot(word, 0, word.length, wordHash(word), false);
}

/** The word id a folded word already has (see Token.word), or -1: nothing is entered in the table. */
export function knownWordId(word: string): number {
  const length = word.length;
  if (length === 0 || length > INTERN_MAX_LENGTH) return -1;
  const hash = wordHash(word);
  let slot = hash & INTERN_MASK;
  for (let probe = 0; probe < 8; probe++) {
    const slotLength = internLengths[slot]!;
    if (slotLength === 0) return -1;
    if (slotLength === length && internHashes[slot] === hash && internWords[slot] === word) return slot;
    slot = (slot + 1) & INTERN_MASK;
  }
  return -1;
}

function wordHash(word: string): number {
  let hash = 0x811c9dc5 | 0;
  for (let i = 0; i < word.length; i++) hash = Math.imul(hash ^ word.charCodeAt(i), 0x01000193);
  return hash;
}

/** A word token; plain ASCII words (most of them) are folded in place, the others go through makeToken. */
function wordToken(text: string, start: number, end: number, lastEnd: number, possessive: boolean): Token {
  let hash = 0x811c9dc5 | 0;
  let lower = false;
  let uppers = 0;
  for (let i = start; i < end; i++) {
    let c = text.charCodeAt(i);
    if (c >= 97 && c <= 122) lower = true;
    else if (c >= 65 && c <= 90) {
      uppers++;
      c += 32;
    } else if (c >= 128 || c === 39 || c === 96) return makeToken(text, start, end, text.slice(start, end), lastEnd, possessive);
    hash = Math.imul(hash ^ c, 0x01000193);
  }
  const first = text.charCodeAt(start);
  const slot = internSlot(text, start, end, hash, uppers > 0);
  return {
    start,
    end,
    norm: slot >= 0 ? internWords[slot]! : uppers > 0 ? text.slice(start, end).toLowerCase() : text.slice(start, end),
    // Same answers as makeToken gives an ASCII word: capitalised when it starts with A-Z; all upper case when it has
    // no lower-case letter and at least two upper-case ones.
    cap: first >= 65 && first <= 90,
    upper: !lower && uppers >= 2,
    possessive,
    gapBefore: text.slice(lastEnd, start),
    word: slot,
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

/** An Arabic article glued by a hyphen to the next word (as-Safira, el-Bab) is folded to "al". */
function canonicaliseArticles(text: string, tokens: Token[]): void {
  for (let k = 0; k + 1 < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.norm.length > 3 || !ARABIC_ARTICLES.has(t.norm)) continue;
    const next = tokens[k + 1]!;
    // "el" is not an English word, so El Paso / El-Bab fold even without a hyphen; "as", "an", "at" only with one.
    if (t.norm === 'el' || (next.gapBefore.length === 1 && HYPHENS.has(next.gapBefore))) {
      t.norm = 'al';
      t.word = wordIdOf('al');
    }
  }
  void text;
}

/** True when the article token at `k` is glued by a hyphen to the following token. */
export function isGluedArticle(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  const next = tokens[k + 1];
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
