import { AP_INITIALS_KEYS, AP_STATE_KEYS } from '../gazetteer/admin1.js';
import { isGluedArticle, isHyphen, tokenAt, type Token } from '../gazetteer/normalise.js';
import { LAYER } from '../gazetteer/place-facts.js';
import type { PlaceIndex } from '../gazetteer/place-index.js';
import {
  COMMON_WORDS,
  GIVEN_NAMES,
  INSTITUTION_NAMES,
  OFFICE_AFTER_PLACE,
  ORG_WORDS,
  PLACE_CUES_AFTER,
  PUBLIC_FIGURES,
  SENTENCE_OPENERS,
  TITLES,
} from './lexicon.js';
import { joins, type TextShape } from './text-shape.js';
import { commonGivenNames } from './given-names.js';

/** A span of tokens whose normalised words are a gazetteer name or demonym. */
export type Candidate = {
  /** Token range, inclusive. */
  from: number;
  to: number;
  key: string;
  /** The key's entry in the index's lookup table. */
  keyIndex: number;
  /** Matched as a demonym (Syrian, Turkish) rather than a name. */
  demonym: boolean;
  /** Indices into PlaceIndex.places, best prior first. */
  places: readonly number[];
  /** Some place among `places` is one people know: a curated entry, a country, a division, a city or capital. */
  strong: boolean;
  /** Why it was kept or dropped, in the order the rules fired. */
  evidence: string[];
  accepted: boolean;
  /** Set when a rule already knows the role ("Alberta Premier" → adjectival). */
  roleHint: 'adjectival' | undefined;
  /** Rejected only for want of words that make it a location: another mention of the name may supply them. */
  lacksLocation: boolean;
};

/** Gaps a multi-word name may span: a space, a hyphen, "St. Louis", "Washington, D.C." is not one name. */
function gapInsideName(gap: string): boolean {
  return gap === ' ' || isHyphen(gap) || gap === '. ' || gap === '\u00a0' || gap === "'" || gap === '’';
}

/** The gap after a possessive token: "'s " or "’s ". */
function isPossessiveGap(gap: string): boolean {
  return gap.length === 3 && (gap[0] === "'" || gap[0] === '’') && gap[1] === 's' && gap[2] === ' ';
}

/**
 * Longest-match lookup of every token position in the index. One pass; at each position the span grows while the
 * words so far are a prefix of some name (hash probes), so the cost per token is bounded by the longest name, not by
 * the size of the gazetteer. A match consumes its tokens (leftmost-longest).
 */
export function findCandidates(tokens: Token[], index: PlaceIndex, canStart?: ArrayLike<number>): Candidate[] {
  const out: Candidate[] = [];
  const n = tokens.length;
  const table = index.lookup;
  let k = 0;
  while (k < n) {
    if (canStart && canStart[k] === 0) {
      k++;
      continue;
    }
    let key = tokens[k]!.norm;
    let bestKey = -1;
    let bestKeyText = '';
    let bestTo = -1;
    let j = k;
    for (;;) {
      const found = j === k ? table.findWord(tokens[k]!.word, key) : table.find(key);
      if (found < 0) break;
      if (table.hasNames(found) || table.hasDemonyms(found)) {
        bestKey = found;
        bestKeyText = key;
        bestTo = j;
      }
      if (j + 1 >= n || j - k + 1 >= index.maxTokens || !table.isPrefix(found)) break;
      const next = tokens[j + 1]!;
      // "Prince George's County", "Martha's Vineyard": a possessive inside a name (its key drops the 's).
      if (!gapInsideName(next.gapBefore) && !(tokens[j]!.possessive && isPossessiveGap(next.gapBefore))) break;
      j++;
      key = `${key} ${next.norm}`;
    }
    if (bestKey >= 0) {
      // A word that is both a demonym and the name of some small town ("Canadian", Texas) is the demonym.
      let names = table.hasNames(bestKey);
      if (names && table.hasDemonyms(bestKey) && !table.isStrong(bestKey, false)) names = false;
      out.push({
        from: k,
        to: bestTo,
        key: bestKeyText,
        keyIndex: bestKey,
        demonym: !names,
        places: names ? table.namesAt(bestKey) : table.demonymsAt(bestKey),
        strong: table.isStrong(bestKey, !names),
        evidence: [],
        accepted: false,
        roleHint: undefined,
        lacksLocation: false,
      });
      k = bestTo + 1;
    } else k++;
  }
  return out;
}

