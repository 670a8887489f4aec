/**
 * Bytes of an article file → text, or a one-line reason why it is not an article.
 *
 * Encodings: UTF-8 (with or without BOM) and UTF-16 with a byte-order mark are decoded; the BOM makes UTF-16
 * unambiguous. Bytes that are not valid UTF-8 and carry no BOM are an ERROR, not a guess: Latin-1, Windows-1252
 * and the rest cannot be told apart reliably, and a wrong guess would publish garbled place names ("BÃ¼rgel")
 * that then fail gazetteer matching silently. The error names the first bad byte and how to convert the file.
 */

export type DecodeResult = { ok: true; text: string; encoding: string } | { ok: false; problem: string };

/** How far we look for NUL bytes: like git, a NUL in the first 8 KB marks a binary file. */
const BINARY_SNIFF_BYTES = 8000;

export function decodeArticleBytes(bytes: Uint8Array): DecodeResult {
  if (bytes.length === 0) return { ok: false, problem: 'empty file' };

  const bom = detectBom(bytes);
  let text: string;
  let encoding: string;
  if (bom === 'utf-16le' || bom === 'utf-16be') {
    text = new TextDecoder(bom).decode(bytes.subarray(2));
    encoding = bom;
  } else {
    const body = bom === 'utf-8' ? bytes.subarray(3) : bytes;
    const nul = body.subarray(0, BINARY_SNIFF_BYTES).indexOf(0);
    if (nul !== -1) {
      return looksLikeBomlessUtf16(body)
        ? { ok: false, problem: 'looks like UTF-16 without a byte-order mark; re-save it as UTF-8' }
        : { ok: false, problem: `binary file (NUL byte at offset ${nul}), not a text article` };
    }
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(body);
    } catch {
      const bad = firstInvalidUtf8(body);
      return {
        ok: false,
        problem:
          `not valid UTF-8 (byte 0x${(body[bad] ?? 0).toString(16).toUpperCase().padStart(2, '0')} at offset ${bad}); ` +
          're-save it as UTF-8, e.g. `iconv -f latin1 -t utf-8`',
      };
    }
    encoding = 'utf-8';
  }

  if (text.includes('\u0000')) return { ok: false, problem: 'binary file (NUL characters), not a text article' };
  if (controlCharacterShare(text) > 0.05) return { ok: false, problem: 'binary file (control characters), not a text article' };
  text = text.replace(/\r\n?/g, '\n');
  if (text.trim() === '') return { ok: false, problem: 'empty file (only whitespace)' };
  return { ok: true, text, encoding };
}

function detectBom(bytes: Uint8Array): 'utf-8' | 'utf-16le' | 'utf-16be' | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

/** ASCII text saved as UTF-16 without a BOM has a NUL in every other byte. */
function looksLikeBomlessUtf16(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 200) & ~1;
  if (n < 4) return false;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const half = n / 2;
  return (oddNul > 0.8 * half && evenNul === 0) || (evenNul > 0.8 * half && oddNul === 0);
}

/** Offset of the first byte that breaks UTF-8, for an error message a person can act on. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    i += need + 1;
  }
  return 0;
}

/** Share of C0 control characters other than tab, newline, carriage return and form feed. */
function controlCharacterShare(text: string): number {
  const sample = text.slice(0, BINARY_SNIFF_BYTES);
  const controls = sample.match(/[\u0001-\u0008\u000B\u000E-\u001F\u007F]/g)?.length ?? 0;
  return sample.length === 0 ? 0 : controls / sample.length;
}
