import type { Span } from '../text/sentences.js';

/**
 * The excerpt shown for a mention: its sentence, or for a run-on "sentence" longer than MAX_EXCERPT, a window of
 * whole words around the name marked with ellipses. Offsets are UTF-16 indices into the excerpt.
 */
export type Excerpt = { excerpt: string; start: number; end: number };

export const MAX_EXCERPT = 600;

export function makeExcerpt(text: string, sentence: Span, name: Span): Excerpt {
  let from = sentence.start;
  let to = sentence.end;
  if (to - from > MAX_EXCERPT) {
    const room = Math.max(0, MAX_EXCERPT - (name.end - name.start)) / 2;
    from = Math.min(name.start, wordStart(text, Math.floor(name.start - room), sentence.start));
    to = Math.max(name.end, wordEnd(text, Math.ceil(name.end + room), sentence.end));
  }
  const lead = from > sentence.start ? '… ' : '';
  const tail = to < sentence.end ? ' …' : '';
  const excerpt = lead + text.slice(from, to) + tail;
  return { excerpt, start: name.start - from + lead.length, end: name.end - from + lead.length };
}

/** Cut points move inward to a word boundary, so the window never exceeds its size. */
function wordStart(text: string, i: number, min: number): number {
  if (i <= min) return min;
  while (i < text.length && !/\s/.test(text[i - 1]!)) i++;
  return i;
}

function wordEnd(text: string, i: number, max: number): number {
  if (i >= max) return max;
  while (i > 0 && !/\s/.test(text[i]!)) i--;
  return i;
}
