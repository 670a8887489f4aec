import { distance } from '@turf/turf';
import type { Role } from '../../model/contract.js';
import { WEIGHED_PLACES } from '../gazetteer/key-facts.js';
import type { KeyFacts, KeyTable } from '../gazetteer/key-table.js';
import { tokenAt, type Token } from '../gazetteer/normalise.js';
import { FEATURE, isAdminKind, isSettlementKind, KIND, LAYER, RAD, type PlaceFacts } from '../gazetteer/place-facts.js';
import type { PlaceIndex, PlaceRecord } from '../gazetteer/place-index.js';
import { ADMIN_CUES, CITY_CUES } from './lexicon.js';
import type { Candidate } from './recognise.js';

/** What the resolver knows about one accepted mention. */
export type MentionToResolve = {
  cand: Candidate;
  /**
   * Kind of place the words around it ask for. 'office': a state office or body names the division ("New York Gov.",
   * "Quebec government", "upstate New York"), a softer ask than 'admin' (no town is ruled out for lack of one).
   */
  cue: 'admin' | 'office' | 'city' | 'crossing' | 'camp' | 'neighbourhood' | null;
  /** Explicit qualifier after a comma ("Paris, Texas"): the mention index of the qualifier, or -1 (a number either
   * way, so the field keeps one representation for the JIT). */
  qualifier: number;
  /** The mention itself qualifies the name before it ("Bronx, New York"): a division is meant when one exists. */
  qualifies: boolean;
  /** Role decided from local context: a dateline or a metonymic actor is a city, a government's seat. */
  role?: Role;
};

export type Resolution = { place: number | null; confidence: number; evidence: string[] };

/** Every resolution is made here: one object shape, which the JIT-compiled code reading them can rely on. */
function resolution(place: number | null, confidence: number, evidence: string[]): Resolution {
  return { place, confidence, evidence };
}

/** A name's places the resolver weighs (best prior first); the key facts compiled into the index use the same. */
const MAX_CANDIDATES = WEIGHED_PLACES;

/**
 * Offices and bodies of a first-level division written right after its name: "New York Gov. Andrew Cuomo",
 * "Quebec government", "Ontario Legislature". City offices (mayor, police) are not here.
 */
const STATE_OFFICES = new Set([
  'gov', 'governor', 'governors', 'lt', 'legislature', 'legislative', 'legislator', 'legislators', 'lawmakers',
  'assembly', 'senate', 'senator', 'premier', 'government', 'ministry', 'minister', 'attorney', 'treasurer',
  'comptroller', 'statehouse', 'capitol',
]);

/** Which kind of place the words right around a name ask for. */
export function cueFor(tokens: Token[], c: Candidate): MentionToResolve['cue'] {
  const after = tokenAt(tokens, c.to + 1);
  const before1 = tokenAt(tokens, c.from - 1);
  const before2 = tokenAt(tokens, c.from - 2);
  const words: string[] = [];
  if (after && after.gapBefore.trim() === '') words.push(after.norm);
  if (before1?.norm === 'of' && before2) words.push(before2.norm);
  for (const w of words) {
    if (ADMIN_CUES.has(w)) return 'admin';
    if (STATE_OFFICES.has(w)) return 'office';
    if (CITY_CUES.has(w)) return w === 'neighbourhood' || w === 'neighborhood' || w === 'quarter' ? 'neighbourhood' : 'city';
    if (w === 'crossing' || w === 'gate') return 'crossing';
    if (w === 'camp' || w === 'camps') return 'camp';
  }
  // "upstate New York", "downstate Illinois": the state.
  if (before1 && (before1.norm === 'upstate' || before1.norm === 'downstate')) return 'office';
  // The name itself may carry the cue (a curated "Aleppo Governorate" row matched whole).
  const lastWord = c.key.slice(c.key.lastIndexOf(' ') + 1);
  if (ADMIN_CUES.has(lastWord)) return 'admin';
  if (lastWord === 'crossing') return 'crossing';
  if (lastWord === 'camp') return 'camp';
  return null;
}

/** Priors per index and place, computed once (a logarithm per candidate and document was a visible cost). */
const priorMemo = new WeakMap<PlaceIndex, Float64Array>();