export type RecogniseContext = {
  text: string;
  tokens: Token[];
  shape: TextShape;
  index: PlaceIndex;
  /** Write each candidate's reasons to its `evidence` (diagnostics); otherwise no reason string is built. */
  diagnostics: boolean;
};

/** A name from the broad given-name list that no well-known place carries ("Cory", "Lynnette"; not "Austin"). */
function isLesserGivenName(index: PlaceIndex, norm: string): boolean {
  if (!commonGivenNames().has(norm)) return false;
  const k = index.lookup.find(norm);
  return k < 0 || !index.lookup.hasNames(k) || !index.lookup.isStrong(k, false);
}

/**
 * Names of people the document introduces with a title or a given name ("President Barack Obama", "David Evans"):
 * their surnames, so that a later lone "Obama" or "Evans" is read as the person too.
 */
export function personSurnames(ctx: RecogniseContext): Set<string> {
  const out = new Set<string>();
  const { tokens, shape } = ctx;
  for (const whole of shape.chunks) {
    // "Judy Law of Oxford": the person's name ends before "of".
    let to = whole.to;
    for (let m = whole.from + 1; m < whole.to; m++) {
      if (tokens[m]!.norm === 'of') {
        to = m - 1;
        break;
      }
    }
    const c = { from: whole.from, to };
    if (c.to === c.from && c.from > 0 && !TITLES.has(tokens[c.from - 1]!.norm)) continue;
    let personStart = -1;
    for (let m = c.from; m <= c.to; m++) {
      const norm = tokens[m]!.norm;
      if (GIVEN_NAMES.has(norm) || (TITLES.has(norm) && m < c.to) || (m < c.to && isLesserGivenName(ctx.index, norm))) {
        personStart = m;
        break;
      }
    }
    const before = c.from > 0 ? tokens[c.from - 1]! : null;
    if (personStart < 0 && before && TITLES.has(before.norm) && !before.cap) personStart = c.from;
    if (personStart >= 0 && c.to > personStart) out.add(tokens[c.to]!.norm);
    else if (personStart >= 0 && before && TITLES.has(before.norm)) out.add(tokens[c.to]!.norm);
  }
  return out;
}

/**
 * Decide which candidates are places. Most gazetteer hits in news are not: people, organisations, ordinary words.
 * Each rule that fires writes its reason to `evidence`.
 */
