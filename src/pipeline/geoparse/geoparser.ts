import type { Place, Role } from '../../model/contract.js';
import { tokenAt, tokenize } from '../gazetteer/normalise.js';
import { KIND, LAYER, type PlaceFacts } from '../gazetteer/place-facts.js';
import { toPlace, type PlaceIndex } from '../gazetteer/place-index.js';
import { COMMON_WORDS, GIVEN_NAMES, ORG_WORDS, PLACE_CUES_AFTER, PUBLIC_FIGURES, TITLES } from './lexicon.js';
import { findCandidates, judgeCandidates, spanStart, type Candidate } from './recognise.js';
import { cueFor, resolveMentions, type MentionToResolve } from './resolve.js';
import { decideRole } from './roles.js';
import { analyseShape } from './text-shape.js';
import type { GeoparseInput, Geoparser, Toponym } from './types.js';

/** A toponym with the reasons behind it, for the build report and debugging. */
export type DiagnosedToponym = Toponym & { evidence: string[] };

/** A gazetteer hit that was judged not to be a place, and why. */
export type RejectedCandidate = { start: number; end: number; text: string; evidence: string[] };

/** A capitalised name that matched nothing in the gazetteer: what a curator might add. */
export type UnmatchedName = { start: number; end: number; text: string };

export type GeoparseDiagnostics = {
  toponyms: DiagnosedToponym[];
  rejected: RejectedCandidate[];
  unmatched: UnmatchedName[];
};

export type DiagnosticGeoparser = Geoparser & {
  parseWithDiagnostics(doc: GeoparseInput): GeoparseDiagnostics;
  readonly index: PlaceIndex;
};


/** First words of place names in several languages (Arabic kafr, tal, deir...; fort, port, san, saint...). */
const PLACE_PREFIXES = new Set([
  'kafr', 'kfar', 'kefr', 'tal', 'tel', 'tell', 'deir', 'dayr', 'ain', 'ayn', 'ein', 'ras', 'bab', 'jabal', 'jebel',
  'khan', 'beit', 'bayt', 'bir', 'umm', 'wadi', 'nahr', 'qasr', 'maarat', 'marat', 'sheikh', 'hayy', 'madinat',
  'fort', 'port', 'mount', 'lake', 'san', 'santa', 'santo', 'sao', 'saint', 'st', 'sainte', 'bad', 'villa', 'ciudad',
  'puerto', 'porto', 'kota', 'bandar', 'nova', 'novo', 'novaya', 'nizhny', 'krasno', 'ust', 'sidi', 'dar', 'hassi',
]);


/** Resolutions below this confidence are reported to the curator as low-confidence. */
export const LOW_CONFIDENCE = 0.5;

function round(n: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}

/** Build a geoparser over a compiled gazetteer (the site build and the geoparse command use this one function). */
export function createGeoparserFromIndex(index: PlaceIndex): DiagnosticGeoparser {
  // By place index (an array: a map lookup per mention was a visible cost). Bounded by the gazetteer's size.
  const placeObjects = new Array<Place | undefined>(index.count);
  const facts = index.facts;
  const run = (doc: GeoparseInput, diagnostics: boolean): GeoparseDiagnostics => {
    const text = doc.text;
    const tokens = tokenize(text);
    const shape = analyseShape(text, tokens);
    // A place name starts with a capital (or a glued article before one), except in ALL-CAPS lines: looking up
    // only there keeps ordinary words ("of", "as", "by" are all towns somewhere) out of the work entirely.
    const startable = new Array<number>(tokens.length).fill(0);
    for (let k = 0; k < tokens.length; k++) {
      const t = tokens[k]!;
      if (t.cap || shape.upperLine[shape.line[k]!] || (t.norm === 'al' && (tokenAt(tokens, k + 1)?.cap ?? false))) startable[k] = 1;
    }
    const cands = findCandidates(tokens, index, startable);
    judgeCandidates(cands, { text, tokens, shape, index, diagnostics });
    const accepted = cands.filter((c) => c.accepted);

    // Roles first: a dateline or a metonymic actor is evidence for the resolver too.
    const roles = accepted.map((c) => decideRole(c, tokens, shape, text));
    // "Paris, Texas": a country or first-level division right after a comma qualifies the name before it. Decided
    // before the mentions are made: each mention object is written once (setting fields on them afterwards sent
    // the JIT-compiled geoparser into a loop of deoptimisations on some runs).
    const qualifier = new Array<number>(accepted.length).fill(-1);
    const qualifies = new Array<boolean>(accepted.length).fill(false);
    for (let i = 0; i + 1 < accepted.length; i++) {
      const a = accepted[i]!;
      const b = accepted[i + 1]!;
      if (b.demonym || b.from !== a.to + 1) continue;
      const gap = tokens[b.from]!.gapBefore;
      if (gap.charCodeAt(0) !== 44 || gap.length > 2 || (gap.length === 2 && gap[1]!.trim() !== '')) continue;
      const bTop = b.places[0]!;
      const bIsDivision = facts.layer[bTop] !== LAYER.country && (facts.kind[bTop] === KIND.province || facts.kind[bTop] === KIND.state);
      // "Syria, Turkey" is a list; "Mexico, Missouri" names the town of Mexico in Missouri.
      if (facts.layer[a.places[0]!] === LAYER.country && !(bIsDivision && a.places.some((pi) => inDivision(facts, pi, bTop)))) continue;
      if (facts.layer[bTop] === LAYER.country || bIsDivision) qualifier[i] = i + 1;
      // "Bronx, New York": the qualifying name means its division even when the city comes first in the gazetteer.
      else if (index.lookup.divisionAt(b.keyIndex) >= 0) qualifies[i + 1] = true;
    }
    const mentions: MentionToResolve[] = accepted.map((c, i) => ({
      cand: c,
      cue: cueFor(tokens, c),
      qualifier: qualifier[i]!,
      qualifies: qualifies[i]!,
      role: roles[i]!.role,
    }));
    const resolutions = resolveMentions(mentions, index, diagnostics);

    const toponyms: DiagnosedToponym[] = new Array(accepted.length);
    for (let i = 0; i < accepted.length; i++) {
      const c = accepted[i]!;
      const r = resolutions[i]!;
      const start = spanStart(tokens, c);
      const end = tokens[c.to]!.end;
      // One frozen Place object per place of this gazetteer, shared by every mention and document (and so
      // serialised once by formatResult).
      let place: Place | null = null;
      if (r.place !== null) {
        place = placeObjects[r.place] ?? null;
        if (!place) {
          place = Object.freeze(toPlace(index.place(r.place)));
          placeObjects[r.place] = place;
        }
      }
      const role: Role = roles[i]!.role;
      const confidence = round(r.confidence, 3);
      toponyms[i] = diagnostics
        ? { start, end, text: text.slice(start, end), role, place, confidence, evidence: [...c.evidence, `role: ${roles[i]!.evidence}`, ...r.evidence] }
        : ({ start, end, text: text.slice(start, end), role, place, confidence } as DiagnosedToponym);
    }

    if (!diagnostics) return { toponyms, rejected: [], unmatched: [] };
    const rejected: RejectedCandidate[] = cands
      .filter((c) => !c.accepted)
      .map((c) => {
        const start = tokens[c.from]!.start;
        const end = tokens[c.to]!.end;
        return { start, end, text: text.slice(start, end), evidence: c.evidence };
      });

    return { toponyms, rejected, unmatched: unmatchedNames(text, tokens, shape, cands, index) };
  };

  return {
    index,
    parse: (doc) => run(doc, false).toponyms,
    parseWithDiagnostics: (doc) => run(doc, true),
  };
}

