import type { KeyEntry, KeyFacts } from './key-table.js';
import { nameKey } from './normalise.js';
import type { PlaceRecord } from './place-index.js';

/**
 * Questions the geoparser asks about a name in every document that mentions it, answered once per name when the
 * index is compiled and stored with it: is some place carrying it well known, which first-level division may it
 * mean, and is it only an alternate name of each of its places. News repeats names, but a corpus about anywhere
 * brings new names in every document; answering at compile time keeps their first mention as cheap as the next.
 */
export function keyFacts(key: string, entry: KeyEntry, places: readonly PlaceRecord[], names: ReadonlyMap<string, readonly number[]>, mainKeys: MainKeys): KeyFacts {
  const list = entry.names ?? [];
  const division = list.length > 0 ? findDivision(key, list, places, names) : -1;
  const alternate = list.map((pi) => isAlternateName(mainKeys.of(pi), key));
  const divisionAlternate = division >= 0 && isAlternateName(mainKeys.of(division), key);
  return {
    strongNames: isStrongPlace(list, places),
    strongDemonyms: isStrongPlace(entry.demonyms ?? [], places),
    division,
    alternate,
    demonymAlternate: (entry.demonyms ?? []).map((pi) => isAlternateName(mainKeys.of(pi), key)),
    divisionAlternate,
    famousNamesake: famousNamesake(list, alternate, division, divisionAlternate, places),
  };
}

/** How many of a name's places the resolver weighs (its MAX_CANDIDATES); the division comes on top. */
export const WEIGHED_PLACES = 40;

/**
 * Is the name the own name (not an alternate) of a country or first-level division ('unit': "Mexico", "Florida")
 * or of a capital ('capital': "Paris") among the places the resolver weighs? A small town carrying it needs more than
 * the article's country to be meant.
 */
function famousNamesake(list: readonly number[], alternate: readonly boolean[], division: number, divisionAlternate: boolean, places: readonly PlaceRecord[]): KeyFacts['famousNamesake'] {
  let found: KeyFacts['famousNamesake'] = 'none';
  const weighed = Math.min(list.length, WEIGHED_PLACES);
  const inList = list.indexOf(division);
  const extraDivision = division >= 0 && (inList < 0 || inList >= weighed);
  for (let r = 0; r < weighed + (extraDivision ? 1 : 0); r++) {
    const p = places[r < weighed ? list[r]! : division]!;
    const unit = p.layer === 'country' || (p.layer === 'region' && !!p.admin1Code);
    if ((!unit && p.featureCode !== 'PPLC') || (r < weighed ? alternate[r] : divisionAlternate)) continue;
    if (unit) return 'unit';
    found = 'capital';
  }
  return found;
}

/** Some place carrying the name is one people know: a curated entry, a country, a division, a city or capital. */
function isStrongPlace(list: readonly number[], places: readonly PlaceRecord[]): boolean {
  for (let i = 0; i < list.length && i < 40; i++) {
    const p = places[list[i]!]!;
    if (p.layer !== 'geonames') return true;
    if (p.population >= 100_000 || p.featureCode === 'PPLC' || p.featureCode === 'PPLA') return true;
  }
  return false;
}

/**
 * The first-level division a name may mean beyond its own candidates: "New York" or "Victoria" alone is mostly
 * the city in news, so the division is indexed as "New York State" / "Victoria State"; when the words ask for a
 * division (or the text is about its country), the resolver considers it too.
 */
function findDivision(key: string, list: readonly number[], places: readonly PlaceRecord[], names: ReadonlyMap<string, readonly number[]>): number {
  for (let i = 0; i < list.length && i < 4; i++) {
    const p = places[list[i]!]!;
    if (p.layer === 'region' && p.admin1Code) return list[i]!;
  }
  for (const suffix of [' state', ' province']) {
    for (const pi of names.get(key + suffix) ?? []) {
      const p = places[pi]!;
      if (p.layer === 'region' && p.admin1Code) return pi;
    }
  }
  return -1;
}

/**
 * Is `key` only an alternate name of the place whose main-name key is `main` (Hong Kong is also "Victoria"; the
 * state "Victoria State" is also "Victoria")? A place whose main name it is should win over one that merely lists
 * it, size being equal. An Arabic article on either side does not make a name another.
 */
function isAlternateName(main: string, key: string): boolean {
  return main !== key && main !== `al ${key}` && key !== `al ${main}`;
}

const PLAIN_NAME = /^[A-Za-z]+(?: [A-Za-z]+)*$/;
const EL_WORD = /(?:^| )el(?: |$)/i;

/** Main-name keys per place, computed on first use ("washington d c" for "Washington, D.C." is cut at the comma). */
export class MainKeys {
  private readonly keys: (string | undefined)[];
  constructor(private readonly places: readonly PlaceRecord[]) {
    this.keys = new Array<string | undefined>(places.length);
  }

  of(pi: number): string {
    let main = this.keys[pi];
    if (main === undefined) {
      const name = this.places[pi]!.name;
      // Plain ASCII names (most of them) fold by lower-casing; the others go through the full normalisation.
      // ("El" is folded to "al" by the normalisation wherever it stands: not plain.)
      if (PLAIN_NAME.test(name) && !EL_WORD.test(name)) main = name.toLowerCase();
      else {
        const cut = name.search(/[,(]/);
        main = nameKey(cut > 0 ? name.slice(0, cut) : name);
      }
      this.keys[pi] = main;
    }
    return main;
  }
}
