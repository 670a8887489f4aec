/**
 * The geoparse command (GUIDE section 4): JSON Lines in on stdin, one JSON line per document out on stdout, in
 * order. Answers stream as lines arrive. A malformed line gets one error line on stderr; the others still run.
 */
import { createInterface } from 'node:readline';
import { loadGeoparser } from '../src/pipeline/geoparse/index.js';
import { parseInputLine, formatResult } from '../src/pipeline/geoparse/jsonl.js';

const geoparser = await loadGeoparser();
process.stderr.write(`geoparse: gazetteer ready in ${Math.round(geoparser.load.ms)} ms (${geoparser.load.fromCache ? 'cache' : 'compiled'})\n`);

const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
let lineNo = 0;
let failed = 0;
for await (const line of rl) {
  lineNo++;
  if (line.trim() === '') continue;
  const parsed = parseInputLine(line, lineNo);
  if ('error' in parsed) {
    failed++;
    process.stderr.write(`${parsed.error}\n`);
    continue;
  }
  try {
    process.stdout.write(`${formatResult(parsed.doc.id, geoparser.parse(parsed.doc))}\n`);
  } catch (err) {
    failed++;
    process.stderr.write(`geoparse: line ${lineNo} (id ${JSON.stringify(parsed.doc.id)}): ${(err as Error).message}\n`);
  }
}
if (failed > 0) process.exitCode = 1;