/**
 * Capitalised chunks that contain no gazetteer hit and do not look like a person, an organisation or an ordinary
 * sentence-initial word: the curator's to-do list.
 */
function unmatchedNames(
  text: string,
  tokens: ReturnType<typeof tokenize>,
  shape: ReturnType<typeof analyseShape>,
  cands: Candidate[],
  index: PlaceIndex,
): UnmatchedName[] {
  const hit = new Uint8Array(tokens.length);
  for (const c of cands) for (let m = c.from; m <= c.to; m++) hit[m] = 1;
  // Surnames of people the text names in full ("Alexey Borodavkin" ... "Borodavkin said").
  const surnames = new Set<string>();
  for (const ch of shape.chunks) if (ch.to > ch.from) surnames.add(tokens[ch.to]!.norm);
  const out: UnmatchedName[] = [];
  for (const ch of shape.chunks) {
    const line = shape.line[ch.from]!;
    if (shape.upperLine[line] || shape.titleLine[line]) continue;
    let skip = false;
    for (let m = ch.from; m <= ch.to && !skip; m++) {
      const t = tokens[m]!;
      const norm = t.norm;
      // Not what a curator adds to a gazetteer: people, organisations, acronyms (UNESCO, ISIL), religions and
      // peoples (Sunni Muslims, Syrians), numbers.
      if (hit[m] || TITLES.has(norm) || GIVEN_NAMES.has(norm) || ORG_WORDS.has(norm) || COMMON_WORDS.has(norm)) skip = true;
      else if (PUBLIC_FIGURES.has(norm) || t.upper || /\d/.test(norm)) skip = true;
      else if (norm.endsWith('s') && index.lookup.get(norm.slice(0, -1))?.demonyms) skip = true;
    }
    if (skip) continue;
    if (ch.from === ch.to && surnames.has(tokens[ch.from]!.norm)) continue;
    // Contractions ("Don't", "I've") are sentence words, not names.
    if (/['’](?:t|ve|ll|re|d|m)$/i.test(text.slice(tokens[ch.to]!.start, tokens[ch.to]!.end))) continue;
    // Two or three plain capitalised words are more often a person than a missing place, unless they carry a
    // place word (Kafr Naya, Tal Rifaat, Deir Jamal, Fort McMurray, Bab al-Salameh).
    if (ch.to > ch.from && ch.to - ch.from <= 2) {
      const placeLike = tokens.slice(ch.from, ch.to + 1).some((t) => t.norm === 'al' || PLACE_CUES_AFTER.has(t.norm) || PLACE_PREFIXES.has(t.norm));
      if (!placeLike) continue;
    }
    const before = tokenAt(tokens, ch.from - 1);
    if (before && TITLES.has(before.norm)) continue;
    if (ch.from === ch.to) {
      const norm = tokens[ch.from]!.norm;
      if (shape.sentenceStart[ch.from] || COMMON_WORDS.has(norm) || shape.lowerWords.has(norm) || norm.length < 3) continue;
    }
    const start = tokens[ch.from]!.start;
    const end = tokens[ch.to]!.end;
    out.push({ start, end, text: text.slice(start, end) });
  }
  return out;
}

/** Is place `pi` in the first-level division `division` (same country and division code)? */
function inDivision(facts: PlaceFacts, pi: number, division: number): boolean {
  const a1 = facts.admin1Code[division]!;
  return a1 !== 0 && facts.country[pi] === facts.country[division] && facts.admin1Code[pi] === a1;
}