/** The prior memo of an index (NaN: not computed yet), looked up once per document. */
function priorsOf(index: PlaceIndex): Float64Array {
  let memo = priorMemo.get(index);
  if (!memo) {
    memo = new Float64Array(index.count).fill(Number.NaN);
    priorMemo.set(index, memo);
  }
  return memo;
}

function priorOf(ctx: DocContext, pi: number): number {
  let v = ctx.priors[pi]!;
  if (Number.isNaN(v)) {
    v = prior(ctx.facts, pi);
    ctx.priors[pi] = v;
  }
  return v;
}

/**
 * Weight of prominence (ln of 1 + GeoNames' alternate-name count) in the prior. Population alone under-rates the
 * famous namesake: Genève (184k people, 48 alternate names) against a dozen US Genevas (up to 22k, at most 15) was
 * left below the site's confidence cut in Syria stories. 0.15 lifts it clear while a local story's own focus still
 * wins (TR-News, local North American news: end-to-end Acc@161 0.772 → 0.769).
 */
const PROMINENCE = 0.15;

/** How likely a place is to be meant, before any context: layer, kind, size, capital status. */
function prior(f: PlaceFacts, pi: number): number {
  const layer = f.layer[pi]!;
  if (layer === LAYER.country) return 4;
  if (layer === LAYER.region) return f.kind[pi] === KIND.province ? 3.2 : 3;
  let s = 0.35 * Math.log10(f.population[pi]! + 10) + PROMINENCE * Math.log(1 + f.alternateNames[pi]!);
  if (layer === LAYER.regional) s = Math.max(s, 1.6) + 0.8;
  const feature = f.feature[pi]!;
  if (feature === FEATURE.PPLC) s += 1.2;
  else if (feature === FEATURE.PPLA) s += 0.5;
  else if (feature === FEATURE.PPLA2) s += 0.2;
  return s;
}

function cueScore(layer: number, kind: number, cue: MentionToResolve['cue']): number {
  if (cue === 'office') return isAdminKind(kind) && layer !== LAYER.geonames ? 3 : 0;
  // Without a cue, a name shared by a town and the district around it means the town ("Ras al-Ain").
  if (!cue) {
    const townDistrict = kind === KIND.district || kind === KIND.subdistrict || kind === KIND.governorate || (kind === KIND.province && layer === LAYER.regional);
    return layer !== LAYER.country && townDistrict ? -1 : 0;
  }
  if (cue === 'admin') return isAdminKind(kind) ? 4 : -1;
  if (cue === 'city') return isSettlementKind(kind) ? 2 : isAdminKind(kind) || kind === KIND.country ? -3 : 0;
  if (cue === 'crossing') return kind === KIND['border-crossing'] ? 3 : 0;
  if (cue === 'camp') return kind === KIND.camp ? 3 : 0;
  return kind === KIND.neighbourhood ? 2 : 0;
}

/** Is `p` inside the qualifier place q (same country, or same admin1 when q is a first-level division)? */
function within(p: PlaceRecord, q: PlaceRecord): boolean {
  if (q.kind === 'country' || q.layer === 'country') return p.country === q.country;
  if (q.admin1Code && p.admin1Code) return p.country === q.country && p.admin1Code === q.admin1Code;
  if (q.admin1 && p.admin1) return p.admin1 === q.admin1;
  return p.country === q.country && km(p, q) < 400;
}

export function km(a: Pick<PlaceRecord, 'lat' | 'lon'>, b: Pick<PlaceRecord, 'lat' | 'lon'>): number {
  return distance([a.lon, a.lat], [b.lon, b.lat], { units: 'kilometers' });
}

const EARTH_KM = 6371.0088;

/**
 * Great-circle distance for the scoring loop: the haversine formula of @turf/turf's `distance` (same earth radius),
 * without its argument checks and array copies. `km` (turf) stays the reference; the resolver tests hold the two
 * to the same metre.
 */
export function fastKm(aLat: number, aLon: number, bLat: number, bLon: number): number {
  return haversineKm(haversine(aLat, aLon, Math.cos(aLat * RAD), bLat, bLon, Math.cos(bLat * RAD)));
}

/** The haversine of the angle between two points, given their cos(latitude) (PlaceFacts keeps it per place). */
function haversine(aLat: number, aLon: number, aCos: number, bLat: number, bLon: number, bCos: number): number {
  const sLat = Math.sin(((bLat - aLat) * RAD) / 2);
  const sLon = Math.sin(((bLon - aLon) * RAD) / 2);
  return sLat * sLat + sLon * sLon * aCos * bCos;
}

