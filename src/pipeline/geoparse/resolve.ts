import { distance } from '@turf/turf';
import type { Token } from '../gazetteer/normalise.js';
import type { PlaceIndex, PlaceRecord } from '../gazetteer/place-index.js';
import { ADMIN_CUES, CITY_CUES } from './lexicon.js';
import type { Candidate } from './recognise.js';

/** What the resolver knows about one accepted mention. */
export type MentionToResolve = {
  cand: Candidate;
  /** Kind of place the words around it ask for. */
  cue: 'admin' | 'city' | 'crossing' | 'camp' | 'neighbourhood' | null;
  /** Explicit qualifier after a comma ("Paris, Texas"): the mention index of the qualifier. */
  qualifier: number | null;
};

export type Resolution = { place: number | null; confidence: number; evidence: string[] };

const MAX_CANDIDATES = 40;

/** Which kind of place the words right around a name ask for. */
export function cueFor(tokens: Token[], c: Candidate): MentionToResolve['cue'] {
  const after = tokens[c.to + 1];
  const before1 = tokens[c.from - 1];
  const before2 = tokens[c.from - 2];
  const words: string[] = [];
  if (after && after.gapBefore.trim() === '') words.push(after.norm);
  if (before1?.norm === 'of' && before2) words.push(before2.norm);
  for (const w of words) {
    if (ADMIN_CUES.has(w)) return 'admin';
    if (CITY_CUES.has(w)) return w === 'neighbourhood' || w === 'neighborhood' || w === 'quarter' ? 'neighbourhood' : 'city';
    if (w === 'crossing' || w === 'gate') return 'crossing';
    if (w === 'camp' || w === 'camps') return 'camp';
  }
  // The name itself may carry the cue (a curated "Aleppo Governorate" row matched whole).
  const lastWord = c.key.slice(c.key.lastIndexOf(' ') + 1);
  if (ADMIN_CUES.has(lastWord)) return 'admin';
  if (lastWord === 'crossing') return 'crossing';
  if (lastWord === 'camp') return 'camp';
  return null;
}

const ADMIN_KINDS = new Set(['province', 'governorate', 'district', 'subdistrict', 'state', 'county', 'region']);
const SETTLEMENT_KINDS = new Set(['city', 'town', 'village']);

/** How likely a place is to be meant, before any context: layer, kind, size, capital status. */
function prior(p: PlaceRecord): number {
  if (p.layer === 'country') return 4;
  if (p.layer === 'region') return p.kind === 'province' ? 3.2 : 3;
  let s = 0.35 * Math.log10(p.population + 10);
  if (p.layer === 'regional') s = Math.max(s, 1.6) + 0.8;
  if (p.featureCode === 'PPLC') s += 1.2;
  else if (p.featureCode === 'PPLA') s += 0.5;
  else if (p.featureCode === 'PPLA2') s += 0.2;
  return s;
}

function cueScore(p: PlaceRecord, cue: MentionToResolve['cue']): number {
  // Without a cue, a name shared by a town and the district around it means the town ("Ras al-Ain").
  if (!cue) return p.layer !== 'country' && (p.kind === 'district' || p.kind === 'subdistrict' || p.kind === 'governorate' || (p.kind === 'province' && p.layer === 'regional')) ? -1 : 0;
  if (cue === 'admin') return ADMIN_KINDS.has(p.kind) ? 4 : -1;
  if (cue === 'city') return SETTLEMENT_KINDS.has(p.kind) ? 2 : ADMIN_KINDS.has(p.kind) || p.kind === 'country' ? -3 : 0;
  if (cue === 'crossing') return p.kind === 'border-crossing' ? 3 : 0;
  if (cue === 'camp') return p.kind === 'camp' ? 3 : 0;
  return p.kind === 'neighbourhood' ? 2 : 0;
}

/** Is `p` inside the qualifier place q (same country, or same admin1 when q is a first-level division)? */
function within(p: PlaceRecord, q: PlaceRecord): boolean {
  if (q.kind === 'country' || q.layer === 'country') return p.country === q.country;
  if (q.admin1Code && p.admin1Code) return p.country === q.country && p.admin1Code === q.admin1Code;
  if (q.admin1 && p.admin1) return p.admin1 === q.admin1;
  return p.country === q.country && km(p, q) < 400;
}