export function judgeCandidates(cands: Candidate[], ctx: RecogniseContext): void {
  const { tokens, shape, index } = ctx;
  const facts = index.facts;
  const covered = new Array<number>(tokens.length).fill(-1);
  cands.forEach((c, i) => {
    for (let m = c.from; m <= c.to; m++) covered[m] = i;
  });
  const persons = personSurnames(ctx);
  // Capitalised words standing alone mid-sentence ("Stevens said"): a later or earlier "Georgia Stevens" is a person.
  const loneNames = new Set<string>();
  for (const ch of shape.chunks) if (ch.from === ch.to) loneNames.add(tokens[ch.from]!.norm);

  for (const c of cands) {
    const first = tokens[c.from]!;
    const last = tokens[c.to]!;
    const lineNo = shape.line[c.from]!;
    const upper = shape.upperLine[lineNo] ?? false;
    const title = shape.titleLine[lineNo] ?? false;
    const single = c.from === c.to;
    const ev = ctx.diagnostics ? c.evidence : null;
    // The best-prior place's layer and size: the evidence below asks whether the name is a country's or a hamlet's.
    const top = c.places[0]!;
    const layer0 = facts.layer[top]!;
    const population0 = facts.population[top]!;
    const isCountryish = layer0 === LAYER.country || layer0 === LAYER.region;

    // 1. Capitals: a place name is written with one, except in ALL-CAPS lines (datelines, sub-headings).
    // Inside a multi-word name, lower-case articles and place words are fine (Bab al-Salam crossing, Isle of Man).
    let allCapitalised = true;
    for (let m = c.from; m <= c.to && allCapitalised; m++) {
      const t = tokens[m]!;
      if (t.cap || t.norm === 'al') continue;
      if (m > c.from && (t.norm.length <= 3 || PLACE_CUES_AFTER.has(t.norm))) continue;
      allCapitalised = false;
    }
    if (!upper && !allCapitalised) {
      ev?.push('not capitalised');
      continue;
    }
    if (upper && !first.upper && !first.cap) {
      ev?.push('lower case in a capitals line');
      continue;
    }
    // AP state abbreviations count only as a qualifier: ", Ky." with its full stop.
    if (single && AP_STATE_KEYS.has(c.key) && layer0 === LAYER.region && first.upper && !AP_INITIALS_KEYS.has(c.key)) {
      ev?.push('initials, not a state abbreviation');
      continue;
    }
    if (single && AP_STATE_KEYS.has(c.key) && layer0 === LAYER.region) {
      // "Ky." ends with its own full stop; "N.J." carries its dots inside the token.
      const dotted = ctx.text.charCodeAt(last.end) === 46 || ctx.text.charCodeAt(last.end - 1) === 46;
      if (!(dotted && /^,\s?$/.test(first.gapBefore))) {
        ev?.push('state abbreviation outside a qualifier');
        continue;
      }
      ev?.push('state abbreviation after a comma');
      c.accepted = true;
      ev?.push('gazetteer name');
      continue;
    }
    // 2. Acronyms (NATO, UN, IT) name a place only when the acronym is a country's or a curated entry's own spelling.
    const datelineSlot = shape.lineFirstToken[c.from] === c.from && lineNo <= 3;
    if (first.upper && single && !upper && !datelineSlot && first.end - first.start <= 5 && layer0 === LAYER.geonames && population0 < 1_000_000) {
      ev?.push('acronym that names no country');
      continue;
    }
    if (INSTITUTION_NAMES.has(c.key)) {
      ev?.push('name of an institution');
      continue;
    }
    // Ordinary words and names of days, months, titles (an upper-case US is not the pronoun "us").
    if (single && !(first.upper && isCountryish) && (COMMON_WORDS.has(c.key) || TITLES.has(c.key))) {
      ev?.push(`common word "${c.key}"`);
      continue;
    }
    if (single && !isCountryish && layer0 === LAYER.geonames && shape.lowerWords.has(c.key)) {
      ev?.push(`"${c.key}" is used in lower case in this text`);
      continue;
    }
    if (single && c.key.length <= 2 && !isCountryish && !(first.upper && population0 >= 1_000_000)) {
      ev?.push('too short to be a name on its own');
      continue;
    }
    // 3. People: a title right before ("Mr Mayer", "President Obama"), a given name in the same chunk, a surname the
    // text already gave to a person, a public figure's surname.
    const before = c.from > 0 ? tokens[c.from - 1]! : null;
    const beforeJoined = before && joins(before, first);
    if (before && TITLES.has(before.norm) && (beforeJoined || before.gapBefore === '. ')) {
      ev?.push(`title "${before.norm}" before it`);
      continue;
    }
    if (single && !isCountryish && persons.has(c.key) && !strongPlaceCueBefore(tokens, c.from)) {
      ev?.push('the text names a person with this word');
      continue;
    }
    if (single && PUBLIC_FIGURES.has(c.key) && !strongPlaceCueBefore(tokens, c.from) && layer0 === LAYER.geonames) {
      ev?.push('surname of a public figure');
      continue;
    }
    // A given name followed by a capitalised word is a person (David Evans), whatever town is called David.
    const afterTok = tokenAt(tokens, c.to + 1);
    if (single && GIVEN_NAMES.has(c.key) && afterTok && afterTok.cap && joins(last, afterTok) && !isCountryish) {
      ev?.push('given name followed by a surname');
      continue;
    }
    // The same for the broad list of given names, where the place is little known and the next word is no place
    // word ("Brooke Henderson", "Conrad Black"; not "Conrad Road").
    if (
      single && afterTok && afterTok.cap && joins(last, afterTok) && !title && !upper && !c.strong &&
      commonGivenNames().has(c.key) && !PLACE_CUES_AFTER.has(afterTok.norm)
    ) {
      ev?.push('common given name followed by a capitalised word');
      continue;
    }
    // 4. Inside a longer capitalised name that is not a place: a person or an organisation.
    const chunkId4 = shape.chunk[c.from]! >= 0 ? shape.chunk[c.from]! : shape.chunk[c.to]!;
    if (title && chunkId4 >= 0) {
      const ch = shape.chunks[chunkId4]!;
      let person = false;
      for (let m = ch.from; m < c.from; m++) if (GIVEN_NAMES.has(tokens[m]!.norm) || TITLES.has(tokens[m]!.norm)) person = true;
      if (person) {
        ev?.push('person name in a headline line');
        continue;
      }
    }
    if (title && chunkId4 >= 0) {
      // In a headline capitals say little, but an organisation word still makes a name an organisation's.
      const verdict = judgeChunk(c, shape.chunks[chunkId4]!, tokens, covered, cands, loneNames, (w) => shape.lowerWords.has(w));
      if (verdict.reject && verdict.reason.startsWith('inside an organisation')) {
        ev?.push(verdict.reason);
        continue;
      }
    }
    if (!upper && !title) {
      const chunkId = chunkId4;
      const chunk = chunkId >= 0 ? shape.chunks[chunkId]! : null;
      if (chunk) {
        const verdict = judgeChunk(c, chunk, tokens, covered, cands, loneNames, (w) => shape.lowerWords.has(w));
        if (verdict.reject) {
          ev?.push(verdict.reason);
          continue;
        }
        if (verdict.reason) ev?.push(verdict.reason);
        if (verdict.adjectival) c.roleHint = 'adjectival';
      }
    } else if (upper) ev?.push('capitals line');
    else ev?.push('headline line');
    // 5. A little-known place (a GeoNames village or town) named alone needs a word that makes it a location:
    // "in Walsh", "the town of Mayer", "Paris, Texas". Otherwise the capitalised word is more likely a surname,
    // a brand or an ordinary word that some hamlet happens to carry.
    if (!upper && !c.strong && !c.roleHint) {
      const why = locativeEvidence(tokens, c);
      if (!why) {
        ev?.push('little-known place without locative context');
        c.lacksLocation = true;
        continue;
      }
      ev?.push(why);
    }
    // 6. A sentence-initial capital proves nothing: ask for a well-known place.
    if (shape.sentenceStart[c.from] && single && !upper) {
      if (SENTENCE_OPENERS.has(c.key)) {
        ev?.push('sentence opener');
        continue;
      }
      const nextTok = tokenAt(tokens, c.to + 1);
      const nextIsName = nextTok && nextTok.cap && joins(last, nextTok);
      if (!c.strong && !nextIsName) {
        ev?.push('sentence-initial capital of a little-known place');
        c.lacksLocation = true;
        continue;
      }
      ev?.push('sentence-initial, well-known place');
    }
    c.accepted = true;
    ev?.push(c.demonym ? 'demonym' : 'gazetteer name');
  }
  // One sense per discourse: a little-known place the text establishes once as a location ("in Innisfail") is the
  // same place where it stands without such context ("the Innisfail skater").
  const established = new Set<string>();
  let rejected = false;
  for (const c of cands) {
    if (c.accepted && !c.demonym) established.add(c.key);
    else if (!c.accepted) rejected = true;
  }
  if (!rejected) return;
  for (const c of cands) {
    if (c.accepted || !established.has(c.key)) continue;
    if (c.lacksLocation) {
      c.accepted = true;
      if (ctx.diagnostics) c.evidence.push('the text names this place as a location elsewhere');
    }
  }
}

