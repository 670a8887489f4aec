/**
 * The text the geoparser reads: the title, a newline, then the paragraphs joined by newlines. This is the layout
 * of the gold's `goldText`, so gold offsets and ours line up. `paragraphStarts[0]` is the title (offset 0).
 */
export type DocumentText = { text: string; paragraphStarts: number[] };

export function documentText(title: string, paragraphs: readonly string[]): DocumentText {
  const parts = [title, ...paragraphs];
  const paragraphStarts: number[] = [];
  let offset = 0;
  for (const part of parts) {
    paragraphStarts.push(offset);
    offset += part.length + 1;
  }
  return { text: parts.join('\n'), paragraphStarts };
}

/** Index of the paragraph (0 = title) that contains `offset`. */
export function paragraphAt(doc: DocumentText, offset: number): number {
  let lo = 0;
  let hi = doc.paragraphStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (doc.paragraphStarts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
