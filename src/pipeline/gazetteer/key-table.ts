/**
 * The name lookup table as a few flat arrays: an open-addressing hash table over the normalised name keys, with the
 * keys in one string and the postings (place indices) in typed arrays. It is built once at compile time and
 * cached as is, so loading it is a read and a deserialise, with no per-key work (a JS Map of 300,000 keys took
 * most of a second to rebuild). A lookup hashes the query and compares characters in place: no allocation for a miss.
 */
export type KeyEntry = { names: number[] | null; demonyms: number[] | null; prefix: boolean };

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
  prefix: Uint8Array;
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
  const prefix = new Uint8Array(size);
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
    if (e.names) for (const i of e.names) names.push(i);
    if (e.demonyms) for (const i of e.demonyms) demonyms.push(i);
    prefix[k] = e.prefix ? 1 : 0;
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
    prefix,
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

export class KeyTable {
  readonly size: number;
  private readonly mask: number;
  private readonly namesMemo = new Map<number, readonly number[]>();
  private readonly demonymsMemo = new Map<number, readonly number[]>();

  constructor(readonly packed: PackedKeyTable) {
    this.size = packed.keyOffsets.length - 1;
    this.mask = packed.slots.length - 1;
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
    return this.packed.nameOffsets[k + 1]! > this.packed.nameOffsets[k]!;
  }

  hasDemonyms(k: number): boolean {
    return this.packed.demonymOffsets[k + 1]! > this.packed.demonymOffsets[k]!;
  }

  isPrefix(k: number): boolean {
    return this.packed.prefix[k] === 1;
  }

  /**
   * The places carrying key k, best prior first. Shared between calls (news repeats the same names from document
   * to document): callers must not modify the array.
   */
  namesAt(k: number): readonly number[] {
    let list = this.namesMemo.get(k);
    if (list === undefined) {
      list = postings(this.packed.nameOffsets, this.packed.names, k) ?? EMPTY;
      if (this.namesMemo.size >= MEMO_LIMIT) this.namesMemo.clear();
      this.namesMemo.set(k, list);
    }
    return list;
  }

  demonymsAt(k: number): readonly number[] {
    let list = this.demonymsMemo.get(k);
    if (list === undefined) {
      list = postings(this.packed.demonymOffsets, this.packed.demonyms, k) ?? EMPTY;
      if (this.demonymsMemo.size >= MEMO_LIMIT) this.demonymsMemo.clear();
      this.demonymsMemo.set(k, list);
    }
    return list;
  }

  get(key: string): KeyEntry | undefined {
    const k = this.find(key);
    if (k < 0) return undefined;
    const p = this.packed;
    return {
      names: postings(p.nameOffsets, p.names, k),
      demonyms: postings(p.demonymOffsets, p.demonyms, k),
      prefix: p.prefix[k] === 1,
    };
  }
}
