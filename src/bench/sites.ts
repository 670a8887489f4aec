/**
 * Builds what npm run bench:app serves (Node only): the app and the bare comparison page with Vite, each corpus's
 * data with the normal pipeline command, a basemap cropped to that data, assembled into one folder per corpus.
 * Nothing here writes to dist/ or public/: everything lives under .cache/bench.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Topology } from 'topojson-specification';
import countries from 'world-countries';
import { build } from 'vite';
import { buildBasemap, type CountryAnchor } from '../pipeline/basemap/build.js';
import { regionForPlaces } from '../pipeline/basemap/region.js';
import { isThirdPartyLibrary } from './stats.js';

export const BENCH_DIR = '.cache/bench';

/** Run the data pipeline (npm run data) for a folder of articles into outDir. Throws on a command failure (exit 2). */
export function buildData(articlesDir: string, outDir: string): string {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/data.ts', '--articles', articlesDir, '--out', outDir], {
    encoding: 'utf8',
    env: { ...process.env, CI: '1' },
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.status !== 0 && run.status !== 1) throw new Error(`data build for ${articlesDir} failed: ${run.stderr.trim().split('\n').pop()}`);
  return run.stdout;
}

/** Write the synthetic corpus (npm run synth) unless a folder with that many articles is already there. */
export function ensureSynthCorpus(articles: number, outDir: string, seed = 1): void {
  if (existsSync(outDir) && readdirSync(outDir).filter((f) => f.startsWith('synth-')).length === articles) return;
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/synth.ts', '--articles', String(articles), '--out', outDir, '--seed', String(seed)], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`synth failed: ${run.stderr.trim()}`);
}

/** The basemap files for a data folder, cropped as npm run basemap would crop them for that data. */
export function writeBasemap(dataDir: string, outDir: string): string {
  const require = createRequire(import.meta.url);
  const places = JSON.parse(readFileSync(join(dataDir, 'places.geojson'), 'utf8')) as {
    features: { geometry: { coordinates: [number, number] }; properties: { mentions?: number } }[];
  };
  const region = regionForPlaces(places.features.map((f) => ({ lon: f.geometry.coordinates[0], lat: f.geometry.coordinates[1], weight: f.properties.mentions ?? 1 })));
  const files = buildBasemap({
    detailed: require('world-atlas/countries-10m.json') as Topology,
    world: require('world-atlas/countries-110m.json') as Topology,
    anchors: countries.map((c): CountryAnchor => ({ code: c.cca2, name: c.name.common, lat: c.latlng[0], lon: c.latlng[1], areaKm2: c.area })),
    region: region.bbox,
  });
  mkdirSync(outDir, { recursive: true });
  for (const [name, collection] of Object.entries(files)) writeFileSync(join(outDir, name), JSON.stringify(collection));
  writeFileSync(join(outDir, 'region.json'), JSON.stringify(region) + '\n');
  return `[${region.bbox.join(', ')}] (${region.basis})`;
}

export type JsChunk = { fileName: string; name: string; gzip: number; thirdParty: boolean; mixed: boolean };

/** Build the app with the project's vite.config.ts into outDir; returns its JS chunks, classified. */
export async function buildApp(outDir: string, splitLibraries = false): Promise<JsChunk[]> {
  const output = await build({
    logLevel: 'warn',
    build: {
      outDir: resolve(outDir),
      emptyOutDir: true,
      ...(splitLibraries
        ? { rolldownOptions: { output: { codeSplitting: { groups: [{ name: 'libraries', test: (id: string) => isThirdPartyLibrary(id) }] } } } }
        : {}),
    },
  });
  return chunksOf(output);
}

/** Build src/bench/bare.html (and its bare.ts) with no project config into outDir. */
export async function buildBarePage(outDir: string): Promise<void> {
  await build({
    configFile: false,
    logLevel: 'warn',
    base: './',
    publicDir: false,
    build: { outDir: resolve(outDir), emptyOutDir: true, rolldownOptions: { input: resolve('src/bench/bare.html') } },
  });
}

/** One served folder per corpus: the app, the bare page under src/bench/, the corpus's data and basemap. */
export function assembleSite(siteDir: string, appDir: string, bareDir: string, dataDir: string, basemapDir: string): void {
  rmSync(siteDir, { recursive: true, force: true });
  cpSync(appDir, siteDir, { recursive: true });
  cpSync(bareDir, siteDir, { recursive: true });
  rmSync(join(siteDir, 'data'), { recursive: true, force: true });
  rmSync(join(siteDir, 'basemap'), { recursive: true, force: true });
  cpSync(dataDir, join(siteDir, 'data'), { recursive: true });
  cpSync(basemapDir, join(siteDir, 'basemap'), { recursive: true });
}

/** Gzipped size of every file in a folder (level 9, as a static host would precompress). */
export function gzipSizeOfFolder(dir: string): { raw: number; gzip: number } {
  let raw = 0;
  let gzip = 0;
  for (const file of readdirSync(dir)) {
    const bytes = readFileSync(join(dir, file));
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return { raw, gzip };
}

const GLUE_BYTES = 4000;

/** The parts of Vite's build output read here (rolldown output chunks). */
type BuiltChunk = { type: 'chunk'; fileName: string; name: string; code: string; modules: Record<string, { renderedLength: number }> };
type BuildOutput = { output: (BuiltChunk | { type: 'asset' })[] };

function chunksOf(output: unknown): JsChunk[] {
  const outputs = (Array.isArray(output) ? output : [output]) as BuildOutput[];
  const chunks: JsChunk[] = [];
  for (const out of outputs) {
    if (!out || !('output' in out)) continue;
    for (const item of out.output) {
      if (item.type !== 'chunk') continue;
      let library = 0;
      let total = 0;
      for (const [id, info] of Object.entries(item.modules)) {
        total += info.renderedLength;
        if (isThirdPartyLibrary(id)) library += info.renderedLength;
      }
      // Bundler glue (runtime helpers, interop) sits in library chunks too: a few KB of it does not make them the app's.
      const own = total - library;
      chunks.push({
        fileName: item.fileName,
        name: item.name,
        gzip: gzipSync(item.code, { level: 9 }).length,
        thirdParty: library > 0 && own < GLUE_BYTES,
        mixed: library > 0 && own >= GLUE_BYTES,
      });
    }
  }
  return chunks;
}
