import { distance } from '@turf/turf';
import type { Role } from '../../model/contract.js';
import { nameKey, type Token } from '../gazetteer/normalise.js';
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
  /** Explicit qualifier after a comma ("Paris, Texas"): the mention index of the qualifier. */
  qualifier: number | null;
  /** The mention itself qualifies the name before it ("Bronx, New York"): a division is meant when one exists. */
  qualifies?: boolean;
  /** Role decided from local context: a dateline or a metonymic actor is a city, a government's seat. */
  role?: Role;
};

export type Resolution = { place: number | null; confidence: number; evidence: string[] };

const MAX_CANDIDATES = 40;

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
  const after = tokens[c.to + 1];
  const before1 = tokens[c.from - 1];
  const before2 = tokens[c.from - 2];
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

const ADMIN_KINDS = new Set(['province', 'governorate', 'district', 'subdistrict', 'state', 'county', 'region']);
const SETTLEMENT_KINDS = new Set(['city', 'town', 'village']);

/** Priors per index and place, computed once (a logarithm per candidate and document was a visible cost). */
const priorMemo = new WeakMap<PlaceIndex, Float64Array>();

function priorOf(index: PlaceIndex, pi: number, p: PlaceRecord): number {
  let memo = priorMemo.get(index);
  if (!memo) {
    memo = new Float64Array(index.count).fill(Number.NaN);
    priorMemo.set(index, memo);
  }
  let v = memo[pi]!;
  if (Number.isNaN(v)) {
    v = prior(p);
    memo[pi] = v;
  }
  return v;
}

/** How likely a place is to be meant, before any context: layer, kind, size, capital status. */
/**
 * Weight of prominence (ln of 1 + GeoNames' alternate-name count) in the prior. Population alone under-rates the
 * famous namesake: Genève (184k people, 48 alternate names) against a dozen US Genevas (up to 22k, at most 15) was
 * left below the site's confidence cut in Syria stories. 0.15 lifts it clear while a local story's own focus still
 * wins (TR-News, local North American news: end-to-end Acc@161 0.772 → 0.769).
 */
const PROMINENCE = 0.15;
function prior(p: PlaceRecord): number {
  if (p.layer === 'country') return 4;
  if (p.layer === 'region') return p.kind === 'province' ? 3.2 : 3;
  let s = 0.35 * Math.log10(p.population + 10) + PROMINENCE * Math.log(1 + p.alternateNames);
  if (p.layer === 'regional') s = Math.max(s, 1.6) + 0.8;
  if (p.featureCode === 'PPLC') s += 1.2;
  else if (p.featureCode === 'PPLA') s += 0.5;
  else if (p.featureCode === 'PPLA2') s += 0.2;
  return s;
}

