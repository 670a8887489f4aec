import { tokenAt, type Token } from '../gazetteer/normalise.js';
import { wordIdOf, WORD_IDS } from '../gazetteer/word-table.js';
import { TITLES } from './lexicon.js';

/**
 * Facts about the shape of the text around each token that the recogniser reads as evidence: which line a token is
 * on, whether that line is ALL CAPS (dateline, sub-heading) or Title Case (headline), whether the token opens a
 * sentence, and which capitalised chunk ("Jens Stoltenberg", "Syrian Observatory for Human Rights") it belongs to.
 */
export type TextShape = {
  /** Per token: its line. (Per-token facts are plain arrays: allocating four typed arrays per document, each with
   * its own off-heap buffer, was 2% of the time to geoparse one.) */
  line: number[];
  /** Per line: most letters upper case (BEIRUT, NON-STOP RUSSIAN AIR STRIKES). */
  upperLine: boolean[];
  /** Per line: most words capitalised (a headline), where capitals say little. */
  titleLine: boolean[];
  /** Per token: first word of a sentence. */
  sentenceStart: number[];
  /** Per token: id of the capitalised chunk it is in, or -1. */
  chunk: number[];
  chunks: { from: number; to: number }[];
  /** Folded forms seen in lower case mid-sentence somewhere in the document ("police", "bay"). */
  lowerWords: { has(norm: string): boolean };
  /** Per token index: the first token index of its line. */
  lineFirstToken: number[];
};

/** Lower-case words allowed inside a capitalised name (Bab al-Salam, Observatory for Human Rights). */
const CONNECTORS = new Set(['al', 'of', 'for', 'the', 'de', 'del', 'der', 'la', 'le', 'bin', 'ibn', 'abu', 'von', 'van', 'y', 'du', 'des', 'da', 'di', 'upon', 'sur']);

const CALENDAR = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);

const ARTICLES = new Set(['a', 'an', 'the']);

/** Capitalised only because they open a sentence: never the start of a name chunk. */
const FUNCTION_OPENERS = new Set(['the', 'a', 'an', 'but', 'and', 'or', 'in', 'on', 'at', 'to', 'from', 'by', 'for', 'with', 'as', 'of', 'if', 'when', 'while', 'after', 'before', 'since', 'this', 'that', 'these', 'those', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'some', 'many', 'most', 'all', 'both', 'each', 'every', 'no', 'not', 'it', 'he', 'she', 'they', 'we', 'i', 'you', 'there', 'here', 'then', 'now', 'so', 'yet', 'still', 'also', 'meanwhile', 'however', 'during', 'among', 'amid', 'despite', 'under', 'over', 'into', 'near', 'although', 'though', 'overall', 'one', 'because', 'once', 'whether', 'what', 'which', 'who', 'how', 'why', 'where', 'like', 'unlike', 'across', 'throughout', 'even', 'only', 'just', 'perhaps', 'instead']);

/**
 * Does the gap between two words close a sentence: a full stop, ! ? or … and any closing quotes or brackets, then
 * white space or the end of the gap? (A character scan: this runs for every gap that is not a single space.)
 */
export function gapEndsSentence(gap: string): boolean {
  for (let i = 0; i < gap.length; i++) {
    const c = gap.charCodeAt(i);
    if (c !== 46 && c !== 33 && c !== 63 && c !== 0x2026) continue;
    let j = i + 1;
    while (j < gap.length && isCloser(gap.charCodeAt(j))) j++;
    if (j === gap.length || isWhiteSpace(gap.charCodeAt(j))) return true;
  }
  return false;
}

/** " ' ” ’ ) ] */
function isCloser(c: number): boolean {
  return c === 34 || c === 39 || c === 0x201d || c === 0x2019 || c === 41 || c === 93;
}

/** What \s matches in a JavaScript regular expression. */
function isWhiteSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

function isAbbreviation(tok: Token): boolean {
  return tok.end - tok.start <= 1 || TITLES.has(tok.norm) || tok.norm === 'no' || tok.norm === 'vs';
}

/**
 * Lower-case use by word id, for all shapes: LOWER_MARKS[id] is the stamp of the shape that marked the word (no
 * array to allocate and clear per document). One shape's marks are current at a time; a shape asked after another
 * has marked marks its words again.
 */
const LOWER_MARKS = new Int32Array(WORD_IDS);
let marksOwner = 0;
let shapes = 0;