/** Kilometres from a haversine; it grows with the haversine, so the nearest of several points needs one of these. */
function haversineKm(h: number): number {
  return 2 * EARTH_KM * Math.atan2(Math.sqrt(h), Math.sqrt(1 - h));
}

/** One name (and cue) of a document: its mentions share one decision (one sense per discourse). */
type Group = {
  members: number[];
  cue: MentionToResolve['cue'];
  /** The place of the name's explicit qualifier ("Paris, Texas": Texas), or -1. */
  qualifier: number;
  /** A mention of the group opens a wire story, stands for an actor, or qualifies the name before it. */
  dateline: boolean;
  metonymic: boolean;
  qualifies: boolean;
  key: string;
  /** The name's entry in the lookup table, and whether its places are those of a demonym. */
  keyIndex: number;
  demonym: boolean;
  /** The name's places as the index lists them; `cands` is the scored part (its first `listed`), maybe plus a division. */
  places: readonly number[];
  cands: readonly number[];
  listed: number;
  /** Countries where some candidate carries the name as its main name. */
  mainNameCountries: number[];
  /** The country whose own name this is, when a country carries it (country code; 0: none). */
  countryNamed: number;
  /**
   * The name is the own name of a country or first-level division ("Mexico", "Florida": 'unit') or of a capital
   * ("Paris": 'capital'), so a small namesake town needs more than the article's country to be meant (compiled into
   * the index, see key-facts.ts; 'none' for a demonym or a name with a single place).
   */
  famousNamesake: KeyFacts['famousNamesake'];
  /** Focus this group's own names add (subtracted when it is weighed: a name is no context for itself). */
  ownFocus: Contribution;
  ownDivision: Contribution;
};

/** Is the group's name only an alternate name of its `rank`-th candidate (answered when the index was compiled)? */
function isAlternate(lookup: KeyTable, g: Group, rank: number): boolean {
  return rank < g.listed ? lookup.isAlternateAt(g.keyIndex, rank, g.demonym) : lookup.isDivisionAlternate(g.keyIndex);
}

/** Countries where one of the leading candidates carries the name as its main name. */
function mainNameCountries(index: PlaceIndex, places: readonly number[], keyIndex: number, demonym: boolean): number[] {
  const out: number[] = [];
  const f = index.facts;
  for (let r = 0; r < places.length && r < 12; r++) {
    const pi = places[r]!;
    const cc = f.country[pi]!;
    if (cc !== 0 && f.layer[pi] !== LAYER.regional && !index.lookup.isAlternateAt(keyIndex, r, demonym) && !out.includes(cc)) out.push(cc);
  }
  return out;
}

/** What the whole document says about where it is: countries and divisions named, confident places so far. */
type DocContext = {
  index: PlaceIndex;
  facts: PlaceFacts;
  priors: Float64Array;
  /** Country code -> weight. */
  focus: Weights;
  /** Country code + admin1 code -> weight. */
  division: Weights;
  /** Places confidently chosen in the first round: the second round's distances are measured to them. */
  anchors: number[];
};

/** Weights keyed by one or two codes (country, or country and first-level division), as nested maps. */
class Weights {
  total = 0;
  private readonly byCountry = new Map<number, number | Map<number, number>>();
  add(cc: number, w: number, a1?: number): void {
    this.total += w;
    if (a1 === undefined) {
      this.byCountry.set(cc, ((this.byCountry.get(cc) as number | undefined) ?? 0) + w);
      return;
    }
    let inner = this.byCountry.get(cc) as Map<number, number> | undefined;
    if (!inner) {
      inner = new Map();
      this.byCountry.set(cc, inner);
    }
    inner.set(a1, (inner.get(a1) ?? 0) + w);
  }
  get(cc: number, a1?: number): number {
    const v = this.byCountry.get(cc);
    if (v === undefined) return 0;
    if (a1 === undefined) return v as number;
    return (v as Map<number, number>).get(a1) ?? 0;
  }
  has(cc: number, a1?: number): boolean {
    return this.get(cc, a1) > 0;
  }
}

