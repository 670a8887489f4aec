import type { Span } from '../text/sentences.js';
import type { SentenceIndex } from './sentence-index.js';

/**
 * Capitalised names the geoparser left alone: candidates for the gazetteer (or, as often, people and organisations
 * a curator can ignore). A name is a run of capitalised words ("Jabal Badro", "Syrian Observatory for Human
 * Rights"). Runs that open a sentence are skipped (every sentence starts with a capital), and so are runs that
 * touch a found toponym, words in all capitals (headings, acronyms), calendar words and the title line.
 */

const WORD = String.raw`(?:(?:al|el|ad|an|ar|as|ash|at|az|ad)-)?\p{Lu}\p{Ll}[\p{L}\p{M}'’-]*`;
const CONNECTOR = String.raw`(?:of|for|de|del|da|di|du|van|von|bin|ibn|la|le)`;
const NAME = new RegExp(String.raw`${WORD}(?:\s+(?:${CONNECTOR}\s+)?${WORD})*`, 'gu');

const CALENDAR_AND_PRONOUNS = new Set(
  ('monday tuesday wednesday thursday friday saturday sunday january february march april may june july august ' +
    'september october november december i').split(' '),
);

export function unmatchedNames(text: string, sentences: SentenceIndex, toponyms: readonly Span[]): string[] {
  const names: string[] = [];
  for (let p = 1; p < sentences.paragraphCount; p++) {
    for (const sentence of sentences.sentences(p)) {
      const body = text.slice(sentence.start, sentence.end);
      for (const m of body.matchAll(NAME)) {
        const start = sentence.start + m.index;
        const end = start + m[0].length;
        if (/^[\s"'“‘«(\[—–-]*$/.test(body.slice(0, m.index))) continue; // opens the sentence
        if (toponyms.some((t) => t.start < end && t.end > start)) continue;
        const name = m[0].replace(/['’]s$/, '');
        if (name.split(/\s+/).every((w) => CALENDAR_AND_PRONOUNS.has(w.toLowerCase()))) continue;
        names.push(name);
      }
    }
  }
  return names;
}
