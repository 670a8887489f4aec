import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import {
  DATA_FILES, DATA_SCHEMA_VERSION, DEFAULT_VISIBLE_ROLES, type Article, type ArticlesFile, type BuildReport, type FileProblem,
  type Mention, type Place, type PlacesCollection, type ViewFile,
} from '../../model/contract.js';
import { encodeMentions } from '../../model/mention-columns.js';
import { isAreaPrecision, mentionBounds } from '../../model/opening-view.js';
import { resolveConfig, type PipelineConfig } from '../config.js';
import { parseCuratedMetadata, type CuratedEntry } from '../dates/curated.js';
import type { GeoparseInput, Geoparser, Toponym } from '../geoparse/types.js';
import { assignArticleIds } from '../ingest/article-id.js';
import { documentText } from '../ingest/document.js';
import { ingestArticle } from '../ingest/ingest-article.js';
import { articleMentions } from './article-mentions.js';
import { writeFolderAtomically, type WriteFileFn } from './atomic-write.js';
import { compare } from '../../model/order.js';
import { errorMessage } from '../../model/error-message.js';
import { CuratorTally } from './curator-items.js';
import { placesCollection } from './places.js';
import { stableStringify } from './stable-json.js';

/**
 * A geoparser may also report the capitalised names that matched nothing (the real one does, through
 * `parseWithDiagnostics`); the build then lists those instead of guessing them itself.
 */
export type ReportingGeoparser = Geoparser & {
  parseWithDiagnostics?: (doc: GeoparseInput) => { toponyms: Toponym[]; unmatched: ReadonlyArray<{ text: string }> };
};

/** A news article is kilobytes; a file this big is a video or a database dump dropped in by mistake. */
export const MAX_ARTICLE_BYTES = 20e6;

export type BuildProgress = { done: number; total: number; file: string };

export type BuildOptions = {
  /** Folder of article files; every regular file except dotfiles and READMEs is read, in sorted order. */
  articlesDir: string;
  /** Output folder (public/data); replaced as a whole, atomically. */
  outDir: string;
  geoparser: ReportingGeoparser;
  /** Curator's metadata file; default `<articlesDir>.yaml` (data/articles.yaml). null: none. */
  curatedFile?: string | null;
  config?: Partial<PipelineConfig>;
  onProgress?: (progress: BuildProgress) => void;
  /** Tests inject a failing writer to prove a failed write leaves the old output in place. */
  writeFile?: WriteFileFn;
};

/**
 * The data build: ingest every article, geoparse its text, turn toponyms into mentions with sentence excerpts,
 * group them by place, and write places.geojson, articles.json, mentions.json and excerpts.json (in columns), report.json
 * and view.json. Articles are processed one at a time and only their metadata and mentions are kept, so memory follows
 * the output size.
 * A bad file costs only itself: it is listed in report.errors and everything else is built.
 */
export async function buildSite(options: BuildOptions): Promise<BuildReport> {
  const config = resolveConfig(options.config);
  const errors: FileProblem[] = [];
  const warnings: FileProblem[] = [];
  const display = (name: string): string => join(options.articlesDir, name).split('\\').join('/');

  const curated = await loadCurated(options, errors);
  const files = await listArticleFiles(options.articlesDir);
  for (const name of curated.keys()) {
    if (!files.includes(name)) warnings.push({ file: curatedPath(options) ?? '', problem: `entry "${name}" names no file in ${options.articlesDir}` });
  }
  const ids = assignArticleIds(files);

  const articles: Article[] = [];
  const mentions: Omit<Mention, 'id'>[] = [];
  const places = new Map<string, Place>();
  const lists = { unmatched: new CuratorTally(), unplaced: new CuratorTally(), lowConfidence: new CuratorTally() };

  for (const [index, name] of files.entries()) {
    const file = display(name);
    try {
      const path = join(options.articlesDir, name);
      const { size } = await stat(path);
      if (size > MAX_ARTICLE_BYTES) {
        errors.push({ file, problem: `too large for an article (${(size / 1e6).toFixed(1)} MB; the limit is ${MAX_ARTICLE_BYTES / 1e6} MB)` });
        continue;
      }
      const bytes = await readFile(path);
      const entry = curated.get(name);
      const outcome = ingestArticle(name, bytes, { id: ids.get(name)!, config, ...(entry ? { curated: entry } : {}) });
      if (!outcome.ok) {
        errors.push({ file, problem: outcome.problem });
        continue;
      }
      const { article, paragraphs } = outcome.value;
      const doc = documentText(article.title, paragraphs);
      const input = article.published.date ? { id: article.id, text: doc.text, published: article.published.date } : { id: article.id, text: doc.text };
      const { toponyms, unmatched } = geoparse(options.geoparser, input);
      const found = articleMentions(article, doc, toponyms, config.minConfidence, lists, unmatched);
      articles.push(article);
      mentions.push(...found.mentions);
      for (const place of found.places) if (!places.has(place.id)) places.set(place.id, place);
      for (const problem of [...outcome.value.warnings, ...found.warnings]) warnings.push({ file, problem });
    } catch (error) {
      errors.push({ file, problem: `could not be built: ${errorMessage(error)}` });
    } finally {
      options.onProgress?.({ done: index + 1, total: files.length, file });
    }
  }

  articles.sort((a, b) => compare(a.id, b.id));
  const published = numberMentions(mentions);
  const report: BuildReport = {
    schema: DATA_SCHEMA_VERSION,
    filesRead: files.length,
    articles: articles.length,
    places: new Set(published.map((m) => m.place)).size,
    mentions: published.length,
    undated: articles.filter((a) => a.published.date === null).map((a) => a.id),
    errors: errors.sort((a, b) => compare(a.file, b.file)),
    warnings,
    unmatched: lists.unmatched.list(),
    unplaced: lists.unplaced.list(),
    lowConfidence: lists.lowConfidence.list(),
  };

  const articlesFile: ArticlesFile = { schema: DATA_SCHEMA_VERSION, articles };
  const placesFile = placesCollection(places, published, config.coordinateDecimals);
  const keys = { placeIds: placesFile.features.map((f) => f.properties.id), articleIds: articles.map((a) => a.id) };
  const columns = encodeMentions(published, keys);
  await writeFolderAtomically(
    options.outDir,
    [
      { name: DATA_FILES.places, content: stableStringify(placesFile) },
      { name: DATA_FILES.articles, content: stableStringify(articlesFile) },
      { name: DATA_FILES.mentions, content: stableStringify(columns.mentions) },
      { name: DATA_FILES.excerpts, content: stableStringify(columns.excerpts) },
      { name: DATA_FILES.report, content: stableStringify(report, 2) },
      { name: DATA_FILES.view, content: stableStringify(openingView(placesFile, published)) },
    ],
    options.writeFile,
  );
  return report;
}

