/**
 * npm run synth -- --articles N [--out DIR] [--seed S] [--year YYYY]
 *
 * Writes a synthetic corpus of N articles about real places (see src/pipeline/synth/corpus.ts) for scale tests; build
 * it like any folder: npm run data -- --articles .cache/synth/articles --out <dir>. Deterministic for a seed.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadRegionalRows } from '../src/pipeline/gazetteer/sources/regional.js';
import { planStories, startOfYear, synthArticle } from '../src/pipeline/synth/corpus.js';
import { SYNTH_REGIONS, withGazetteerPlaces } from '../src/pipeline/synth/places.js';

const USAGE = 'usage: npm run synth -- --articles N [--out DIR] [--seed S] [--year YYYY]';
const fail = (message: string): never => {
  process.stderr.write(`synth: ${message}\n${USAGE}\n`);
  process.exit(2);
};

let values;
try {
  values = parseArgs({
    options: {
      articles: { type: 'string' },
      out: { type: 'string', default: '.cache/synth/articles' },
      seed: { type: 'string', default: '1' },
      year: { type: 'string', default: '2023' },
    },
  }).values;
} catch (error) {
  fail((error as Error).message);
}
const articles = Number(values!.articles);
const seed = Number(values!.seed);
const year = Number(values!.year);
if (!Number.isInteger(articles) || articles < 1) fail('--articles must be a positive whole number');
if (!Number.isInteger(seed)) fail('--seed must be a whole number');
if (!Number.isInteger(year) || year < 1900 || year > 2999) fail('--year must be a year like 2023');
const out = values!.out!;

// Only ever delete what synth wrote: refuse a folder holding anything else.
mkdirSync(out, { recursive: true });
const existing = readdirSync(out);
const foreign = existing.filter((f) => !/^synth-\d{6}\.(md|txt|html)$/.test(f));
if (foreign.length) fail(`${out} holds files synth did not write (${foreign.slice(0, 3).join(', ')}); choose another --out`);
for (const f of existing) rmSync(join(out, f));

let regions = SYNTH_REGIONS;
try {
  regions = withGazetteerPlaces(SYNTH_REGIONS, loadRegionalRows());
} catch (error) {
  process.stderr.write(`synth: curated gazetteer not used (${(error as Error).message.split('\n')[0]})\n`);
}

const started = performance.now();
const plan = planStories({ articles, seed, regions, startDay: startOfYear(year) });
let bytes = 0;
for (let i = 0; i < articles; i++) {
  const file = synthArticle(plan, i);
  writeFileSync(join(out, file.fileName), file.content);
  bytes += Buffer.byteLength(file.content);
}
const places = regions.reduce((n, r) => n + r.places.length, 0);
process.stdout.write(
  `synth: ${articles} articles (${(bytes / 1e6).toFixed(1)} MB, ${plan.stories.length} stories, ${places} places in ${regions.length} regions, seed ${seed}, ${year}) → ${out} in ${((performance.now() - started) / 1000).toFixed(1)} s\n`,
);