/**
 * What one group adds to a focus: at most one country or division, the name's own (a name is no context for
 * itself). Codes are numbers throughout (0: none), so the fields keep one representation.
 */
type Contribution = { cc: number; a1: number; w: number };

function contribute(weights: Weights, own: Contribution, cc: number, w: number, a1?: number): void {
  weights.add(cc, w, a1);
  if (own.cc === 0 || (own.cc === cc && own.a1 === (a1 ?? 0))) {
    own.cc = cc;
    own.a1 = a1 ?? 0;
    own.w += w;
  }
}

/** Share of a country (or division) in a focus once the group's own contribution is taken out. */
function share(all: Weights, own: Contribution, cc: number, a1?: number): number {
  const total = all.total - own.w;
  if (total <= 1e-9) return 0;
  let w = all.get(cc, a1);
  if (own.cc === cc && own.a1 === (a1 ?? 0)) w -= own.w;
  return w > 1e-9 ? w / total : 0;
}

/** Weight of a place the text names or the first round placed confidently: repeated names count more, up to 3. */
const repeatWeight = (count: number) => Math.min(count, 3);

/**
 * Score the group's `rank`-th candidate. Every term is evidence; `ev` receives the reasons (only for the winner,
 * when diagnostics are asked for: building strings for forty namesakes per name was most of the resolver's time).
 * The terms read the place's columns (PlaceFacts); a PlaceRecord is decoded only for a qualifier or for evidence.
 */
