/**
 * npm run bench:app [-- --articles 10000] [--runs 5] [--steps 40] [--reuse] [--only seeds|synth]
 *
 * Prints figures (not a test): for the seed corpus and a synthetic corpus (~100k mentions), the built site's time to
 * first map idle next to a bare MapLibre page with the same basemap and camera (same run, same browser, alternating,
 * median of --runs cold loads, and the median of each app load over the bare load after it; also the bare page in a
 * window the size of the app's map canvas, for a comparison at equal pixels per frame), both pages' milestones
 * on the way (style parsed, MapLibre's load), the slider's input-to-frame latency (p50/p95 over a scripted keyboard
 * scrub), the published data size gzipped, the app's own JS gzipped, and how fast the filter derivation runs in Node.
 * Builds everything under .cache/bench (never dist/ or public/); --reuse skips builds that are already there.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { CHROMIUM, HEADLESS_CHROMIUM_ARGS } from '../src/bench/chromium-args.js';
import { measureFirstIdle, measureScrub } from '../src/bench/measure.js';
import {
  BENCH_DIR, assembleSite, buildApp, buildBarePage, buildData, ensureSynthCorpus, gzipSizeOfFolder, writeBasemap, type JsChunk,
} from '../src/bench/sites.js';
import { serveFolder } from '../src/bench/static-server.js';
import { formatBytes, median, pairedRatios, percentile, ratio } from '../src/bench/stats.js';
import { DEFAULT_FILTERS, applyDates, buildMentionTable, makeTimeline, matchMask, timelineCounts } from '../src/model/filter.js';
import { addUnits, dayToIso } from '../src/model/time.js';
import { validateSiteData, validateTexts } from '../src/app/data/validate.js';
import { DATA_SCHEMA_VERSION } from '../src/model/contract.js';

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '10000' },
    runs: { type: 'string', default: '5' },
    steps: { type: 'string', default: '40' },
    reuse: { type: 'boolean', default: false },
    only: { type: 'string' },
  },
});
const articles = Number(values.articles);
const runs = Math.max(1, Number(values.runs));
const steps = Math.max(1, Number(values.steps));
const log = (line: string): void => void process.stderr.write(`${line}\n`);

type Corpus = { name: string; articlesDir: string };
const corpora: Corpus[] = [
  { name: 'seeds', articlesDir: 'data/articles' },
  { name: `synth-${articles}`, articlesDir: '.cache/synth/articles' },
].filter((c) => !values.only || c.name.startsWith(values.only));

// 1. Data, basemap, builds.
const appDir = join(BENCH_DIR, 'app');
const bareDir = join(BENCH_DIR, 'bare');
const sitesDir = join(BENCH_DIR, 'sites');
for (const corpus of corpora) {
  const dataDir = join(BENCH_DIR, 'data', corpus.name);
  if (values.reuse && builtWithThisSchema(dataDir)) continue;
  if (corpus.name.startsWith('synth')) {
    log(`synth: ${articles} articles → ${corpus.articlesDir}`);
    ensureSynthCorpus(articles, corpus.articlesDir);
  }
  log(`data: ${corpus.articlesDir} → ${dataDir}`);
  const started = performance.now();
  buildData(corpus.articlesDir, dataDir);
  log(`  built in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
let chunks: JsChunk[] = [];
if (!values.reuse || !existsSync(join(appDir, 'index.html'))) {
  log('vite: building the app and the bare page');
  chunks = await buildApp(appDir);
  await buildBarePage(bareDir);
} else {
  log('vite: reusing the app build (JS sizes need a fresh build)');
}
// The "app's own JS" figure needs the libraries in chunks of their own; measure with a split build if they are not.
let sizeNote = 'as built';
if (chunks.some((c) => c.mixed)) {
  chunks = await buildApp(join(BENCH_DIR, 'app-split'), true);
  sizeNote = 'measured on a build with the libraries in a chunk of their own (the shipped build keeps maplibre with the start-up code and react with the panels)';
}
for (const corpus of corpora) {
  const dataDir = join(BENCH_DIR, 'data', corpus.name);
  const basemapDir = join(BENCH_DIR, 'basemap', corpus.name);
  const crop = writeBasemap(dataDir, basemapDir);
  log(`basemap for ${corpus.name}: ${crop}`);
  assembleSite(join(sitesDir, corpus.name), appDir, bareDir, dataDir, basemapDir);
}

/** Data built by this version of the pipeline (an older build is rebuilt even with --reuse). */
function builtWithThisSchema(dataDir: string): boolean {
  try {
    return (JSON.parse(readFileSync(join(dataDir, 'report.json'), 'utf8')) as { schema?: unknown }).schema === DATA_SCHEMA_VERSION;
  } catch {
    return false;
  }
}

