/**
 * npm run data [-- --articles DIR] [--out DIR] [--date-order dmy|mdy] [--curated FILE] [--min-confidence N]
 *
 * Reads the article folder (and its curated metadata, data/articles.yaml), geoparses every article against the
 * bundled gazetteer and writes the site's data to public/data/. Exit code 1 when any file had an error (every good
 * article is still written), 2 when the command itself failed.
 */
import { parseArgs } from 'node:util';
import { DEFAULT_CONFIG, resolveConfig, type DateOrder } from '../src/pipeline/config.js';
import { loadGeoparser } from '../src/pipeline/geoparse/index.js';
import { buildSite } from '../src/pipeline/publish/build-site.js';
import { formatProgress, formatReport } from '../src/pipeline/publish/format-report.js';

const USAGE = 'usage: npm run data -- [--articles DIR] [--out DIR] [--date-order dmy|mdy] [--curated FILE] [--min-confidence 0..1]';

function fail(message: string): never {
  process.stderr.write(`${message}\n${USAGE}\n`);
  process.exit(2);
}

let args;
try {
  args = parseArgs({
    options: {
      articles: { type: 'string', default: 'data/articles' },
      out: { type: 'string', default: 'public/data' },
      'date-order': { type: 'string', default: DEFAULT_CONFIG.dateOrder },
      curated: { type: 'string' },
      'min-confidence': { type: 'string', default: String(DEFAULT_CONFIG.minConfidence) },
      help: { type: 'boolean', short: 'h' },
    },
  }).values;
} catch (error) {
  fail((error as Error).message);
}
if (args.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}
const dateOrder = args['date-order'];
if (dateOrder !== 'dmy' && dateOrder !== 'mdy') fail(`--date-order must be dmy or mdy, not "${dateOrder}"`);
const minConfidence = Number(args['min-confidence']);
if (!(minConfidence >= 0 && minConfidence <= 1)) fail(`--min-confidence must be a number from 0 to 1`);
const config = resolveConfig({ dateOrder: dateOrder as DateOrder, minConfidence });

const showProgress = process.stderr.isTTY && !process.env['CI'];
const started = performance.now();
try {
  const geoparser = await loadGeoparser();
  const buildStarted = performance.now();
  let lastDrawn = 0;
  const report = await buildSite({
    articlesDir: args.articles!,
    outDir: args.out!,
    geoparser,
    ...(args.curated ? { curatedFile: args.curated } : {}),
    config,
    ...(showProgress
      ? {
          onProgress: ({ done, total }) => {
            const now = performance.now();
            if (now - lastDrawn < 100 && done < total) return; // redraw ten times a second, not per article
            lastDrawn = now;
            process.stderr.write(`\r${formatProgress(done, total, now - buildStarted)}\x1b[K`);
          },
        }
      : {}),
  });
  if (showProgress) process.stderr.write('\r\x1b[K');
  process.stdout.write(
    formatReport(report, { articlesDir: args.articles!, outDir: args.out!, topNames: config.reportTopNames, minConfidence }),
  );
  const buildSeconds = (performance.now() - buildStarted) / 1000;
  process.stdout.write(
    `done in ${((performance.now() - started) / 1000).toFixed(1)} s: gazetteer ${geoparser.load.fromCache ? 'from cache' : 'compiled'} ` +
      `in ${(geoparser.load.ms / 1000).toFixed(1)} s, ${report.filesRead} files in ${buildSeconds.toFixed(1)} s ` +
      `(${(report.filesRead / Math.max(buildSeconds, 1e-3)).toFixed(0)} files/s)\n`,
  );
  process.exitCode = report.errors.length > 0 ? 1 : 0;
} catch (error) {
  if (showProgress) process.stderr.write('\n');
  process.stderr.write(`error: ${(error as Error).message.split('\n')[0]}\n`);
  process.exitCode = 2;
}