function scoreCandidate(ctx: DocContext, g: Group, rank: number, ownPick: number, ev: string[] | null, bestSoFar = -Infinity): number {
  const { index, facts: f } = ctx;
  const pi = g.cands[rank]!;
  const layer = f.layer[pi]!;
  const kind = f.kind[pi]!;
  const country = f.country[pi]!;
  const record = ev ? index.place(pi) : null;
  let s = priorOf(ctx, pi);
  ev?.push(`prior ${s.toFixed(2)}`);
  // A small town named like a country, a division or a capital ("a native of Mexico": Mexico, Missouri; "Marco
  // Rubio of Florida": Florida, New York; "a flight to Paris": Paris, Maine) gets half the country focus: news about a
  // country names foreign countries, its own divisions and world capitals all the time, so the article being about
  // the town's country says little. Named like a country or a division, it also gets half the local evidence (its
  // division named, places nearby), which a capital's namesake keeps in full. Its own qualifier or cue counts in
  // full ("Mexico, Missouri", "the town of Florida").
  const damped = g.famousNamesake !== 'none' && g.qualifier < 0 && g.cue !== 'city' && isSmallSettlement(f, pi);
  const countryContext = damped ? DAMPED : 1;
  const localContext = damped && g.famousNamesake === 'unit' ? DAMPED : 1;
  if (damped) ev?.push(`small namesake of a ${g.famousNamesake === 'unit' ? 'country or division' : 'capital'}: context counts less`);
  const cs = cueScore(layer, kind, g.cue);
  if (cs) {
    s += cs;
    ev?.push(`cue ${g.cue ?? 'none'} ${cs > 0 ? '+' : ''}${cs}`);
  }
  // "Bronx, New York": a name written as the qualifier of another is the division, as strong as "Paris, Texas".
  if (g.qualifies && !g.cue && isAdminKind(kind) && layer !== LAYER.geonames) {
    s += 5;
    ev?.push('qualifies the name before it: a division +5');
  }
  // An alternate name weighs less when it is a division's short form ("Victoria" for Victoria State) or when another
  // place in the same country carries it as its main name (Hong Kong lists "Victoria", the Victoria district is
  // called so). Exonyms (Geneva for Genève) are alternates too, and are not penalised for that alone.
  if (
    (layer === LAYER.region || layer === LAYER.geonames) &&
    isAlternate(index.lookup, g, rank) &&
    (layer === LAYER.region || (country !== 0 && g.mainNameCountries.includes(country)))
  ) {
    s -= ALTERNATE_NAME_PENALTY;
    ev?.push(`"${g.key}" is only an alternate name of ${record!.name} -${ALTERNATE_NAME_PENALTY}`);
  }
  // A dateline names a city a wire service files from: a city, and a big one, rather than a division or a hamlet.
  if (g.dateline && layer !== LAYER.country) {
    const d =
      layer === LAYER.region
        ? -1.5
        : isSettlementKind(kind)
          ? 0.35 * Math.log10(f.population[pi]! + 10) + (f.feature[pi] === FEATURE.PPLC ? 1 : 0)
          : 0;
    if (d) {
      s += d;
      ev?.push(`dateline ${d > 0 ? '+' : ''}${d.toFixed(2)}`);
    }
  }
  // "Washington said": a name standing for an actor is a government, whose seat is the capital.
  if (g.metonymic && f.feature[pi] === FEATURE.PPLC) {
    s += 1;
    ev?.push('metonymic use: a capital +1');
  }
  if (g.qualifier >= 0) {
    const qualPlace = index.place(g.qualifier);
    const inside = within(index.place(pi), qualPlace);
    s += inside ? 5 : -2;
    ev?.push(`${inside ? 'inside' : 'outside'} qualifier ${qualPlace.name}`);
  }
  // The focus on a country says nothing between that country and a city listing its name ("Mexico").
  if (country !== 0 && layer !== LAYER.country && !(g.countryNamed === country && layer === LAYER.geonames)) {
    const sh = share(ctx.focus, g.ownFocus, country);
    if (sh > 0) {
      s += 2 * sh * countryContext;
      ev?.push(`country focus ${record?.country} ${sh.toFixed(2)}`);
    }
  }
  // Other places in a division support the division itself as much as its towns ("Montreal ... in Quebec").
  const a1 = f.admin1Code[pi]!;
  if (a1 !== 0 && country !== 0 && ctx.division.total > 0) {
    const sh = share(ctx.division, g.ownDivision, country, a1);
    if (sh > 0) {
      s += 2 * sh * localContext;
      ev?.push(`division focus ${record?.country}.${record?.admin1Code} ${sh.toFixed(2)}`);
    }
  }
  // Distances only for the plausible few: a namesake hamlet far down the prior list cannot win on distance alone,
  // nor can a candidate that even the largest distance bonus (2) leaves far behind the best so far (its share of
  // the confidence would stay below e^-10).
  if (ctx.anchors.length > 0 && layer !== LAYER.country && layer !== LAYER.region && rank < 12 && s + 2 > bestSoFar - 4) {
    // The nearest anchor by haversine (distance grows with it): one arc tangent per candidate, not one per anchor.
    let nearest = Infinity;
    const lat = f.lat[pi]!;
    const lon = f.lon[pi]!;
    const cos = f.cosLat[pi]!;
    for (const a of ctx.anchors) {
      if (a === pi || a === ownPick) continue;
      const h = haversine(lat, lon, cos, f.lat[a]!, f.lon[a]!, f.cosLat[a]!);
      if (h < nearest) nearest = h;
    }
    if (nearest < Infinity) {
      const best = haversineKm(nearest);
      const bonus = 2 * Math.exp(-best / 250) * localContext;
      s += bonus;
      if (bonus > 0.05) ev?.push(`near other places (${Math.round(best)} km)`);
    }
  }
  return s;
}

const DAMPED = 0.5;

function isSmallSettlement(f: PlaceFacts, pi: number): boolean {
  const feature = f.feature[pi]!;
  return f.layer[pi] === LAYER.geonames && f.population[pi]! < 100_000 && feature !== FEATURE.PPLA && feature !== FEATURE.PPLC;
}

/** An alternate name (Hong Kong's "Victoria") weighs less than a place's own name. */
const ALTERNATE_NAME_PENALTY = 1;

/**
 * Better unplaced than misplaced: the only places carrying the name lie outside the division the text puts it in
 * ("Holliday, Mo." when only Holliday, Texas is known), are small namesakes in a country the article never names
 * (Heathrow airport is not in cities500, a hamlet in Alabama is), or the text asks for a division ("Metcalfe
 * County") and only towns are known. The mention is kept, without a place, for the curator's list.
 */
