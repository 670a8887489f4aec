import type { Article } from '../../model/contract.js';
import type { PipelineConfig } from '../config.js';
import type { CuratedEntry, CuratedField } from '../dates/curated.js';
import { resolvePublicationDate } from '../dates/publication-date.js';
import { decodeArticleBytes } from '../text/decode.js';
import { decodeEntities, normalizeSpaces } from '../text/normalize.js';
import { cleanParagraphs } from './boilerplate.js';
import { detectFormat } from './detect.js';
import { frontMatterMetadata } from './front-matter-metadata.js';
import { splitFrontMatter } from './front-matter.js';
import { parseHtml, parseHtmlFragment } from './html-page.js';
import { parseMarkdown } from './markdown.js';
import type { ParsedDocument } from './parsed-document.js';
import { parsePlainText } from './plain-text.js';
import { hostOutlet, safeHttpUrl } from './url.js';

/** One article, ready to geoparse: contract metadata plus clean body paragraphs. */
export type IngestedArticle = { article: Article; paragraphs: string[]; warnings: string[] };
export type IngestOutcome = { ok: true; value: IngestedArticle } | { ok: false; problem: string };

export type IngestContext = {
  /** Stable article id (see assignArticleIds). */
  id: string;
  config: Pick<PipelineConfig, 'dateOrder'>;
  curated?: CuratedEntry;
};

/** Bytes of one file → an article, or the one-line problem that keeps it out of the build. */
export function ingestArticle(fileName: string, bytes: Uint8Array, context: IngestContext): IngestOutcome {
  const decoded = decodeArticleBytes(bytes);
  if (!decoded.ok) return { ok: false, problem: decoded.problem };

  const parsed = parseDocument(fileName, decoded.text);
  if ('problem' in parsed) return { ok: false, problem: parsed.problem };

  const curated = context.curated;
  const rawTitle = pick('title', parsed.title, curated);
  const title = rawTitle === undefined ? undefined : normalizeSpaces(decodeEntities(rawTitle)) || undefined;
  const cleaned = cleanParagraphs(parsed.paragraphs, title ? { title } : {});
  const { paragraphs, byline } = takeByline(cleaned);
  if (paragraphs.length === 0) return { ok: false, problem: `no article text found (read as ${parsed.format})` };

  const warnings = [...parsed.warnings];
  const { published, warnings: dateWarnings } = resolvePublicationDate(
    { ...(parsed.date ? { metadata: parsed.date } : {}), paragraphs, ...(curated ? { curated } : {}) },
    context.config.dateOrder,
  );
  warnings.push(...dateWarnings);

  const article: Article = { id: context.id, title: title ?? untitled(fileName, warnings), published, sourceFile: fileName };
  const author = pick('author', parsed.author ?? byline, curated);
  if (author) article.author = author;
  let url = parsed.url;
  if (curated?.url && (curated.override.has('url') || !url)) {
    const safe = safeHttpUrl(curated.url);
    if (safe) url = safe;
    else warnings.push('ignored the curated url: not an absolute http(s) URL');
  }
  if (url) article.url = url;
  const outlet = pick('outlet', parsed.outlet, curated) ?? (url ? hostOutlet(url) : undefined);
  if (outlet) article.outlet = outlet;
  return { ok: true, value: { article, paragraphs, warnings } };
}

function parseDocument(fileName: string, text: string): ParsedDocument | { problem: string } {
  const front = splitFrontMatter(text);
  if (front.kind === 'error') return { problem: front.problem };
  if (front.kind === 'none') {
    const format = detectFormat(fileName, text);
    return format === 'html' ? parseHtml(text) : format === 'markdown' ? parseMarkdown(text) : parsePlainText(text);
  }
  const meta = frontMatterMetadata(front.data);
  const format = detectFormat(fileName, front.body);
  let body: ParsedDocument;
  if (format === 'html') body = { format, ...parseHtmlFragment(front.body, { hasTitle: meta.title !== undefined }) };
  else if (format === 'markdown') body = parseMarkdown(front.body, { hasTitle: meta.title !== undefined });
  else body = parsePlainText(front.body, { hasTitle: meta.title !== undefined });
  // Front matter wins over what the body says; a Markdown `# Title` only fills a missing title.
  return { ...body, ...meta, title: meta.title ?? body.title, warnings: [...meta.warnings, ...body.warnings] } as ParsedDocument;
}

/** "By Jane Doe" or "By Jane Doe, Reuters" near the top: the author, not article text. */
const BYLINE = /^(?:[Bb]y|BY|[Ww]ritten by)\s+(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})(?:\s*[,|–—-]\s*\p{Lu}[^.!?]{0,40})?$/u;

function takeByline(paragraphs: string[]): { paragraphs: string[]; byline?: string } {
  const index = paragraphs.slice(0, 3).findIndex((p) => BYLINE.test(p));
  if (index < 0) return { paragraphs };
  const byline = BYLINE.exec(paragraphs[index]!)![1]!;
  return { paragraphs: paragraphs.filter((_, i) => i !== index), byline };
}

/** The file's value, unless the curator overrides it or the file has none. */
function pick(field: CuratedField, fromFile: string | undefined, curated: CuratedEntry | undefined): string | undefined {
  const value = curated?.[field];
  if (value !== undefined && (curated!.override.has(field) || fromFile === undefined)) return value;
  return fromFile;
}

function untitled(fileName: string, warnings: string[]): string {
  warnings.push('no title found; the file name stands in for it');
  return fileName;
}