/** Where the map opens: the places weighted by the mentions the default filters show (all dates, default roles). */
function openingView(places: PlacesCollection, mentions: readonly Mention[]): ViewFile {
  const shown = new Map<string, number>();
  for (const m of mentions) if (DEFAULT_VISIBLE_ROLES.includes(m.role)) shown.set(m.place, (shown.get(m.place) ?? 0) + 1);
  const points = places.features.map((f) => ({
    lon: f.geometry.coordinates[0],
    lat: f.geometry.coordinates[1],
    weight: shown.get(f.properties.id) ?? 0,
    area: isAreaPrecision(f.properties.precision),
  }));
  return { schema: DATA_SCHEMA_VERSION, bounds: mentionBounds(points) };
}

function geoparse(geoparser: ReportingGeoparser, input: GeoparseInput): { toponyms: Toponym[]; unmatched?: string[] } {
  if (!geoparser.parseWithDiagnostics) return { toponyms: geoparser.parse(input) };
  const diagnostics = geoparser.parseWithDiagnostics(input);
  return { toponyms: diagnostics.toponyms, unmatched: diagnostics.unmatched.map((u) => u.text) };
}

/**
 * Regular files of the folder, sorted by code point (not locale) so every machine agrees. Dotfiles and README
 * files (documentation for whoever maintains the folder) are not articles.
 */
export async function listArticleFiles(dir: string): Promise<string[]> {
  const names: string[] = [];
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new Error(`cannot read the articles folder ${dir}: ${code === 'ENOENT' ? 'no such folder' : code === 'ENOTDIR' ? 'not a folder' : errorMessage(error)}`);
  }
  for (const entry of entries) {
    if (entry.name.startsWith('.') || /^readme(?:\.[a-z]+)?$/i.test(entry.name)) continue;
    if (entry.isFile() || (entry.isSymbolicLink() && (await stat(join(dir, entry.name))).isFile())) names.push(entry.name);
  }
  return names.sort(compare);
}

/** Stable ids `${article}:${n}`, n counting from 1 in reading order within each article. */
function numberMentions(mentions: Omit<Mention, 'id'>[]): Mention[] {
  const ordered = [...mentions].sort((a, b) => compare(a.article, b.article));
  const next = new Map<string, number>();
  return ordered.map((m) => {
    const n = (next.get(m.article) ?? 0) + 1;
    next.set(m.article, n);
    return { id: `${m.article}:${n}`, ...m };
  });
}

function curatedPath(options: BuildOptions): string | undefined {
  if (options.curatedFile === null) return undefined;
  return options.curatedFile ?? `${options.articlesDir.replace(/[/\\]+$/, '')}.yaml`;
}

async function loadCurated(options: BuildOptions, errors: FileProblem[]): Promise<Map<string, CuratedEntry>> {
  const path = curatedPath(options);
  if (!path) return new Map();
  let source: string;
  try {
    source = await readFile(path, 'utf8');
  } catch (error) {
    // The default file is optional; one the user named must exist.
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    if (!missing || options.curatedFile) errors.push({ file: path, problem: missing ? 'file not found' : errorMessage(error) });
    return new Map();
  }
  const { entries, problems } = parseCuratedMetadata(source);
  // A bad entry is not applied, so it is an error (the exit code says so), but the other entries still are.
  for (const problem of problems) errors.push({ file: path, problem });
  return entries;
}