// 2. Derivation speed in Node (the work one slider tick does, without React or MapLibre).
const derivation: string[] = [];
const boundsOf = new Map<string, readonly [number, number]>();
for (const corpus of corpora) {
  const dataDir = join(BENCH_DIR, 'data', corpus.name);
  const read = (file: string): unknown => JSON.parse(readFileSync(join(dataDir, file), 'utf8'));
  let t = performance.now();
  const raw = { places: read('places.geojson'), articles: read('articles.json'), mentions: read('mentions.json'), report: null };
  const parseMs = performance.now() - t;
  t = performance.now();
  const data = validateSiteData(raw);
  const validateMs = performance.now() - t;
  t = performance.now();
  const texts = validateTexts(read('excerpts.json'), data.mentions.count);
  const textsMs = performance.now() - t;
  t = performance.now();
  const table = buildMentionTable(data);
  const buildMs = performance.now() - t;
  const mask = matchMask(table, DEFAULT_FILTERS);
  const timeline = makeTimeline(table, 'published');
  if (timeline) boundsOf.set(corpus.name, timeline.bounds);
  const ticks: number[] = [];
  const histograms: number[] = [];
  if (timeline) {
    for (let i = 0; i < 200; i++) {
      const from = timeline.bounds[0] + Math.floor(((timeline.bounds[1] - timeline.bounds[0]) * i) / 200);
      t = performance.now();
      applyDates(table, mask, { ...DEFAULT_FILTERS, range: [from, addUnits(from, 'month', 1)] });
      ticks.push(performance.now() - t);
    }
    for (let i = 0; i < 50; i++) {
      t = performance.now();
      timelineCounts(table, mask, 'published', timeline.bins);
      histograms.push(performance.now() - t);
    }
  }
  t = performance.now();
  matchMask(table, { ...DEFAULT_FILTERS, search: 'aleppo' }, texts);
  const firstSearch = performance.now() - t;
  t = performance.now();
  matchMask(table, { ...DEFAULT_FILTERS, search: 'market' }, texts);
  const search = performance.now() - t;
  derivation.push(
    `  ${corpus.name.padEnd(14)} ${String(table.count).padStart(7)} mentions: parse ${parseMs.toFixed(0)} ms, check ${validateMs.toFixed(1)} ms, excerpts parse+check ${textsMs.toFixed(0)} ms (after first idle), table ${buildMs.toFixed(1)} ms once; date tick p50 ${percentile(ticks, 50).toFixed(2)} ms, p95 ${percentile(ticks, 95).toFixed(2)} ms; histogram ${percentile(histograms, 50).toFixed(2)} ms; search ${firstSearch.toFixed(1)} ms first, ${search.toFixed(1)} ms after`,
  );
}

