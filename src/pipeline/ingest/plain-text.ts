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

/** Blank-line-separated blocks, no long line, and at least half the blocks run over several lines. */
function isHardWrapped(lines: readonly string[]): boolean {
  if (lines.some((l) => l.length > WRAP_WIDTH)) return false;
  const blocks = blocksOf(lines);
  return blocks.length >= 2 && blocks.filter((b) => b.length >= 2).length * 2 >= blocks.length;
}

function joinBlocks(lines: readonly string[]): string[] {
  return blocksOf(lines).map((block) => block.join(' '));
}

function blocksOf(lines: readonly string[]): string[][] {
  const blocks: string[][] = [];
  let current: string[] = [];
  for (const line of [...lines, '']) {
    if (line === '') {
      if (current.length) blocks.push(current);
      current = [];
    } else current.push(line);
  }
  return blocks;
}
