/**
 * Sentence boundaries with offsets, for excerpts. Rule-based rather than Intl.Segmenter: ICU's default English
 * rules split after "Mr." and "U.S.", and the excerpt the map shows must be the whole sentence a name stands in.
 *
 * A boundary is [.!?] (plus closing quotes/brackets) followed by space and something that can open a sentence,
 * unless the word before the stop is an abbreviation. Abbreviations that also end sentences ("U.S.", "a.m.",
 * "Inc.") split only when the next word is one that typically opens a sentence ("The", "He"...).
 */

export type Span = { start: number; end: number };

/** Never end a sentence: titles and name parts are always followed by the name. */
const TITLES = new Set(
  'mr mrs ms messrs dr prof sr jr st gen col lt sgt capt cpt maj gov sen rep rev hon pres brig adm cmdr cdr gov fr mt ft rt sheikh'.split(' '),
);
/** Usually mid-sentence, but can close one. */
const ENDERS = new Set(
  'inc ltd co corp bros etc vs no nos vol pp approx est dept univ jan feb mar apr jun jul aug sep sept oct nov dec'.split(' '),
);
/** Words that open sentences often enough to confirm a boundary after an ambiguous abbreviation. */
const SENTENCE_OPENERS = new Set(
  ('the a an he she it they we i you but and in on at this that these those there his her its their our ' +
    'after before when while if as however meanwhile yet so according since during last some many').split(' '),
);

const STOP = /[.!?]+["'”’»)\]]*(?=\s)/g;

export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  let start = skipSpace(text, 0);
  for (const match of text.matchAll(STOP)) {
    const stopAt = match.index;
    const end = stopAt + match[0].length;
    if (end <= start) continue;
    const next = skipSpace(text, end);
    if (next >= text.length) break;
    if (!isBoundary(text, start, stopAt, match[0], next)) continue;
    spans.push({ start, end });
    start = next;
  }
  const last = trimEnd(text, text.length);
  if (last > start) spans.push({ start, end: last });
  return spans;
}

function isBoundary(text: string, sentenceStart: number, stopAt: number, stop: string, next: number): boolean {
  if (!canOpenSentence(text, next)) return false;
  if (!stop.startsWith('.') || stop.startsWith('..')) return true;
  const word = wordBefore(text, sentenceStart, stopAt);
  const lower = word.toLowerCase();
  if (TITLES.has(lower)) return false;
  // A single capital letter is an initial ("John F. Kennedy"), not a sentence end.
  if (/^\p{Lu}$/u.test(word)) return false;
  const dotted = /^(?:\p{L}\.)+\p{L}$/u.test(word); // U.S, a.m, e.g
  if (dotted || ENDERS.has(lower)) return SENTENCE_OPENERS.has(nextWord(text, next).toLowerCase());
  return true;
}

function canOpenSentence(text: string, at: number): boolean {
  const c = text.slice(at, at + 2);
  // Capital, digit, opening quote/bracket, or a letter of a script without case (Arabic, CJK...).
  return /^(?:\p{Lu}|\p{N}|["'“‘«(\[]|[\p{Lo}])/u.test(c);
}

function wordBefore(text: string, from: number, stopAt: number): string {
  let i = stopAt;
  while (i > from && /[\p{L}\p{N}.]/u.test(text[i - 1]!)) i--;
  return text.slice(i, stopAt).replace(/^\.+/, '');
}

function nextWord(text: string, at: number): string {
  const m = /^["'“‘«(\[]*([\p{L}]+)/u.exec(text.slice(at, at + 40));
  return m?.[1] ?? '';
}

function skipSpace(text: string, i: number): number {
  while (i < text.length && /\s/.test(text[i]!)) i++;
  return i;
}

function trimEnd(text: string, i: number): number {
  while (i > 0 && /\s/.test(text[i - 1]!)) i--;
  return i;
}