export function analyseShape(text: string, tokens: Token[]): TextShape {
  const n = tokens.length;
  const line = new Array<number>(n).fill(0);
  const sentenceStart = new Array<number>(n).fill(0);
  const lineFirstToken = new Array<number>(n).fill(0);
  let current = 0;
  let first = 0;
  const lineLetters: number[] = [0];
  const lineUpper: number[] = [0];
  const lineWords: number[] = [0];
  const lineCapWords: number[] = [0];
  for (let k = 0; k < n; k++) {
    const t = tokens[k]!;
    const simpleGap = t.gapBefore === ' ';
    const newLines = simpleGap ? 0 : countNewlines(t.gapBefore);
    if (newLines > 0 && k > 0) {
      current += newLines;
      first = k;
      while (lineLetters.length <= current) {
        lineLetters.push(0);
        lineUpper.push(0);
        lineWords.push(0);
        lineCapWords.push(0);
      }
    }
    line[k] = current;
    lineFirstToken[k] = first;
    const prev = tokenAt(tokens, k - 1);
    sentenceStart[k] = k === 0 || newLines > 0 || (!simpleGap && gapEndsSentence(t.gapBefore) && !!prev && !isAbbreviation(prev)) ? 1 : 0;
    if (isLetterStart(text, t.start)) {
      lineLetters[current]! += 1;
      if (t.upper || (t.end - t.start === 1 && t.cap)) lineUpper[current]! += 1;
      if (t.end - t.start > 3) {
        lineWords[current]! += 1;
        if (t.cap) lineCapWords[current]! += 1;
      }
    }
  }
  const upperLine = lineLetters.map((letters, i) => letters >= 1 && lineUpper[i]! / letters >= 0.8);
  // A headline: most longer words capitalised and no closing full stop (prose lines end with one).
  const lineEndsSentence: boolean[] = lineWords.map(() => false);
  for (let k = 0; k < n; k++) {
    // Only the last token of a line matters: the next token starts a new line, or there is none.
    const next = tokenAt(tokens, k + 1);
    if (next && line[k + 1] === line[k]) continue;
    const tail = next ? next.gapBefore : text.slice(tokens[k]!.end, tokens[k]!.end + 8);
    if (/^[^\n]*[.!?]["'”’)]*\s*(\n|$)/.test(tail)) lineEndsSentence[line[k]!] = true;
  }
  const titleLine = lineWords.map((w, i) => w >= 3 && lineCapWords[i]! / w >= 0.75 && !lineEndsSentence[i]);

  const chunk = new Array<number>(n).fill(-1);
  const chunks: { from: number; to: number }[] = [];
  // Collected on the first question: a document asks about a dozen words or more, and a scan of the text per
  // word asked cost more than one pass that sets them all aside. Words with a word id are marked by id in the
  // shared LOWER_MARKS (a set of strings, hashing every word of the text, was itself a visible cost); the others
  // go in a set.
  const stamp = ++shapes;
  let others: Set<string> | null = null;
  const lowerWords = {
    has(norm: string): boolean {
      if (marksOwner !== stamp || !others) {
        others ??= new Set();
        for (let m = 0; m < n; m++) {
          const t = tokens[m]!;
          if (t.cap || sentenceStart[m]) continue;
          if (t.word >= 0) LOWER_MARKS[t.word] = stamp;
          else others.add(t.norm);
        }
        marksOwner = stamp;
      }
      const id = wordIdOf(norm, false);
      return (id >= 0 && LOWER_MARKS[id] === stamp) || others.has(norm);
    },
  };
  let k = 0;
  while (k < n) {
    const t = tokens[k]!;
    if (!t.cap) {
      k++;
      continue;
    }
    // Articles never open a name chunk ("A Danbury mason", "An Edmonton man"); names like The Hague are matched
    // whole by the gazetteer before chunks are read.
    if ((sentenceStart[k] && FUNCTION_OPENERS.has(t.norm) && !t.upper) || ARTICLES.has(t.norm)) {
      k++;
      continue;
    }
    let end = k;
    let j = k + 1;
    while (j < n) {
      const tj = tokens[j]!;
      if (!joins(tokens[j - 1]!, tj)) break;
      // Days and months are not part of a name ("Toronto Saturday", "Aleppo February").
      if (CALENDAR.has(tj.norm) || CALENDAR.has(tokens[j - 1]!.norm)) break;
      // A change of case style ends a name: "BEIRUT Tens of thousands", "NEW YORK The ...".
      if (tj.cap && tokens[j - 1]!.upper !== tj.upper && tokens[j - 1]!.norm.length > 3 && tj.norm.length > 3) break;
      // "Texas A white nationalist...": an article before a lower-case word is prose, not part of the name.
      if (ARTICLES.has(tj.norm) && !(tokenAt(tokens, j + 1)?.cap ?? false)) break;
      if (tj.cap) {
        end = j;
        j++;
        continue;
      }
      // A connector joins only when a capitalised word follows it (Bab al-Salam, Observatory for Human Rights).
      const next = tokenAt(tokens, j + 1);
      if (CONNECTORS.has(tj.norm) && next && next.cap && joins(tj, next)) {
        j++;
        continue;
      }
      break;
    }
    const id = chunks.length;
    chunks.push({ from: k, to: end });
    for (let m = k; m <= end; m++) chunk[m] = id;
    k = end + 1;
  }
  return { line, upperLine, titleLine, sentenceStart, chunk, chunks, lowerWords, lineFirstToken };
}

function isLetterStart(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return /\p{L}/u.test(text[i] ?? '');
}

function countNewlines(s: string): number {
  let c = 0;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) === 10) c++;
  return c;
}

/** Two tokens belong to one name when only a space or hyphen (or an abbreviation's dot) separates them. */
export function joins(prev: Token, next: Token): boolean {
  const gap = next.gapBefore;
  if (gap === ' ' || gap === '-' || gap === '–' || gap === '\u00a0') return true;
  if (gap === '. ' && (prev.end - prev.start === 1 || TITLES.has(prev.norm))) return true;
  return false;
}