function km(a: PlaceRecord, b: PlaceRecord): number {
  return distance([a.lon, a.lat], [b.lon, b.lat], { units: 'kilometers' });
}

/**
 * Resolve every mention of one document together. One sense per article: mentions with the same name and the same
 * cue share a decision. Two rounds: the first uses priors, cues, qualifiers and the countries the text names; the
 * second adds the countries and distances of the first round's confident choices.
 */
export function resolveMentions(mentions: MentionToResolve[], index: PlaceIndex, withEvidence = true): Resolution[] {
  const groups = new Map<string, number[]>();
  mentions.forEach((m, i) => {
    const g = `${m.cand.demonym ? 'd:' : ''}${m.cand.key}|${m.cue ?? ''}`;
    const list = groups.get(g);
    if (list) list.push(i);
    else groups.set(g, [i]);
  });
  const groupList = [...groups.values()];

  // Country focus from the names themselves: each country named counts, a demonym counts half.
  const focus = new Map<string, number>();
  const addFocus = (cc: string | null, w: number) => {
    if (cc) focus.set(cc, (focus.get(cc) ?? 0) + w);
  };
  // First-level divisions named (Kentucky, Alberta) focus the article more finely: "Paris" in a Kentucky story.
  const divisionFocus = new Map<string, number>();
  let divisionTotal = 0;
  for (const m of mentions) {
    const top = index.place(m.cand.places[0]!);
    if (top.layer === 'country') addFocus(top.country, m.cand.demonym ? 0.5 : 1);
    if (top.layer === 'region' && top.admin1Code && top.country) {
      const key = `${top.country}.${top.admin1Code}`;
      divisionFocus.set(key, (divisionFocus.get(key) ?? 0) + 1);
      divisionTotal++;
      addFocus(top.country, 0.5);
    }
  }

  const choose = (round: number, chosen: (number | null)[]): Resolution[] => {
    let total = 0;
    for (const w of focus.values()) total += w;
    const anchors: PlaceRecord[] = [];
    if (round > 0) {
      groupList.forEach((g, gi) => {
        const pick = chosen[gi];
        if (pick === null || pick === undefined) return;
        const p = index.place(pick);
        if ((p.layer === 'geonames' || p.layer === 'regional') && !anchors.includes(p)) anchors.push(p);
      });
    }
    return groupList.map((g, gi) => {
      const m = mentions[g[0]!]!;
      const cue = g.map((i) => mentions[i]!.cue).find((x) => x) ?? null;
      const qualIdx = g.map((i) => mentions[i]!.qualifier).find((x) => x !== null) ?? null;
      const qualPlace = qualIdx !== null ? index.place(mentions[qualIdx]!.cand.places[0]!) : undefined;
      const cands = m.cand.places.slice(0, MAX_CANDIDATES);
      const ownPick = chosen[gi];
      // Score every candidate; the reasons are written out only for the winner (building strings for forty
      // namesakes per name was most of the resolver's time).
      const score = (pi: number, rank: number, ev: string[] | null): number => {
        const p = index.place(pi);
        let s = prior(p);
        ev?.push(`prior ${s.toFixed(2)}`);
        const cs = cueScore(p, cue);
        if (cs) {
          s += cs;
          ev?.push(`cue ${cue ?? 'none'} ${cs > 0 ? '+' : ''}${cs}`);
        }
        if (qualPlace) {
          const inside = within(p, qualPlace);
          s += inside ? 5 : -2;
          ev?.push(`${inside ? 'inside' : 'outside'} qualifier ${qualPlace.name}`);
        }
        if (total > 0 && p.country && p.layer !== 'country') {
          const share = (focus.get(p.country) ?? 0) / total;
          if (share > 0) {
            s += 2 * share;
            ev?.push(`country focus ${p.country} ${share.toFixed(2)}`);
          }
        }
        if (divisionTotal > 0 && p.admin1Code && p.layer !== 'region') {
          const share = (divisionFocus.get(`${p.country}.${p.admin1Code}`) ?? 0) / divisionTotal;
          if (share > 0) {
            s += 2 * share;
            ev?.push(`division focus ${p.country}.${p.admin1Code} ${share.toFixed(2)}`);
          }
        }
        // Distances only for the plausible few: a namesake hamlet far down the prior list cannot win on distance alone.
        if (anchors.length > 0 && p.layer !== 'country' && p.layer !== 'region' && rank < 12) {
          let best = Infinity;
          for (const a of anchors) {
            if (a === p || a === ownPlace) continue;
            const d = km(p, a);
            if (d < best) best = d;
          }
          if (best < Infinity) {
            const bonus = 2 * Math.exp(-best / 250);
            s += bonus;
            if (bonus > 0.05) ev?.push(`near other places (${Math.round(best)} km)`);
          }
        }
        return s;
      };
      /**
       * Better unplaced than misplaced: the only places carrying the name are small namesakes in a country the
       * article never names (Heathrow airport is not in cities500, a hamlet in Alabama is), or the text asks for a
       * division ("Metcalfe County") and only towns are known. The mention is kept, without a place, for the
       * curator's list.
       */
      const implausible = (pi: number, evidence: string[]): Resolution | null => {
        const p = index.place(pi);
        if (p.layer !== 'geonames') return null;
        if (cue === 'admin' && !(p.admin1Code && divisionFocus.has(`${p.country}.${p.admin1Code}`))) {
          return { place: null, confidence: 0, evidence: [...evidence, 'a division is meant and none by this name is known'] };
        }
        const small = p.population < 15_000 && p.featureCode !== 'PPLA' && p.featureCode !== 'PPLC';
        if (small && total >= 2 && !(p.country && focus.has(p.country)) && !qualPlace) {
          return { place: null, confidence: 0, evidence: [...evidence, `small namesake in ${p.country}, a country the article does not name`] };
        }
        return null;
      };
      const ownPlace = ownPick !== null && ownPick !== undefined ? index.place(ownPick) : undefined;
      if (cands.length === 1) {
        // One place carries the name: nothing to weigh; its reasons are recorded when asked for.
        const evidence: string[] = withEvidence ? ['only place with this name'] : [];
        if (withEvidence) score(cands[0]!, 0, evidence);
        return implausible(cands[0]!, evidence) ?? { place: cands[0]!, confidence: 1, evidence };
      }
      // Best by one scan (ties to the lower index: the order is deterministic), then the softmax over all.
      const scores = new Float64Array(cands.length);
      let best = 0;
      for (let r = 0; r < cands.length; r++) {
        scores[r] = score(cands[r]!, r, null);
        if (scores[r]! > scores[best]! || (scores[r] === scores[best] && cands[r]! < cands[best]!)) best = r;
      }
      if (cands.length === 0) return { place: null, confidence: 0, evidence: ['no candidate'] };
      const top = { pi: cands[best]!, rank: best, s: scores[best]! };
      // Confidence: the winner's share of a softmax over the candidates' scores.
      // Scores are log-odds-like; the factor sharpens them so a capital among forty namesake hamlets is not "unsure".
      let z = 0;
      for (let r = 0; r < scores.length; r++) z += Math.exp(2.5 * (scores[r]! - top.s));
      const confidence = 1 / z;
      const evidence: string[] = [];
      if (withEvidence) score(top.pi, top.rank, evidence);
      return implausible(top.pi, evidence) ?? { place: top.pi, confidence, evidence };
    });
  };

  const first = choose(0, []);
  // A second round only helps names with more than one candidate place.
  if (!groupList.some((g) => mentions[g[0]!]!.cand.places.length > 1)) {
    const out: Resolution[] = new Array(mentions.length);
    groupList.forEach((g, gi) => {
      for (const i of g) out[i] = first[gi]!;
    });
    return out;
  }
  // Confident first-round choices add their countries to the focus.
  first.forEach((r) => {
    if (r.place === null || r.confidence < 0.6) return;
    const p = index.place(r.place);
    if (p.layer !== 'country') addFocus(p.country, 0.5);
  });
  // Only confident first-round choices anchor the distances of the second.
  const second = choose(
    1,
    first.map((r) => (r.confidence >= 0.5 ? r.place : null)),
  );

  const out: Resolution[] = new Array(mentions.length);
  groupList.forEach((g, gi) => {
    for (const i of g) out[i] = second[gi]!;
  });
  return out;
}