const LOCATIVES = new Set([
  'in', 'near', 'at', 'from', 'to', 'into', 'outside', 'around', 'across', 'through', 'toward', 'towards', 'via',
  'between', 'within', 'reached', 'entered', 'visited', 'left', 'fled', 'captured', 'took', 'retook', 'seized',
  'shelled', 'bombed', 'besieged', 'resident', 'residents', 'native',
]);

/** The words that make a name a location: a preposition of place, "town of", a qualifier, a place word after it. */
function locativeEvidence(tokens: Token[], c: Candidate): string | null {
  const b1 = tokenAt(tokens, c.from - 1);
  if (b1 && LOCATIVES.has(b1.norm)) return `locative "${b1.norm}" before it`;
  if (strongPlaceCueBefore(tokens, c.from)) return 'place word + "of" before it';
  const a1 = tokenAt(tokens, c.to + 1);
  if (a1 && PLACE_CUES_AFTER.has(a1.norm) && a1.gapBefore === ' ') return `place word "${a1.norm}" after it`;
  if (a1 && /^,\s?$/.test(a1.gapBefore) && a1.cap) return 'followed by a comma and a name (qualifier)';
  if (b1 && /^\s?,\s?$/.test(tokens[c.from]!.gapBefore) && b1.cap && LOCATIVES.has(tokenAt(tokens, c.from - 2)?.norm ?? '')) {
    return 'in a list after a locative';
  }
  return null;
}

