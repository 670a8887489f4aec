import { WORD_IDS } from './word-table.js';

/**
 * The name lookup table as a few flat arrays: an open-addressing hash table over the normalised name keys, with the
 * keys in one string and the postings (place indices) in typed arrays. It is built once at compile time and
 * cached as is, so loading it is a read and a deserialise, with no per-key work (a JS Map of 300,000 keys took
 * most of a second to rebuild). A lookup hashes the query and compares characters in place: no allocation for a miss.
 */
export type KeyEntry = {
  names: number[] | null;
  demonyms: number[] | null;
  prefix: boolean;
  /** Facts about the entry that the geoparser asks per document, answered once at compile time (key-facts.ts). */
  facts?: KeyFacts;
};

/** See key-facts.ts. */
export type KeyFacts = {
  strongNames: boolean;
  strongDemonyms: boolean;
  /** The first-level division the name may mean beyond its own places, or -1. */
  division: number;
  /** Per place of `names` (and of `demonyms`): the key is only an alternate name of that place. */
  alternate: boolean[];
  demonymAlternate: boolean[];
  /** The key is only an alternate name of `division`. */
  divisionAlternate: boolean;
  /** The key is the own name of a country or division ('unit') or of a capital ('capital') among its places. */
  famousNamesake: 'none' | 'unit' | 'capital';
};

/** Bits of PackedKeyTable.flags. */
const PREFIX = 1;
const STRONG_NAMES = 2;
const STRONG_DEMONYMS = 4;
const DIVISION_ALTERNATE = 8;
/** Has places by that name / places the demonym refers to: one byte answers what the offsets would (fewer misses). */
const HAS_NAMES = 16;
const HAS_DEMONYMS = 32;
/** KeyFacts.famousNamesake. */
const NAMESAKE_UNIT = 64;
const NAMESAKE_CAPITAL = 128;

export type PackedKeyTable = {
  keys: string;
  /** keyOffsets[k]..keyOffsets[k+1] is key k in `keys`. */
  keyOffsets: Int32Array;
  /** Hash slots: key index + 1, or 0 when empty. Length is a power of two. */
  slots: Int32Array;
  nameOffsets: Int32Array;
  names: Int32Array;
  demonymOffsets: Int32Array;
  demonyms: Int32Array;
  /** Per key: PREFIX | STRONG_NAMES | STRONG_DEMONYMS | DIVISION_ALTERNATE | HAS_NAMES | HAS_DEMONYMS | NAMESAKE_*. */
  flags: Uint8Array;
  /** Per key: place index of the division the name may mean (KeyFacts.division), or -1. */
  division: Int32Array;
  /** Parallel to `names` (and `demonyms`): 1 when the key is only an alternate name of that place. */
  nameAlternate: Uint8Array;
  demonymAlternate: Uint8Array;
};

function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export function packKeyTable(entries: Map<string, KeyEntry>): PackedKeyTable {
  const size = entries.size;
  const keyParts: string[] = [];
  const keyOffsets = new Int32Array(size + 1);
  const nameOffsets = new Int32Array(size + 1);
  const demonymOffsets = new Int32Array(size + 1);
  const flags = new Uint8Array(size);
  const division = new Int32Array(size).fill(-1);
  const nameAlternate: number[] = [];
  const demonymAlternate: number[] = [];
  const names: number[] = [];
  const demonyms: number[] = [];
  let capacity = 1;
  while (capacity < size * 2) capacity *= 2;
  const slots = new Int32Array(capacity);
  const mask = capacity - 1;
  let k = 0;
  let offset = 0;
  for (const [key, e] of entries) {
    keyParts.push(key);
    keyOffsets[k] = offset;
    offset += key.length;
    nameOffsets[k] = names.length;
    demonymOffsets[k] = demonyms.length;
    if (e.names) {
      for (let r = 0; r < e.names.length; r++) {
        names.push(e.names[r]!);
        nameAlternate.push(e.facts?.alternate[r] ? 1 : 0);
      }
    }
    if (e.demonyms) {
      for (let r = 0; r < e.demonyms.length; r++) {
        demonyms.push(e.demonyms[r]!);
        demonymAlternate.push(e.facts?.demonymAlternate[r] ? 1 : 0);
      }
    }
    const f = e.facts;
    flags[k] =
      (e.prefix ? PREFIX : 0) |
      (f?.strongNames ? STRONG_NAMES : 0) |
      (f?.strongDemonyms ? STRONG_DEMONYMS : 0) |
      (f?.divisionAlternate ? DIVISION_ALTERNATE : 0) |
      (e.names && e.names.length > 0 ? HAS_NAMES : 0) |
      (e.demonyms && e.demonyms.length > 0 ? HAS_DEMONYMS : 0) |
      (f?.famousNamesake === 'unit' ? NAMESAKE_UNIT : f?.famousNamesake === 'capital' ? NAMESAKE_CAPITAL : 0);
    if (f) division[k] = f.division;
    let h = hash(key) & mask;
    while (slots[h] !== 0) h = (h + 1) & mask;
    slots[h] = k + 1;
    k++;
  }
  keyOffsets[size] = offset;
  nameOffsets[size] = names.length;
  demonymOffsets[size] = demonyms.length;
  return {
    keys: keyParts.join(''),
    keyOffsets,
    slots,
    nameOffsets,
    names: Int32Array.from(names),
    demonymOffsets,
    demonyms: Int32Array.from(demonyms),
    flags,
    division,
    nameAlternate: Uint8Array.from(nameAlternate),
    demonymAlternate: Uint8Array.from(demonymAlternate),
  };
}