function implausible(ctx: DocContext, g: Group, pi: number, focusTotal: number, evidence: string[], withEvidence: boolean): Resolution | null {
  const f = ctx.facts;
  if (f.layer[pi] !== LAYER.geonames) return null;
  // Only a town against a division: a list of provinces or regions looks like a qualified name too.
  const q = g.qualifier;
  if (q >= 0 && f.layer[q] !== LAYER.country && f.kind[q] !== KIND.country && !within(ctx.index.place(pi), ctx.index.place(q))) {
    return resolution(null, 0, withEvidence ? [...evidence, `no place by this name is known in ${ctx.index.place(q).name}`] : evidence);
  }
  const country = f.country[pi]!;
  const a1 = f.admin1Code[pi]!;
  if (g.cue === 'admin' && !(a1 !== 0 && country !== 0 && ctx.division.has(country, a1))) {
    return resolution(null, 0, withEvidence ? [...evidence, 'a division is meant and none by this name is known'] : evidence);
  }
  const feature = f.feature[pi]!;
  const small = f.population[pi]! < 15_000 && feature !== FEATURE.PPLA && feature !== FEATURE.PPLC;
  if (small && focusTotal >= 2 && !(country !== 0 && ctx.focus.has(country)) && g.qualifier < 0) {
    const why = withEvidence ? `small namesake in ${ctx.index.place(pi).country}, a country the article does not name` : '';
    return resolution(null, 0, withEvidence ? [...evidence, why] : evidence);
  }
  return null;
}

/** Scores of one group's candidates (at most MAX_CANDIDATES and a division), reused: decideGroup is not reentrant. */
const SCORES = new Float64Array(MAX_CANDIDATES + 1);

function decideGroup(ctx: DocContext, g: Group, ownPick: number, withEvidence: boolean): Resolution {
  const cands = g.cands;
  const focusTotal = ctx.focus.total;
  if (cands.length === 0) return resolution(null, 0, ['no candidate']);
  if (cands.length === 1) {
    // One place carries the name: nothing to weigh; its reasons are recorded when asked for.
    const evidence: string[] = withEvidence ? ['only place with this name'] : [];
    if (withEvidence) scoreCandidate(ctx, g, 0, ownPick, evidence);
    return implausible(ctx, g, cands[0]!, focusTotal, evidence, withEvidence) ?? resolution(cands[0]!, 1, evidence);
  }
  // Best by one scan (ties to the lower index: the order is deterministic), then the softmax over all.
  const scores = SCORES;
  let best = 0;
  for (let r = 0; r < cands.length; r++) {
    scores[r] = scoreCandidate(ctx, g, r, ownPick, null, r === 0 ? -Infinity : scores[best]!);
    if (scores[r]! > scores[best]! || (scores[r] === scores[best] && cands[r]! < cands[best]!)) best = r;
  }
  // Confidence: the winner's share of a softmax over the candidates' scores. Scores are log-odds-like; the factor
  // sharpens them so a capital among forty namesake hamlets is not "unsure".
  let z = 0;
  // Candidates more than 6 below the winner add less than 3e-7 each: not worth an exponential.
  const top = scores[best]!;
  for (let r = 0; r < cands.length; r++) if (scores[r]! > top - 6) z += Math.exp(2.5 * (scores[r]! - top));
  const evidence: string[] = [];
  if (withEvidence) scoreCandidate(ctx, g, best, ownPick, evidence);
  return implausible(ctx, g, cands[best]!, focusTotal, evidence, withEvidence) ?? resolution(cands[best]!, 1 / z, evidence);
}

const CUE_CODE: Record<NonNullable<MentionToResolve['cue']>, number> = { admin: 1, office: 2, city: 3, crossing: 4, camp: 5, neighbourhood: 6 };

/**
 * Resolve every mention of one document together. One sense per article: mentions with the same name and the same
 * cue share a decision. Two rounds: the first uses priors, cues, qualifiers, roles and the countries and divisions
 * the text names; the second adds the countries, divisions and distances of the first round's confident choices.
 * A name never counts as context for itself ("Quebec" does not pull "Quebec" towards Quebec City).
 */