// 3. The browser.
const server = await serveFolder(sitesDir);
const browser = await chromium.launch({
  executablePath: CHROMIUM,
  headless: true,
  args: [...HEADLESS_CHROMIUM_ARGS],
});
const lines: string[] = [];
const problems: string[] = [];
try {
  for (const corpus of corpora) {
    const base = `${server.origin}/${corpus.name}/`;
    const app: number[] = [];
    const appData: number[] = [];
    const appMapLoad: number[] = [];
    const appStyle: number[] = [];
    const appTexts: number[] = [];
    const bare: number[] = [];
    const bareMapLoad: number[] = [];
    const bareStyle: number[] = [];
    // The bare page again in a window the size of the app's map canvas: the same pixels per frame as the app draws.
    const bareSameCanvas: number[] = [];
    let view = '';
    const canvases = { app: '', bare: '' };
    let scrub: Awaited<ReturnType<typeof measureScrub>> | null = null;
    for (let run = 0; run < runs; run++) {
      log(`${corpus.name}: run ${run + 1}/${runs}`);
      const loaded = await measureFirstIdle(browser, base, '__newsmap');
      if (loaded.error) problems.push(`${corpus.name}: app error: ${loaded.error}`);
      if (loaded.offOrigin.length) problems.push(`${corpus.name}: requests off origin: ${loaded.offOrigin.slice(0, 3).join(' ')}`);
      app.push(loaded.firstIdleMs);
      appData.push(loaded.dataMs);
      appMapLoad.push(loaded.mapLoadMs);
      appStyle.push(loaded.mapStyleMs);
      appTexts.push(loaded.textsMs);
      view = loaded.view || view;
      canvases.app = loaded.canvas;
      await loaded.close();
      const baseline = await measureFirstIdle(browser, `${base}src/bench/bare.html?view=${view}`, '__bare');
      if (baseline.offOrigin.length) problems.push(`${corpus.name}: bare page requests off origin: ${baseline.offOrigin.slice(0, 3).join(' ')}`);
      bare.push(baseline.firstIdleMs);
      bareMapLoad.push(baseline.mapLoadMs);
      bareStyle.push(baseline.mapStyleMs);
      canvases.bare = baseline.canvas;
      await baseline.close();
      const [width, height] = loaded.canvas.split('×').map(Number);
      if (width && height) {
        const same = await measureFirstIdle(browser, `${base}src/bench/bare.html?view=${view}`, '__bare', undefined, { width, height });
        bareSameCanvas.push(same.firstIdleMs);
        await same.close();
      }
    }
    // The scrub starts from a window a sixth of the span wide (set through the URL), so the arrows have room to move.
    const bounds = boundsOf.get(corpus.name);
    if (bounds) {
      const width = Math.max(1, Math.round((bounds[1] - bounds[0]) / 6));
      const page = await measureFirstIdle(browser, `${base}#from=${dayToIso(bounds[0])}&to=${dayToIso(bounds[0] + width)}`, '__newsmap');
      try {
        scrub = await measureScrub(page.page, steps);
      } catch (error) {
        problems.push(`${corpus.name}: scrub: ${(error as Error).message.split('\n')[0]}`);
      }
      await page.close();
    }
    const data = gzipSizeOfFolder(join(sitesDir, corpus.name, 'data'));
    const appMs = median(app);
    const bareMs = median(bare);
    lines.push(`${corpus.name} (${JSON.parse(readFileSync(join(sitesDir, corpus.name, 'data', 'report.json'), 'utf8')).mentions} mentions), camera ${view}, map canvas app ${canvases.app} px, bare ${canvases.bare} px`);
    lines.push(`  first idle     app ${appMs.toFixed(0)} ms, bare MapLibre ${bareMs.toFixed(0)} ms → ${ratio(appMs, bareMs)}  (runs: app ${app.map((x) => x.toFixed(0)).join('/')}, bare ${bare.map((x) => x.toFixed(0)).join('/')})`);
    const pairs = pairedRatios(app, bare);
    lines.push(`                 each run over the bare load after it: ${pairs.map((r) => r.toFixed(2)).join('/')}, median ${median(pairs).toFixed(2)}×`);
    if (bareSameCanvas.length) {
      const sameMs = median(bareSameCanvas);
      lines.push(`                 bare MapLibre in a ${canvases.app} window (the app's canvas): ${sameMs.toFixed(0)} ms → app ${ratio(appMs, sameMs)}  (runs: ${bareSameCanvas.map((x) => x.toFixed(0)).join('/')})`);
    }
    // Where the gap opens: before the basemap's style is parsed (start-up), while its sources load, or after them.
    const at = (xs: number[]): string => (xs.some(Number.isFinite) ? `${median(xs.filter(Number.isFinite)).toFixed(0)} ms` : 'n/a');
    lines.push(`  milestones     app:  map style ${at(appStyle)}, data loaded ${at(appData)}, map load ${at(appMapLoad)}, first idle ${appMs.toFixed(0)} ms, excerpts loaded ${at(appTexts)}`);
    lines.push(`                 bare: map style ${at(bareStyle)}, map load ${at(bareMapLoad)}, first idle ${bareMs.toFixed(0)} ms (medians from navigation start; map load: MapLibre's \`load\`, every source loaded)`);
    if (scrub) {
      const fig = (xs: number[]): string => `p50 ${percentile(xs, 50).toFixed(1)} ms, p95 ${percentile(xs, 95).toFixed(1)} ms, max ${xs.length ? Math.max(...xs).toFixed(1) : 'n/a'} ms`;
      lines.push(`  slider → map   ${fig(scrub.mapFirst)} (input to the first map frame after the app changed the map; ${scrub.mapFirst.length} of ${steps} keyboard steps on "${scrub.slider}" changed it)`);
      lines.push(`  slider → map+labels ${fig(scrub.map)} (input to the first frame with all sources reloaded; ${scrub.map.length} steps)`);
      lines.push(`  slider → UI    ${fig(scrub.ui)} (input to the frame after the timeline showed the new range; ${scrub.ui.length} steps)`);
    }
    lines.push(`  published data ${formatBytes(data.gzip)} gzipped (${formatBytes(data.raw)} raw)`);
  }
} finally {
  await browser.close();
  await server.close();
}

const own = chunks.filter((c) => !c.thirdParty);
const libraries = chunks.filter((c) => c.thirdParty);
console.log('\nnpm run bench:app (headless Chromium, SwiftShader WebGL: compare ratios, not absolute times)\n');
for (const line of lines) console.log(line);
if (chunks.length) {
  console.log(`app JS          own ${formatBytes(own.reduce((n, c) => n + c.gzip, 0))} gzipped (${own.map((c) => `${c.fileName} ${formatBytes(c.gzip)}`).join(', ')}); libraries ${formatBytes(libraries.reduce((n, c) => n + c.gzip, 0))} (${libraries.map((c) => c.fileName).join(', ')}); ${sizeNote}`);
}
console.log('filter derivation in Node (src/model/filter.ts):');
for (const line of derivation) console.log(line);
if (problems.length) {
  console.log('problems:');
  for (const p of problems) console.log(`  ${p}`);
}