function postings(offsets: Int32Array, values: Int32Array, k: number): number[] | null {
  const from = offsets[k]!;
  const to = offsets[k + 1]!;
  if (from === to) return null;
  const out: number[] = new Array(to - from);
  for (let i = from; i < to; i++) out[i - from] = values[i]!;
  return out;
}

/** Posting lists kept decoded: plenty for the names a corpus repeats, small next to the index itself. */
const MEMO_LIMIT = 50_000;
const EMPTY: readonly number[] = Object.freeze([]);

/**
 * Posting lists kept decoded, in an array by key index (a map lookup per candidate was a visible cost), shared
 * between calls: news repeats the same names from document to document. Callers must not modify the lists.
 */
class PostingMemo {
  private readonly lists: (readonly number[] | undefined)[];
  private count = 0;
  constructor(size: number) {
    this.lists = new Array<readonly number[] | undefined>(size);
  }

  at(k: number, offsets: Int32Array, values: Int32Array): readonly number[] {
    let list = this.lists[k];
    if (list === undefined) {
      list = postings(offsets, values, k) ?? EMPTY;
      if (this.count >= MEMO_LIMIT) {
        this.lists.fill(undefined);
        this.count = 0;
      }
      this.lists[k] = list;
      this.count++;
    }
    return list;
  }
}

export class KeyTable {
  readonly size: number;
  private readonly mask: number;
  private readonly names: PostingMemo;
  private readonly demonyms: PostingMemo;
  /** Per word id: 0 unknown, else key index + 2 (1: no such key). */
  private readonly wordMemo = new Int32Array(WORD_IDS);

  constructor(readonly packed: PackedKeyTable) {
    this.size = packed.keyOffsets.length - 1;
    this.mask = packed.slots.length - 1;
    this.names = new PostingMemo(this.size);
    this.demonyms = new PostingMemo(this.size);
  }

  /**
   * Index of a one-word key, or -1, remembered per word id (Token.word): a typed array of a few kilobytes answers
   * the words news repeats, where a probe of the big table costs several cache misses.
   */
  findWord(word: number, key: string): number {
    if (word < 0) return this.find(key);
    const known = this.wordMemo[word]!;
    if (known !== 0) return known - 2;
    const k = this.find(key);
    this.wordMemo[word] = k + 2;
    return k;
  }

  /** Index of the key, or -1. */
  find(key: string): number {
    const { slots, keyOffsets, keys } = this.packed;
    let h = hash(key) & this.mask;
    for (;;) {
      const slot = slots[h]!;
      if (slot === 0) return -1;
      const k = slot - 1;
      const start = keyOffsets[k]!;
      if (keyOffsets[k + 1]! - start === key.length) {
        let i = 0;
        while (i < key.length && keys.charCodeAt(start + i) === key.charCodeAt(i)) i++;
        if (i === key.length) return k;
      }
      h = (h + 1) & this.mask;
    }
  }

  hasNames(k: number): boolean {
    return (this.packed.flags[k]! & HAS_NAMES) !== 0;
  }

  hasDemonyms(k: number): boolean {
    return (this.packed.flags[k]! & HAS_DEMONYMS) !== 0;
  }

  isPrefix(k: number): boolean {
    return (this.packed.flags[k]! & PREFIX) !== 0;
  }

  /** Some place the key names (or, for `demonyms`, refers to) is one people know: see key-facts.ts. */
  isStrong(k: number, demonyms: boolean): boolean {
    return (this.packed.flags[k]! & (demonyms ? STRONG_DEMONYMS : STRONG_NAMES)) !== 0;
  }

  /** The first-level division the name may mean beyond its own places, or -1: see key-facts.ts. */
  divisionAt(k: number): number {
    return this.packed.division[k]!;
  }

  /** Is key k only an alternate name of its `rank`-th place (namesAt(k)[rank], or demonymsAt(k)[rank])? */
  isAlternateAt(k: number, rank: number, demonyms: boolean): boolean {
    const p = this.packed;
    return demonyms ? p.demonymAlternate[p.demonymOffsets[k]! + rank] === 1 : p.nameAlternate[p.nameOffsets[k]! + rank] === 1;
  }

  /** KeyFacts.famousNamesake of key k. */
  famousNamesakeAt(k: number): KeyFacts['famousNamesake'] {
    const f = this.packed.flags[k]!;
    return f & NAMESAKE_UNIT ? 'unit' : f & NAMESAKE_CAPITAL ? 'capital' : 'none';
  }

  /** Is key k only an alternate name of divisionAt(k)? */
  isDivisionAlternate(k: number): boolean {
    return (this.packed.flags[k]! & DIVISION_ALTERNATE) !== 0;
  }

  /**
   * The places carrying key k, best prior first. Shared between calls (news repeats the same names from document
   * to document): callers must not modify the array.
   */
  namesAt(k: number): readonly number[] {
    return this.names.at(k, this.packed.nameOffsets, this.packed.names);
  }

  demonymsAt(k: number): readonly number[] {
    return this.demonyms.at(k, this.packed.demonymOffsets, this.packed.demonyms);
  }

  get(key: string): KeyEntry | undefined {
    const k = this.find(key);
    if (k < 0) return undefined;
    const p = this.packed;
    return {
      names: postings(p.nameOffsets, p.names, k),
      demonyms: postings(p.demonymOffsets, p.demonyms, k),
      prefix: (p.flags[k]! & PREFIX) !== 0,
    };
  }
}