export function resolveMentions(mentions: MentionToResolve[], index: PlaceIndex, withEvidence = true): Resolution[] {
  const f = index.facts;
  // Groups by name entry, demonym or not, and cue: one number, no key string.
  const byKey = new Map<number, Group>();
  const groups: Group[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    const gk = (m.cand.keyIndex * 8 + (m.cue ? CUE_CODE[m.cue] : 0)) * 2 + (m.cand.demonym ? 1 : 0);
    let g = byKey.get(gk);
    if (!g) {
      let cands: readonly number[] = m.cand.places.length > MAX_CANDIDATES ? m.cand.places.slice(0, MAX_CANDIDATES) : m.cand.places;
      const listed = cands.length;
      if (!m.cand.demonym) {
        const div = index.lookup.divisionAt(m.cand.keyIndex);
        if (div >= 0 && !cands.includes(div)) cands = [...cands, div];
      }
      const top = cands[0]!;
      const countryNamed = cands.length > 1 && f.layer[top] === LAYER.country ? f.country[top]! : 0;
      g = {
        members: [],
        cue: m.cue,
        qualifier: -1,
        dateline: false,
        metonymic: false,
        qualifies: false,
        key: m.cand.key,
        keyIndex: m.cand.keyIndex,
        demonym: m.cand.demonym,
        places: m.cand.places,
        cands,
        listed,
        // One candidate: nothing for an alternate name to lose against.
        mainNameCountries: cands.length > 1 ? mainNameCountries(index, m.cand.places, m.cand.keyIndex, m.cand.demonym) : [],
        countryNamed,
        // One candidate: nothing for a namesake to lose against.
        famousNamesake: cands.length > 1 && !m.cand.demonym ? index.lookup.famousNamesakeAt(m.cand.keyIndex) : 'none',
        ownFocus: { cc: 0, a1: 0, w: 0 },
        ownDivision: { cc: 0, a1: 0, w: 0 },
      };
      byKey.set(gk, g);
      groups.push(g);
    }
    g.members.push(i);
    if (m.qualifier >= 0 && g.qualifier < 0) g.qualifier = mentions[m.qualifier]!.cand.places[0]!;
    if (m.role === 'dateline') g.dateline = true;
    else if (m.role === 'metonymic') g.metonymic = true;
    if (m.qualifies) g.qualifies = true;
  }

  // Focus from the names themselves: each country named counts, a demonym half; first-level divisions named
  // (Kentucky, Alberta) focus the article more finely ("Paris" in a Kentucky story) and count half for their country.
  const ctx: DocContext = { index, facts: f, priors: priorsOf(index), focus: new Weights(), division: new Weights(), anchors: [] };
  for (const g of groups) {
    const m = mentions[g.members[0]!]!;
    const top = m.cand.places[0]!;
    const n = g.members.length;
    const layer = f.layer[top]!;
    const country = f.country[top]!;
    if (layer === LAYER.country && country !== 0) {
      const w = (m.cand.demonym ? 0.5 : 1) * n;
      contribute(ctx.focus, g.ownFocus, country, w);
    }
    const a1 = f.admin1Code[top]!;
    if (layer === LAYER.region && a1 !== 0 && country !== 0) {
      contribute(ctx.division, g.ownDivision, country, n, a1);
      contribute(ctx.focus, g.ownFocus, country, 0.5 * n);
    }
  }

  const first = groups.map((g) => decideGroup(ctx, g, -1, withEvidence && !groups.some((x) => x.cands.length > 1)));
  let final = first;
  // A second round only helps names with more than one candidate place.
  if (groups.some((g) => g.cands.length > 1)) {
    // Confident first-round choices add their country and division to the focus, weighted by how often the name
    // occurs, and anchor the distances of the second round.
    const picks: number[] = first.map((r, gi) => {
      if (r.place === null) return -1;
      const pi = r.place;
      const layer = f.layer[pi]!;
      if (r.confidence >= 0.6 && layer !== LAYER.country && layer !== LAYER.region) {
        const w = 0.5 * repeatWeight(groups[gi]!.members.length);
        const country = f.country[pi]!;
        if (country !== 0) {
          contribute(ctx.focus, groups[gi]!.ownFocus, country, w);
          const a1 = f.admin1Code[pi]!;
          if (a1 !== 0) contribute(ctx.division, groups[gi]!.ownDivision, country, w, a1);
        }
      }
      if (r.confidence >= 0.5 && (layer === LAYER.geonames || layer === LAYER.regional) && !ctx.anchors.includes(pi)) ctx.anchors.push(pi);
      return r.confidence >= 0.5 ? pi : -1;
    });
    final = groups.map((g, gi) => decideGroup(ctx, g, picks[gi]!, withEvidence));
  }

  const out: Resolution[] = new Array(mentions.length);
  groups.forEach((g, gi) => {
    for (const i of g.members) out[i] = final[gi]!;
  });
  return out;
}
