/**
 * Benchmark of the geoparse path (prints figures; not a test). Corpus: the five seed articles cut into ~2 KB
 * documents whose place names are swapped, with a seeded random generator, for names of real places of all sizes
 * from the gazetteer, so the matcher and resolver see varied names, not five texts over and over.
 *
 *   npm run bench:geoparse [-- --docs 20000]
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadPlaceIndex } from '../src/pipeline/gazetteer/cache.js';
import type { PlaceIndex } from '../src/pipeline/gazetteer/place-index.js';
import { createGeoparserFromIndex } from '../src/pipeline/geoparse/geoparser.js';
import { formatResult, parseInputLine } from '../src/pipeline/geoparse/jsonl.js';
import type { GeoparseInput } from '../src/pipeline/geoparse/types.js';

/** The corpus, as geoparse input lines, in the scratch folder the throughput child is given. */
const CORPUS_FILE = 'corpus.jsonl';

const args = process.argv.slice(2);
const argValue = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};

if (args[0] === '--ready-only') {
  // Child mode: time a fresh process until the gazetteer is ready from the given cache.
  const r = await loadPlaceIndex({ cacheDir: args[1]! });
  process.stdout.write(JSON.stringify({ ms: r.ms, fromCache: r.fromCache, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
  process.exit(0);
}

if (args[0] === '--dump-corpus') {
  // Write the benchmark corpus as geoparse input lines (JSONL) to stdout: lets a change be checked for identical
  // output over the same varied names the benchmark times.
  const { index } = await loadPlaceIndex();
  const corpus = buildCorpus(Number(args[1] ?? 5000), benchNames(index));
  // Exit once the text is written: a pipe takes it asynchronously.
  process.stdout.write(corpus.map((d) => `${JSON.stringify(d)}\n`).join(''), () => process.exit(0));
  await new Promise(() => {});
}

if (args[0] === '--throughput') {
  // Child mode: geoparse the corpus file over the index loaded from the given cache; print the figures as JSON.
  // The child reads JSON lines and nothing else, as the geoparse command does: building the corpus here would leave
  // its garbage, and every gazetteer place decoded to pick names from, for the collector to work through while the
  // geoparser is timed (the command never decodes more places than it outputs).
  const { index } = await loadPlaceIndex({ cacheDir: args[1]! });
  const geoparser = createGeoparserFromIndex(index);
  const lines = readFileSync(join(args[1]!, CORPUS_FILE), 'utf8').split('\n').filter((line) => line !== '');
  const parseLine = (line: string, lineNo: number): GeoparseInput => {
    const parsed = parseInputLine(line, lineNo);
    if ('error' in parsed) throw new Error(parsed.error);
    return parsed.doc;
  };
  const bytes = lines.reduce((n, line, i) => n + Buffer.byteLength(parseLine(line, i + 1).text, 'utf8'), 0);
  for (let i = 0; i < 200; i++) geoparser.parse(parseLine(lines[i]!, i + 1)); // JIT warm-up
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  let toponyms = 0;
  let outBytes = 0;
  for (let i = 0; i < lines.length; i++) {
    const d = parseLine(lines[i]!, i + 1);
    const t = geoparser.parse(d);
    toponyms += t.length;
    outBytes += formatResult(d.id, t).length;
  }
  const seconds = (performance.now() - t0) / 1000;
  // CPU time of this process: on a shared machine, wall time also counts the time other processes held the cores.
  const cpu = process.cpuUsage(cpu0);
  process.stdout.write(
    JSON.stringify({
      places: index.count,
      keys: index.lookup.size,
      docs: lines.length,
      bytes,
      seconds,
      cpuSeconds: (cpu.user + cpu.system) / 1e6,
      toponyms,
      outBytes,
      maxRssMb: process.resourceUsage().maxRSS / 1024,
      heapUsedMb: process.memoryUsage().heapUsed / 1e6,
    }),
  );
  process.exit(0);
}

/** Names swapped into the corpus: every curated, country or division place and every GeoNames place of 20,000+. */
function benchNames(index: PlaceIndex): string[] {
  const names: string[] = [];
  for (let i = 0; i < index.count; i++) {
    const p = index.place(i);
    if (p.population >= 20_000 || p.layer !== 'geonames') names.push(p.name);
  }
  return names;
}

/** Mulberry32: small, seeded, reproducible. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type GoldArticle = { goldText: string; toponyms: { start: number; end: number }[] };

function buildCorpus(docs: number, names: string[]): GeoparseInput[] {
  const gold = JSON.parse(readFileSync(fileURLToPath(new URL('../test/fixtures/seeds-gold.json', import.meta.url)), 'utf8')) as {
    articles: Record<string, GoldArticle>;
  };
  const random = rng(20161127);
  const out: GeoparseInput[] = [];
  const articles = Object.values(gold.articles);
  while (out.length < docs) {
    for (const a of articles) {
      // Replace every annotated place name, back to front so offsets stay valid.
      let text = a.goldText;
      for (const t of [...a.toponyms].sort((x, y) => y.start - x.start)) {
        if (random() < 0.6) text = text.slice(0, t.start) + names[Math.floor(random() * names.length)]! + text.slice(t.end);
      }
      // Cut into ~2 KB documents on paragraph breaks.
      let doc = '';
      for (const para of text.split('\n')) {
        doc += `${para}\n`;
        if (doc.length >= 2000) {
          out.push({ id: `d${out.length}`, text: doc });
          doc = '';
          if (out.length >= docs) return out;
        }
      }
      if (doc.length > 500 && out.length < docs) out.push({ id: `d${out.length}`, text: doc });
    }
  }
  return out;
}

/**
 * 20,000 documents by default: long enough that V8 compiling the rarely used paths first reached after the warm-up
 * is a small share of the run. At 5,000 the same code measured 1,570 to 2,355 documents per CPU-second in three
 * runs in a row on a quiet machine; at 20,000, 2,314 and 2,683.
 */
const docCount = Number(argValue('--docs') ?? 20_000);

// 1. Gazetteer ready: cold compile into a scratch cache, then a fresh process loading that cache. The corpus is
// written next to it, from the names of the compiled index.
const scratch = mkdtempSync(join(tmpdir(), 'newsmap-bench-'));
const { ms: coldMs, layers, index: compiled } = await loadPlaceIndex({ cacheDir: scratch });
writeFileSync(join(scratch, CORPUS_FILE), buildCorpus(docCount, benchNames(compiled)).map((d) => `${JSON.stringify(d)}\n`).join(''));
const warmRuns = [0, 1, 2].map(() => {
  const child = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--ready-only', scratch], { encoding: 'utf8' });
  return JSON.parse(child.stdout) as { ms: number; fromCache: boolean; maxRssMb: number };
});
// 2. Throughput of input line parsing + geoparse + output formatting on one core, in a fresh process that loads the
// index from the cache and reads the corpus file, as the geoparse command and the site build do (in this process the
// cold compile leaves hundreds of MB of garbage whose collection would be billed to the geoparser).
type Throughput = {
  places: number;
  keys: number;
  docs: number;
  bytes: number;
  seconds: number;
  cpuSeconds: number;
  toponyms: number;
  outBytes: number;
  maxRssMb: number;
  heapUsedMb: number;
};
const child = spawnSync(
  process.execPath,
  ['--import', 'tsx', fileURLToPath(import.meta.url), '--throughput', scratch],
  { encoding: 'utf8', maxBuffer: 1e8 },
);
rmSync(scratch, { recursive: true, force: true });
if (child.status !== 0) throw new Error(`bench-geoparse: throughput run failed: ${child.stderr}`);
const run = JSON.parse(child.stdout) as Throughput;
const load = (await import('node:os')).loadavg()[0]!;

const fmt = (n: number, d = 0) => n.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d });
console.log('geoparse benchmark');
console.log(`  gazetteer: ${fmt(run.places)} places, ${fmt(run.keys)} lookup keys (${Object.entries(layers).map(([k, v]) => `${k} ${v}`).join(', ')})`);
console.log(`  ready, cold compile:        ${fmt(coldMs)} ms`);
console.log(`  ready, from cache (fresh process, 3 runs): ${warmRuns.map((r) => `${fmt(r.ms)} ms`).join(', ')}${warmRuns.every((r) => r.fromCache) ? '' : ' (cache miss!)'}`);
console.log(`  corpus: ${fmt(run.docs)} documents, ${fmt(run.bytes / 1e6, 2)} MB, mean ${fmt(run.bytes / run.docs)} bytes`);
console.log(`  throughput (one core, wall): ${fmt(run.docs / run.seconds)} documents/s, ${fmt(run.bytes / 1e6 / run.seconds, 2)} MB/s (${fmt(run.seconds, 2)} s, ${fmt(run.toponyms)} toponyms, ${fmt(run.outBytes / 1e6, 1)} MB JSON)`);
console.log(`  throughput (per CPU-second): ${fmt(run.docs / run.cpuSeconds)} documents/s, ${fmt(run.bytes / 1e6 / run.cpuSeconds, 2)} MB/s (${fmt(run.cpuSeconds, 2)} CPU s; load average ${fmt(load, 1)} on ${(await import('node:os')).cpus().length} cores)`);
console.log(`  memory: peak RSS ${fmt(process.resourceUsage().maxRSS / 1024)} MB cold compile, ${fmt(Math.max(...warmRuns.map((r) => r.maxRssMb)))} MB loading from cache, ${fmt(run.maxRssMb)} MB geoparsing the corpus (heap used at the end ${fmt(run.heapUsedMb)} MB)`);
