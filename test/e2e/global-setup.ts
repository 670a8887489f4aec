/**
 * Builds the site if needed and serves it, plus two variants made from the same build, under sub-paths:
 *   /newsmap/site/  dist/ as `npm run build` made it (the seed articles)
 *   /fixture/       dist/ with test/fixtures/site as data (undated article, markup in excerpts, javascript: link)
 *   /bad/           dist/ with data of an unknown schema version
 * The data is loaded at run time, so the variants need no second vite build.
 */
import { execSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { assertChromium } from './support/browser.js';
import { startStaticServer } from '../../src/bench/static-server.js';

declare module 'vitest' {
  export interface ProvidedContext {
    e2eOrigin: string;
  }
}

export const SITE_PATH = '/newsmap/site/';
export const FIXTURE_PATH = '/fixture/';
export const BAD_PATH = '/bad/';
export const NO_EXCERPTS_PATH = '/no-excerpts/';

const root = process.cwd();
const dist = join(root, 'dist');
const variants = join(root, '.cache', 'e2e');

export default async function setup(project: TestProject) {
  assertChromium();
  if (needsBuild()) build();
  const fixtureSite = variant('fixture', (data) => cpSync(join(root, 'test/fixtures/site'), data, { recursive: true }));
  const badSite = variant('bad', (data) => {
    cpSync(join(root, 'test/fixtures/site'), data, { recursive: true });
    writeFileSync(join(data, 'articles.json'), JSON.stringify({ schema: 999, articles: [] }));
  });
  const noExcerptsSite = variant('no-excerpts', (data) => {
    cpSync(join(root, 'test/fixtures/site'), data, { recursive: true });
    rmSync(join(data, 'excerpts.json'));
  });
  const { server, origin } = await startStaticServer({
    [SITE_PATH]: dist,
    [FIXTURE_PATH]: fixtureSite,
    [BAD_PATH]: badSite,
    [NO_EXCERPTS_PATH]: noExcerptsSite,
  });
  project.provide('e2eOrigin', origin);
  return () => new Promise<void>((resolve) => server.close(() => resolve()));
}

/** Rebuild when there is no build, in CI, or when any input is newer than the build. */
function needsBuild(): boolean {
  const built = join(dist, 'index.html');
  if (process.env['CI'] || !existsSync(built) || !existsSync(join(dist, 'data'))) return true;
  const builtAt = statSync(built).mtimeMs;
  const inputs = ['src', 'data', 'scripts', 'index.html', 'vite.config.ts', 'package-lock.json'];
  return inputs.some((p) => newestMtime(join(root, p)) > builtAt);
}

function build(): void {
  console.log('e2e: building the site (npm run build)');
  // A failing data, basemap or vite build fails the tests here: no fallback data may hide it.
  // vitest sets NODE_ENV=test; a child build must not inherit it or Vite bundles React's development build.
  execSync('npm run build', { stdio: 'inherit', cwd: root, env: { ...process.env, NODE_ENV: 'production' } });
}

function variant(name: string, fillData: (dataDir: string) => void): string {
  const dir = join(variants, name);
  rmSync(dir, { recursive: true, force: true });
  cpSync(dist, dir, { recursive: true });
  rmSync(join(dir, 'data'), { recursive: true, force: true });
  mkdirSync(join(dir, 'data'));
  fillData(join(dir, 'data'));
  return dir;
}

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newestMtime(join(path, name))));
}
