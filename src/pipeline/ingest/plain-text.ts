import { decodeEntities, normalizeSpaces } from '../text/normalize.js';
import { isLanguageSwitcher } from './boilerplate.js';
import type { ParsedDocument } from './parsed-document.js';

/**
 * Plain text: the first line that is not a language switcher is the title, every other non-empty line a paragraph.
 * Hard-wrapped text (every line under ~100 characters, blocks separated by blank lines) joins each block instead.
 */
export function parsePlainText(source: string, options: { hasTitle?: boolean } = {}): ParsedDocument {
  const lines = source.split('\n').map((line) => normalizeSpaces(decodeEntities(line)));
  let paragraphs = isHardWrapped(lines) ? joinBlocks(lines) : lines.filter((line) => line !== '');
  if (options.hasTitle) return { format: 'text', paragraphs, warnings: [] };

  while (paragraphs[0] !== undefined && isLanguageSwitcher(paragraphs[0])) paragraphs = paragraphs.slice(1);
  const [title, ...body] = paragraphs;
  return title === undefined ? { format: 'text', paragraphs: [], warnings: [] } : { format: 'text', title, paragraphs: body, warnings: [] };
}

const WRAP_WIDTH = 100;

function isHardWrapped(lines: readonly string[]): boolean {
  const text = lines.filter((l) => l !== '');
  if (text.length < 4 || !lines.includes('')) return false;
  if (text.some((l) => l.length > WRAP_WIDTH)) return false;
  const blocks = joinBlocks(lines).length;
  // Wrapped prose has several lines per block; a list of short lines (one per block) does not.
  return text.length >= blocks * 2;
}

function joinBlocks(lines: readonly string[]): string[] {
  const blocks: string[] = [];
  let current: string[] = [];
  for (const line of [...lines, '']) {
    if (line === '') {
      if (current.length) blocks.push(current.join(' '));
      current = [];
    } else current.push(line);
  }
  return blocks;
}
