import type { Role } from '../../model/contract.js';
import { isHyphen, tokenAt, type Token } from '../gazetteer/normalise.js';
import { AUXILIARIES, DATELINE_AGENCIES, GEOGRAPHIC_POSSESSED, METONYMY_VERBS } from './lexicon.js';
import type { Candidate } from './recognise.js';
import type { TextShape } from './text-shape.js';

/** Participles that make "X-led", "UK-based" a modifier. */
const COMPOUND_PARTICIPLES = new Set([
  'led', 'backed', 'based', 'born', 'brokered', 'sponsored', 'funded', 'made', 'run', 'controlled', 'allied', 'linked',
  'supported', 'owned', 'trained', 'armed', 'bound', 'registered', 'headquartered', 'drafted', 'proposed', 'style',
  'aligned', 'friendly', 'centric', 'focused', 'dominated', 'built', 'educated',
]);

/** Nouns a place name modifies in news ("Geneva talks", "Aleppo rebel groups", "Texas law"). */
const HEAD_NOUNS = new Set([
  'talks', 'talk', 'peace', 'process', 'border', 'government', 'governments', 'forces', 'force', 'troops', 'officials',
  'official', 'rebels', 'rebel', 'army', 'military', 'police', 'authorities', 'authority', 'offensive', 'campaign',
  'policy', 'policies', 'deal', 'agreement', 'accord', 'crisis', 'conflict', 'war', 'meeting', 'summit', 'conference',
  'negotiations', 'negotiators', 'delegation', 'side', 'economy', 'market', 'markets', 'residents', 'team', 'teams',
  'fighters', 'militants', 'jets', 'warplanes', 'aircraft', 'planes', 'airstrikes', 'strikes', 'air', 'navy',
  'envoy', 'ambassador', 'embassy', 'consulate', 'minister', 'ministry', 'president', 'leader', 'leaders', 'regime',
  'opposition', 'media', 'press', 'state', 'law', 'laws', 'court', 'courts', 'election', 'elections', 'voters',
  'lawmakers', 'legislature', 'parliament', 'company', 'companies', 'firm', 'firms', 'bank', 'banks', 'club', 'fans',
  'native', 'natives', 'man', 'woman', 'men', 'women', 'resident', 'couple', 'family', 'families', 'office', 'bureau',
  'branch', 'chapter', 'school', 'schools', 'university', 'hospital', 'hospitals', 'area', 'region', 'residents',
  'group', 'groups', 'operations', 'operation', 'attacks', 'attack', 'bombing', 'bombings', 'siege', 'front',
  'frontier', 'issue', 'question', 'file', 'dossier', 'talks', 'plan', 'initiative', 'ceasefire', 'truce', 'visit',
  'trip', 'tour', 'contingent', 'battalion', 'unit', 'units', 'airport', 'oil', 'gas', 'pipeline', 'exports', 'imports',
  'sanctions', 'relations', 'ties', 'counterpart', 'counterparts', 'intelligence', 'security', 'defence', 'defense',
  'foreign', 'interior', 'health', 'fire', 'weather', 'mayor', 'council', 'city', 'county', 'province', 'provincial',
  'program', 'programme', 'director', 'editor', 'correspondent', 'analyst', 'analysts', 'expert', 'experts',
  'specialist', 'desk', 'chief', 'coordinator', 'researcher', 'researchers', 'bureau', 'affairs', 'studies',
]);

/** Nouns that make a demonym geographic. */
const GEOGRAPHIC_HEADS = new Set([
  'border', 'borders', 'side', 'city', 'cities', 'town', 'towns', 'village', 'villages', 'capital', 'territory',
  'territories', 'soil', 'coast', 'coastline', 'waters', 'airspace', 'province', 'provinces', 'region', 'regions',
  'frontier', 'countryside', 'mountains', 'island', 'islands', 'port', 'ports', 'mainland', 'interior', 'desert',
  'highlands', 'plains', 'peninsula', 'riviera', 'resort', 'shore', 'shores',
]);

export type RoleDecision = { role: Role; evidence: string };

function nextWord(tokens: Token[], k: number): Token | undefined {
  return tokenAt(tokens, k + 1);
}

/** Is this candidate the filing location opening a wire story ("BEIRUT (Reuters) -", "BEIRUT Tens of...")? */
function isDateline(c: Candidate, tokens: Token[], shape: TextShape, text: string): boolean {
  const first = tokens[c.from]!;
  const lineNo = shape.line[c.from]!;
  if (lineNo > 3) return false;
  if (shape.lineFirstToken[c.from] !== c.from) return false;
  const allCaps = tokens.slice(c.from, c.to + 1).every((t) => t.upper || t.norm === 'al');
  if (!allCaps) return false;
  const after = text.slice(tokens[c.to]!.end, tokens[c.to]!.end + 40);
  if (DATELINE_AGENCIES.test(after)) return true;
  const next = tokenAt(tokens, c.to + 1);
  // "BEIRUT Tens of thousands": a capitals word running straight into ordinary prose.
  return !!next && !next.upper && shape.line[c.to + 1] === lineNo && first.start < 2000;
}

export function decideRole(c: Candidate, tokens: Token[], shape: TextShape, text: string): RoleDecision {
  if (isDateline(c, tokens, shape, text)) return { role: 'dateline', evidence: 'capitals name opening a wire story' };
  if (c.demonym) {
    // The project's annotation rule: a demonym is annotated (as a modifier) only when it names a territory
    // ("Turkish border", "on the Syrian side", "Turkish city of Kilis"); "Syrian army" stays a demonym.
    const head = tokenAt(tokens, c.to + 1);
    if (head && head.gapBefore === ' ' && GEOGRAPHIC_HEADS.has(head.norm)) return { role: 'adjectival', evidence: `geographic demonym ("${head.norm}")` };
    return { role: 'demonym', evidence: 'demonym' };
  }
  const last = tokens[c.to]!;
  const next = nextWord(tokens, c.to);
  if (next && isHyphen(next.gapBefore) && COMPOUND_PARTICIPLES.has(next.norm)) {
    return { role: 'adjectival', evidence: `"-${next.norm}" compound` };
  }
  if (c.roleHint === 'adjectival') return { role: 'adjectival', evidence: 'modifies an office or title' };
  if (last.possessive) {
    if (next && GEOGRAPHIC_POSSESSED.has(next.norm)) return { role: 'literal', evidence: `possessive of geography ("${next.norm}")` };
    return { role: 'metonymic', evidence: 'possessive of an actor' };
  }
  if (next && next.gapBefore.trim() === '' && !next.cap) {
    if (METONYMY_VERBS.has(next.norm) && !AUXILIARIES.has(next.norm) && next.norm !== 'is') {
      return { role: 'metonymic', evidence: `subject of "${next.norm}"` };
    }
    if (AUXILIARIES.has(next.norm)) {
      const after = tokenAt(tokens, c.to + 2);
      if (after && METONYMY_VERBS.has(after.norm) && !AUXILIARIES.has(after.norm) && after.norm !== 'is') {
        return { role: 'metonymic', evidence: `subject of "${next.norm} ${after.norm}"` };
      }
    }
    if (HEAD_NOUNS.has(next.norm) && !isPlaceHead(next.norm)) {
      return { role: 'adjectival', evidence: `modifies "${next.norm}"` };
    }
  }
  return { role: 'literal', evidence: 'location' };
}

/** "Aleppo province", "Deraa city": the noun names the place itself, the name is not a modifier. */
function isPlaceHead(norm: string): boolean {
  return norm === 'city' || norm === 'county' || norm === 'province' || norm === 'region' || norm === 'area' || norm === 'state';
}