function cueScore(p: PlaceRecord, cue: MentionToResolve['cue']): number {
  if (cue === 'office') return ADMIN_KINDS.has(p.kind) && p.layer !== 'geonames' ? 3 : 0;
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

export function km(a: Pick<PlaceRecord, 'lat' | 'lon'>, b: Pick<PlaceRecord, 'lat' | 'lon'>): number {
  return distance([a.lon, a.lat], [b.lon, b.lat], { units: 'kilometers' });
}

const EARTH_KM = 6371.0088;
const RAD = Math.PI / 180;

/**
 * Great-circle distance for the scoring loop: the haversine formula of @turf/turf's `distance` (same earth radius),
 * without its argument checks and array copies, which were 8% of the time to parse a document. `km` (turf) stays
 * the reference; the resolver tests hold the two to the same metre.
 */
export function fastKm(aLat: number, aLon: number, bLat: number, bLon: number): number {
  const dLat = (bLat - aLat) * RAD;
  const dLon = (bLon - aLon) * RAD;
  const sLat = Math.sin(dLat / 2);
  const sLon = Math.sin(dLon / 2);
  const h = sLat * sLat + sLon * sLon * Math.cos(aLat * RAD) * Math.cos(bLat * RAD);
  return 2 * EARTH_KM * Math.atan2(Math.sqrt(h), Math.sqrt(1 - h));
}

const PLAIN_NAME = /^[A-Za-z]+(?: [A-Za-z]+)*$/;
const EL_WORD = /(?:^| )el(?: |$)/i;

/** Main-name keys per place, computed once per index ("washington d c" for "Washington, D.C." is cut at the comma). */
const mainKeys = new WeakMap<PlaceIndex, Map<number, string>>();

/**
 * Is `key` only an alternate name of the place (Hong Kong is also "Victoria"; the state "Victoria State" is also
 * "Victoria")? A place whose main name it is should win over one that merely lists it, size being equal.
 */
function isAlternateName(index: PlaceIndex, pi: number, key: string): boolean {
  let memo = mainKeys.get(index);
  if (!memo) {
    memo = new Map();
    mainKeys.set(index, memo);
  }
  let main = memo.get(pi);
  if (main === undefined) {
    const name = index.place(pi).name;
    // Plain ASCII names (most of them) fold by lower-casing; the others go through the full normalisation.
    // ("El" is folded to "al" by the normalisation wherever it stands: not plain.)
    if (PLAIN_NAME.test(name) && !EL_WORD.test(name)) main = name.toLowerCase();
    else {
      const cut = name.search(/[,(]/);
      main = nameKey(cut > 0 ? name.slice(0, cut) : name);
    }
    memo.set(pi, main);
  }
  return main !== key && main !== `al ${key}` && key !== `al ${main}`;
}

/**
 * The first-level division a name may mean beyond its own candidates: "New York" or "Victoria" alone is mostly
 * the city in news, so the division is indexed as "New York State" / "Victoria State"; when the words ask for a
 * division (or the text is about its country), it is considered too.
 */
export function divisionNamed(index: PlaceIndex, key: string, places: readonly number[]): number {
  let memo = divisionMemo.get(index);
  if (!memo) {
    memo = new Map();
    divisionMemo.set(index, memo);
  }
  let found = memo.get(key);
  if (found === undefined) {
    found = findDivision(index, key, places);
    if (memo.size > 100_000) memo.clear();
    memo.set(key, found);
  }
  return found;
}

/** Answers of divisionNamed per index and name: news repeats names from document to document. */
const divisionMemo = new WeakMap<PlaceIndex, Map<string, number>>();

function findDivision(index: PlaceIndex, key: string, places: readonly number[]): number {
  for (let i = 0; i < places.length && i < 4; i++) {
    const p = index.place(places[i]!);
    if (p.layer === 'region' && p.admin1Code) return places[i]!;
  }
  for (const suffix of [' state', ' province']) {
    const k = index.lookup.find(key + suffix);
    if (k < 0) continue;
    for (const pi of index.lookup.namesAt(k)) {
      const p = index.place(pi);
      if (p.layer === 'region' && p.admin1Code) return pi;
    }
  }
  return -1;
}

const NO_COUNTRIES: Set<string> = new Set();
/** Per posting list (shared by the index across documents): computed once per name. */
const mainNameMemo = new WeakMap<readonly number[], Set<string>>();

/** Countries where one of the leading candidates carries `key` as its main name. */
function mainNameCountriesOf(index: PlaceIndex, places: readonly number[], key: string): Set<string> {
  let out = mainNameMemo.get(places);
  if (out) return out;
  out = new Set<string>();
  for (let r = 0; r < places.length && r < 12; r++) {
    const p = index.place(places[r]!);
    if (p.country && p.layer !== 'regional' && !isAlternateName(index, places[r]!, key)) out.add(p.country);
  }
  mainNameMemo.set(places, out);
  return out;
}

function mainNameCountries(index: PlaceIndex, g: Group): Set<string> {
  g.mainNameCountries ??= mainNameCountriesOf(index, g.places, g.key);
  return g.mainNameCountries;
}

/** One name (and cue) of a document: its mentions share one decision (one sense per discourse). */
type Group = {
  members: number[];
  cue: MentionToResolve['cue'];
  qualPlace: PlaceRecord | undefined;
  /** A mention of the group opens a wire story, stands for an actor, or qualifies the name before it. */
  dateline: boolean;
  metonymic: boolean;
  qualifies: boolean;
  key: string;
  /** The name's places as the index lists them; `cands` is the scored part, maybe plus a division. */
  places: readonly number[];
  cands: readonly number[];
  /** Countries where some candidate carries the name as its main name (computed when first asked). */
  mainNameCountries: Set<string> | null;
  /** The country whose own name this is, when a country carries it. */
  countryNamed: string | null;
  /** Focus this group's own names add (subtracted when it is weighed: a name is no context for itself). */
  ownFocus: Contribution;
  ownDivision: Contribution;
};

/** What the whole document says about where it is: countries and divisions named, confident places so far. */
type DocContext = {
  index: PlaceIndex;
  /** Country code -> weight. */
  focus: Weights;
  /** Country code + admin1 code -> weight. */
  division: Weights;
  anchors: PlaceRecord[];
};

/**
 * Weights keyed by one or two codes (country, or country and first-level division), kept as nested maps so that
 * asking about a candidate builds no key string.
 */
class Weights {
  total = 0;
  private readonly byCountry = new Map<string, number | Map<string, number>>();
  add(cc: string, w: number, a1?: string): void {
    this.total += w;
    if (a1 === undefined) {
      this.byCountry.set(cc, ((this.byCountry.get(cc) as number | undefined) ?? 0) + w);
      return;
    }
    let inner = this.byCountry.get(cc) as Map<string, number> | undefined;
    if (!inner) {
      inner = new Map();
      this.byCountry.set(cc, inner);
    }
    inner.set(a1, (inner.get(a1) ?? 0) + w);
  }
  get(cc: string, a1?: string): number {
    const v = this.byCountry.get(cc);
    if (v === undefined) return 0;
    if (a1 === undefined) return v as number;
    return (v as Map<string, number>).get(a1) ?? 0;
  }
  has(cc: string, a1?: string): boolean {
    return this.get(cc, a1) > 0;
  }
}

/** What one group adds to a focus: at most one country or division, the name's own (a name is no context for itself). */
type Contribution = { cc: string | null; a1: string | undefined; w: number };

function contribute(weights: Weights, own: Contribution, cc: string, w: number, a1?: string): void {
  weights.add(cc, w, a1);
  if (own.cc === null || (own.cc === cc && own.a1 === a1)) {
    own.cc = cc;
    own.a1 = a1;
    own.w += w;
  }
}

/** Share of a country (or division) in a focus once the group's own contribution is taken out. */
function share(all: Weights, own: Contribution, cc: string, a1?: string): number {
  const total = all.total - own.w;
  if (total <= 1e-9) return 0;
  let w = all.get(cc, a1);
  if (own.cc === cc && own.a1 === a1) w -= own.w;
  return w > 1e-9 ? w / total : 0;
}

/** Weight of a place the text names or the first round placed confidently: repeated names count more, up to 3. */
const repeatWeight = (count: number) => Math.min(count, 3);

/**
 * Score one candidate. Every term is evidence; `ev` receives the reasons (only for the winner, when diagnostics
 * are asked for: building strings for forty namesakes per name was most of the resolver's time).
 */
function scoreCandidate(
  ctx: DocContext,
  g: Group,
  pi: number,
  rank: number,
  ownPick: PlaceRecord | undefined,
  ev: string[] | null,
  bestSoFar = -Infinity,
): number {
  const { index } = ctx;
  const p = index.place(pi);
  let s = priorOf(index, pi, p);
  ev?.push(`prior ${s.toFixed(2)}`);
  const cs = cueScore(p, g.cue);
  if (cs) {
    s += cs;
    ev?.push(`cue ${g.cue ?? 'none'} ${cs > 0 ? '+' : ''}${cs}`);
  }
  // "Bronx, New York": a name written as the qualifier of another is the division, as strong as "Paris, Texas".
  if (g.qualifies && !g.cue && ADMIN_KINDS.has(p.kind) && p.layer !== 'geonames') {
    s += 5;
    ev?.push('qualifies the name before it: a division +5');
  }
  // An alternate name weighs less when it is a division's short form ("Victoria" for Victoria State) or when another
  // place in the same country carries it as its main name (Hong Kong lists "Victoria", the Victoria district is
  // called so). Exonyms (Geneva for Genève) are alternates too, and are not penalised for that alone.
  if (
    (p.layer === 'region' || p.layer === 'geonames') &&
    isAlternateName(index, pi, g.key) &&
    (p.layer === 'region' || (p.country !== null && mainNameCountries(index, g).has(p.country)))
  ) {
    s -= ALTERNATE_NAME_PENALTY;
    ev?.push(`"${g.key}" is only an alternate name of ${p.name} -${ALTERNATE_NAME_PENALTY}`);
  }
  // A dateline names a city a wire service files from: a city, and a big one, rather than a division or a hamlet.
  if (g.dateline && p.layer !== 'country') {
    const d = p.layer === 'region' ? -1.5 : SETTLEMENT_KINDS.has(p.kind) ? 0.35 * Math.log10(p.population + 10) + (p.featureCode === 'PPLC' ? 1 : 0) : 0;
    if (d) {
      s += d;
      ev?.push(`dateline ${d > 0 ? '+' : ''}${d.toFixed(2)}`);
    }
  }
  // "Washington said": a name standing for an actor is a government, whose seat is the capital.
  if (g.metonymic && p.featureCode === 'PPLC') {
    s += 1;
    ev?.push('metonymic use: a capital +1');
  }
  if (g.qualPlace) {
    const inside = within(p, g.qualPlace);
    s += inside ? 5 : -2;
    ev?.push(`${inside ? 'inside' : 'outside'} qualifier ${g.qualPlace.name}`);
  }
  // The focus on a country says nothing between that country and a city listing its name ("Mexico").
  if (p.country && p.layer !== 'country' && !(g.countryNamed === p.country && p.layer === 'geonames')) {
    const sh = share(ctx.focus, g.ownFocus, p.country);
    if (sh > 0) {
      s += 2 * sh;
      ev?.push(`country focus ${p.country} ${sh.toFixed(2)}`);
    }
  }
  // Other places in a division support the division itself as much as its towns ("Montreal ... in Quebec").
  if (p.admin1Code && p.country && ctx.division.total > 0) {
    const sh = share(ctx.division, g.ownDivision, p.country, p.admin1Code);
    if (sh > 0) {
      s += 2 * sh;
      ev?.push(`division focus ${p.country}.${p.admin1Code} ${sh.toFixed(2)}`);
    }
  }
  // Distances only for the plausible few: a namesake hamlet far down the prior list cannot win on distance alone,
  // nor can a candidate that even the largest distance bonus (2) leaves far behind the best so far (its share of
  // the confidence would stay below e^-10).
  if (ctx.anchors.length > 0 && p.layer !== 'country' && p.layer !== 'region' && rank < 12 && s + 2 > bestSoFar - 4) {
    let best = Infinity;
    for (const a of ctx.anchors) {
      if (a === p || a === ownPick) continue;
      const d = fastKm(p.lat, p.lon, a.lat, a.lon);
      if (d < best) best = d;
    }
    if (best < Infinity) {
      const bonus = 2 * Math.exp(-best / 250);
      s += bonus;
      if (bonus > 0.05) ev?.push(`near other places (${Math.round(best)} km)`);
    }
  }
  return s;
}

/** An alternate name (Hong Kong's "Victoria") weighs less than a place's own name. */
const ALTERNATE_NAME_PENALTY = 1;

/**
 * Better unplaced than misplaced: the only places carrying the name are small namesakes in a country the article
 * never names (Heathrow airport is not in cities500, a hamlet in Alabama is), or the text asks for a division
 * ("Metcalfe County") and only towns are known. The mention is kept, without a place, for the curator's list.
 */
function implausible(ctx: DocContext, g: Group, pi: number, focusTotal: number, evidence: string[]): Resolution | null {
  const p = ctx.index.place(pi);
  if (p.layer !== 'geonames') return null;
  if (g.cue === 'admin' && !(p.admin1Code && p.country && ctx.division.has(p.country, p.admin1Code))) {
    return { place: null, confidence: 0, evidence: [...evidence, 'a division is meant and none by this name is known'] };
  }
  const small = p.population < 15_000 && p.featureCode !== 'PPLA' && p.featureCode !== 'PPLC';
  if (small && focusTotal >= 2 && !(p.country && ctx.focus.has(p.country)) && !g.qualPlace) {
    return { place: null, confidence: 0, evidence: [...evidence, `small namesake in ${p.country}, a country the article does not name`] };
  }
  return null;
}

function decideGroup(ctx: DocContext, g: Group, ownPick: PlaceRecord | undefined, withEvidence: boolean): Resolution {
  const cands = g.cands;
  const focusTotal = ctx.focus.total;
  if (cands.length === 0) return { place: null, confidence: 0, evidence: ['no candidate'] };
  if (cands.length === 1) {
    // One place carries the name: nothing to weigh; its reasons are recorded when asked for.
    const evidence: string[] = withEvidence ? ['only place with this name'] : [];
    if (withEvidence) scoreCandidate(ctx, g, cands[0]!, 0, ownPick, evidence);
    return implausible(ctx, g, cands[0]!, focusTotal, evidence) ?? { place: cands[0]!, confidence: 1, evidence };
  }
  // Best by one scan (ties to the lower index: the order is deterministic), then the softmax over all.
  const scores = new Float64Array(cands.length);
  let best = 0;
  for (let r = 0; r < cands.length; r++) {
    scores[r] = scoreCandidate(ctx, g, cands[r]!, r, ownPick, null, r === 0 ? -Infinity : scores[best]!);
    if (scores[r]! > scores[best]! || (scores[r] === scores[best] && cands[r]! < cands[best]!)) best = r;
  }
  // Confidence: the winner's share of a softmax over the candidates' scores. Scores are log-odds-like; the factor
  // sharpens them so a capital among forty namesake hamlets is not "unsure".
  let z = 0;
  // Candidates more than 6 below the winner add less than 3e-7 each: not worth an exponential.
  const top = scores[best]!;
  for (let r = 0; r < scores.length; r++) if (scores[r]! > top - 6) z += Math.exp(2.5 * (scores[r]! - top));
  const evidence: string[] = [];
  if (withEvidence) scoreCandidate(ctx, g, cands[best]!, best, ownPick, evidence);
  return implausible(ctx, g, cands[best]!, focusTotal, evidence) ?? { place: cands[best]!, confidence: 1 / z, evidence };
}

/**
 * Resolve every mention of one document together. One sense per article: mentions with the same name and the same
 * cue share a decision. Two rounds: the first uses priors, cues, qualifiers, roles and the countries and divisions
 * the text names; the second adds the countries, divisions and distances of the first round's confident choices.
 * A name never counts as context for itself ("Quebec" does not pull "Quebec" towards Quebec City).
 */
export function resolveMentions(mentions: MentionToResolve[], index: PlaceIndex, withEvidence = true): Resolution[] {
  const byKey = new Map<string, Group>();
  const groups: Group[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    const gk = `${m.cand.demonym ? 'd:' : ''}${m.cand.key}|${m.cue ?? ''}`;
    let g = byKey.get(gk);
    if (!g) {
      let cands: readonly number[] = m.cand.places.length > MAX_CANDIDATES ? m.cand.places.slice(0, MAX_CANDIDATES) : m.cand.places;
      if (!m.cand.demonym) {
        const div = divisionNamed(index, m.cand.key, m.cand.places);
        if (div >= 0 && !cands.includes(div)) cands = [...cands, div];
      }
      const top = index.place(cands[0]!);
      const countryNamed = cands.length > 1 && top.layer === 'country' ? top.country : null;
      const mainNameCountries = cands.length > 1 ? null : NO_COUNTRIES;
      g = { members: [], cue: m.cue, qualPlace: undefined, dateline: false, metonymic: false, qualifies: false, key: m.cand.key, places: m.cand.places, cands, mainNameCountries, countryNamed, ownFocus: { cc: null, a1: undefined, w: 0 }, ownDivision: { cc: null, a1: undefined, w: 0 } };
      byKey.set(gk, g);
      groups.push(g);
    }
    g.members.push(i);
    if (m.qualifier !== null && !g.qualPlace) g.qualPlace = index.place(mentions[m.qualifier]!.cand.places[0]!);
    if (m.role === 'dateline') g.dateline = true;
    else if (m.role === 'metonymic') g.metonymic = true;
    if (m.qualifies) g.qualifies = true;
  }

  // Focus from the names themselves: each country named counts, a demonym half; first-level divisions named
  // (Kentucky, Alberta) focus the article more finely ("Paris" in a Kentucky story) and count half for their country.
  const ctx: DocContext = { index, focus: new Weights(), division: new Weights(), anchors: [] };
  for (const g of groups) {
    const m = mentions[g.members[0]!]!;
    const top = index.place(m.cand.places[0]!);
    const n = g.members.length;
    if (top.layer === 'country' && top.country) {
      const w = (m.cand.demonym ? 0.5 : 1) * n;
      contribute(ctx.focus, g.ownFocus, top.country, w);
    }
    if (top.layer === 'region' && top.admin1Code && top.country) {
      contribute(ctx.division, g.ownDivision, top.country, n, top.admin1Code);
      contribute(ctx.focus, g.ownFocus, top.country, 0.5 * n);
    }
  }

  const first = groups.map((g) => decideGroup(ctx, g, undefined, withEvidence && !groups.some((x) => x.cands.length > 1)));
  let final = first;
  // A second round only helps names with more than one candidate place.
  if (groups.some((g) => g.cands.length > 1)) {
    // Confident first-round choices add their country and division to the focus, weighted by how often the name
    // occurs, and anchor the distances of the second round.
    const picks: (PlaceRecord | undefined)[] = first.map((r, gi) => {
      if (r.place === null) return undefined;
      const p = index.place(r.place);
      if (r.confidence >= 0.6 && p.layer !== 'country' && p.layer !== 'region') {
        const w = 0.5 * repeatWeight(groups[gi]!.members.length);
        if (p.country) {
          contribute(ctx.focus, groups[gi]!.ownFocus, p.country, w);
          if (p.admin1Code) contribute(ctx.division, groups[gi]!.ownDivision, p.country, w, p.admin1Code);
        }
      }
      if (r.confidence >= 0.5 && (p.layer === 'geonames' || p.layer === 'regional') && !ctx.anchors.includes(p)) ctx.anchors.push(p);
      return r.confidence >= 0.5 ? p : undefined;
    });
    final = groups.map((g, gi) => decideGroup(ctx, g, picks[gi], withEvidence));
  }

  const out: Resolution[] = new Array(mentions.length);
  groups.forEach((g, gi) => {
    for (const i of g.members) out[i] = final[gi]!;
  });
  return out;
}
