import type { DocumentText } from '../ingest/document.js';
import { paragraphAt } from '../ingest/document.js';
import { splitSentences, type Span } from '../text/sentences.js';

/**
 * Sentence spans of one document, in document offsets, computed per paragraph on first use. The title is one
 * sentence. A name that straddles two sentences (a splitter mistake) gets both as its excerpt.
 */
export class SentenceIndex {
  private readonly cache = new Map<number, Span[]>();

  constructor(private readonly doc: DocumentText) {}

  /** The sentence(s) covering [start, end), or undefined when the range crosses a paragraph break. */
  around(start: number, end: number): Span | undefined {
    const paragraph = paragraphAt(this.doc, start);
    if (paragraphAt(this.doc, Math.max(start, end - 1)) !== paragraph) return undefined;
    const spans = this.sentences(paragraph);
    const first = spans.find((s) => s.end > start) ?? spans[spans.length - 1];
    const last = spans.find((s) => s.end >= end) ?? spans[spans.length - 1];
    if (!first || !last) return undefined;
    return { start: Math.min(first.start, start), end: Math.max(last.end, end) };
  }

  /** Sentences of paragraph `index` (0 = title), in document offsets. */
  sentences(index: number): Span[] {
    let spans = this.cache.get(index);
    if (!spans) {
      const from = this.doc.paragraphStarts[index]!;
      const to = index + 1 < this.doc.paragraphStarts.length ? this.doc.paragraphStarts[index + 1]! - 1 : this.doc.text.length;
      const text = this.doc.text.slice(from, to);
      spans = index === 0 ? [{ start: from, end: to }] : splitSentences(text).map((s) => ({ start: s.start + from, end: s.end + from }));
      this.cache.set(index, spans);
    }
    return spans;
  }

  get paragraphCount(): number {
    return this.doc.paragraphStarts.length;
  }
}