function strongPlaceCueBefore(tokens: Token[], k: number): boolean {
  const a = tokenAt(tokens, k - 1)?.norm;
  const b = tokenAt(tokens, k - 2)?.norm;
  return a === 'of' && !!b && ['town', 'city', 'village', 'province', 'region', 'district', 'county', 'capital'].includes(b);
}

type ChunkVerdict = { reject: boolean; reason: string; adjectival?: boolean };

const DIRECTIONS = new Set(['far', 'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'greater', 'upper', 'lower', 'new', 'old', 'northeast', 'northwest', 'southeast', 'southwest', 'northeastern', 'northwestern', 'southeastern', 'southwestern']);

function judgeChunk(
  c: Candidate,
  chunk: { from: number; to: number },
  tokens: Token[],
  covered: number[],
  cands: Candidate[],
  loneNames: Set<string>,
  lowerUse: (norm: string) => boolean,
): ChunkVerdict {
  if (chunk.from === c.from && chunk.to === c.to) return { reject: false, reason: '' };
  const opensChunk = chunk.from === c.from;
  const afterOf = c.to === chunk.to && tokenAt(tokens, c.from - 1)?.norm === 'of' && c.from - 1 > chunk.from;
  // Organisation words anywhere in the chunk: Syrian Observatory for Human Rights, North Atlantic Treaty Organisation.
  for (let m = chunk.from; m <= chunk.to; m++) {
    if (m >= c.from && m <= c.to) continue;
    const norm = tokens[m]!.norm;
    if (ORG_WORDS.has(norm) && !(m === c.to + 1 && PLACE_CUES_AFTER.has(norm))) {
      // A place opening an organisation's name ("Queensland Police", "Alberta government") or closing it after
      // "of" ("University of Manitoba") names where it is: kept as a modifier, never plotted as a location.
      // Anywhere else (International Syria Support Group) it is part of the name.
      if ((opensChunk || afterOf) && !c.demonym) return { reject: false, reason: `names the place of an organisation ("${norm}")`, adjectival: true };
      return { reject: true, reason: `inside an organisation name ("${norm}")` };
    }
  }
  // "Judy Law of Oxford", "Beau Dunn of London": someone from a place; the place is literal.
  if (afterOf) return { reject: false, reason: 'place after "of" closing a name (origin)' };
  // A broadcaster, airline or brand and the place of its branch: "CTV Edmonton", "Air Berlin", "Environment Canada".
  if (c.to === chunk.to && c.strong) {
    let orgLike = true;
    for (let m = chunk.from; m < c.from && orgLike; m++) {
      const t = tokens[m]!;
      orgLike = t.upper || COMMON_WORDS.has(t.norm) || ORG_WORDS.has(t.norm) || lowerUse(t.norm);
    }
    if (orgLike) return { reject: false, reason: 'place naming the branch of an organisation or brand', adjectival: true };
  }
  // People: a title or given name before the candidate in the same chunk (John Kerry, Secretary of State John Kerry).
  for (let m = chunk.from; m < c.from; m++) {
    const norm = tokens[m]!.norm;
    if (GIVEN_NAMES.has(norm) || TITLES.has(norm)) return { reject: true, reason: `person name ("${norm}" before it)` };
  }
  const after = tokenAt(tokens, c.to + 1);
  if (after && c.to + 1 <= chunk.to) {
    if (PLACE_CUES_AFTER.has(after.norm)) return { reject: false, reason: `place word "${after.norm}" after it` };
    if (OFFICE_AFTER_PLACE.has(after.norm) || TITLES.has(after.norm)) {
      return { reject: false, reason: `office "${after.norm}" after it`, adjectival: true };
    }
  }
  // Other words of the chunk must be places, directions or place words themselves; otherwise the candidate is a
  // piece of a longer name (Jens Stoltenberg, Liwa Suqour al-Jabal, Nour al-Din al-Zenki).
  for (let m = chunk.from; m <= chunk.to; m++) {
    if (m >= c.from && m <= c.to) continue;
    const t = tokens[m]!;
    const other = covered[m]!;
    // Another gazetteer hit in the chunk vouches for it only if that hit is a place people know (Damascus Aleppo
    // road), not any hamlet (Evans, Colorado in "David Evans").
    if (other >= 0 && cands[other] !== c && cands[other]!.strong) continue;
    if (DIRECTIONS.has(t.norm) || PLACE_CUES_AFTER.has(t.norm) || t.norm === 'al') continue;
    if (!t.cap) continue;
    const longer = tokens.slice(chunk.from, chunk.to + 1).map((x) => x.norm).join(' ');
    // A place heading a longer name (Manitoba Underdogs Rescue, France Football) is its modifier; a place word after
    // other capitalised words is a surname or part of a name (Jens Stoltenberg, Liwa Suqour al-Jabal).
    if (opensChunk && chunk.to === c.to + 1 && loneNames.has(t.norm)) {
      return { reject: true, reason: `person: "${t.norm}" also stands alone in the text (a surname)` };
    }
    if (opensChunk && c.strong) return { reject: false, reason: `heads the longer name "${longer}"`, adjectival: true };
    return { reject: true, reason: `part of the longer name "${longer}"` };
  }
  return { reject: false, reason: 'chunk is made of places' };
}

/** Extend a match to include an Arabic article glued before it ("al-" + Zahraa). */
export function spanStart(tokens: Token[], c: Candidate): number {
  const k = c.from;
  if (k > 0 && isGluedArticle(tokens, k - 1) && c.key.split(' ')[0] !== 'al') return tokens[k - 1]!.start;
  return tokens[k]!.start;
}
