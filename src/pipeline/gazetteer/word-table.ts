/**
 * The tokenizer's shared table of folded words: short plain ASCII words (news repeats the same few thousand), each
 * stored once as a string and known by its slot, the word id (Token.word). A token finds its folded form here
 * instead of allocating one, and callers can remember per-word answers in arrays indexed by word id.
 *
 * A slot keeps the word's hash and length and its characters packed four to an integer, so a probe compares four
 * integers in one cache line and never reads a string. Bounded: once half full, the table keeps what it has.
 */
export const WORD_IDS = 1 << 14;
const MASK = WORD_IDS - 1;
/** Longer words are not kept: they repeat less, and a string of at most 12 characters is never a slice. */
export const WORD_MAX_LENGTH = 12;
const PROBES = 8;

/** Per slot: tag ((hash & ~15) | length; 0 when empty), then the characters, four 8-bit codes per integer. */
const slots = new Int32Array(WORD_IDS * 4);
const words: string[] = new Array<string>(WORD_IDS).fill('');
let count = 0;

/** FNV-1a step over one (lower-cased) character code: the tokenizer hashes as it scans. */
export function hashStep(hash: number, c: number): number {
  return Math.imul(hash ^ c, 0x01000193);
}

export const HASH_START = 0x811c9dc5 | 0;

/** Characters i..i+3 of a word go in pack integer i >> 2, character i at bits 8 * (i & 3). */
export function packStep(pack: number, i: number, c: number): number {
  return pack | (c << ((i & 3) << 3));
}

/**
 * The word id of the lower-cased ASCII word text[start, start + length) with the given hash and packed characters
 * (p0, p1, p2: characters 0-3, 4-7, 8-11), or -1. With `enter`, a word not yet there is entered while there is room.
 */
export function wordSlot(hash: number, length: number, p0: number, p1: number, p2: number, text: string, start: number, hasUpper: boolean, enter: boolean): number {
  if (length > WORD_MAX_LENGTH || length === 0) return -1;
  const tag = (hash & ~15) | length;
  let slot = hash & MASK;
  for (let probe = 0; probe < PROBES; probe++) {
    const at = slot << 2;
    const slotTag = slots[at]!;
    if (slotTag === 0) {
      if (!enter || count >= WORD_IDS / 2) return -1;
      slots[at] = tag;
      slots[at + 1] = p0;
      slots[at + 2] = p1;
      slots[at + 3] = p2;
      const raw = text.slice(start, start + length);
      words[slot] = hasUpper ? raw.toLowerCase() : raw;
      count++;
      return slot;
    }
    if (slotTag === tag && slots[at + 1] === p0 && slots[at + 2] === p1 && slots[at + 3] === p2) return slot;
    slot = (slot + 1) & MASK;
  }
  return -1;
}

/** The folded word of a word id. */
export function wordOf(id: number): string {
  return words[id]!;
}

/** The word id of a folded word (lower case ASCII letters and digits), or -1; entered when `enter` and there is room. */
export function wordIdOf(word: string, enter: boolean): number {
  if (word.length > WORD_MAX_LENGTH) return -1;
  let hash = HASH_START;
  let p0 = 0;
  let p1 = 0;
  let p2 = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 128) return -1;
    hash = hashStep(hash, c);
    if (i < 4) p0 = packStep(p0, i, c);
    else if (i < 8) p1 = packStep(p1, i, c);
    else p2 = packStep(p2, i, c);
  }
  return wordSlot(hash, word.length, p0, p1, p2, word, 0, false, enter);
}
