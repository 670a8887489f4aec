import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArticlesFile, BuildReport } from '../../../src/model/contract.js';
import { buildSite, MAX_ARTICLE_BYTES } from '../../../src/pipeline/publish/build-site.js';
import { decodeArticleBytes } from '../../../src/pipeline/text/decode.js';
import { fakeGeoparser } from './fake-geoparser.js';
import { readMentions } from './read-published.js';

const DIR = 'test/fixtures/bad-input';
const work = mkdtempSync(join(tmpdir(), 'newsmap-bad-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('a folder of bad input next to good articles', () => {
  let report: BuildReport;
  let articles: ArticlesFile;
  let output: string;
  beforeAll(async () => {
    report = await buildSite({ articlesDir: DIR, outDir: join(work, 'out'), geoparser: fakeGeoparser() });
    articles = JSON.parse(readFileSync(join(work, 'out', 'articles.json'), 'utf8'));
    output = ['places.geojson', 'articles.json', 'mentions.json', 'report.json'].map((f) => readFileSync(join(work, 'out', f), 'utf8')).join('\n');
  });

  it('gives each bad file exactly one error naming the file and the problem', () => {
    expect(report.errors).toEqual([
      { file: `${DIR}/binary.txt`, problem: 'binary file (NUL byte at offset 8), not a text article' },
      { file: `${DIR}/empty.txt`, problem: 'empty file' },
      { file: `${DIR}/invalid-yaml-front-matter.md`, problem: expect.stringMatching(/^invalid YAML front matter: .* at line 3, column 1:?$/) },
      { file: `${DIR}/latin1.txt`, problem: 'not valid UTF-8 (byte 0xE9 at offset 3); re-save it as UTF-8, e.g. `iconv -f latin1 -t utf-8`' },
      { file: `${DIR}/unclosed-front-matter.md`, problem: "front matter opened with '---' on line 1 is never closed" },
      { file: `${DIR}/whitespace-only.txt`, problem: 'empty file (only whitespace)' },
    ]);
    for (const e of report.errors) expect(e.problem).not.toContain('\n');
  });

  it('still builds every good article, including the UTF-16 one and the unsafe HTML as text', () => {
    expect(report.filesRead).toBe(9);
    expect(articles.articles.map((a) => [a.id, a.title])).toEqual([
      ['good', 'Aid reaches Aleppo'],
      ['unsafe', 'Shelling in Aleppo'],
      ['utf16-bom', 'Aleppo in UTF-16'],
    ]);
    expect(articles.articles[0]!.published).toMatchObject({ date: '2016-02-06', provenance: 'text' });
  });

  it('drops script, event handlers and javascript: URLs from HTML, keeps its text, and says what it dropped', () => {
    const unsafe = articles.articles.find((a) => a.id === 'unsafe')!;
    expect(unsafe.url).toBeUndefined();
    expect(unsafe.outlet).toBe('Example News');
    expect(report.warnings).toContainEqual({
      file: `${DIR}/unsafe.html`,
      problem: 'dropped unsafe markup: 2 script elements, 2 event-handler attributes, 2 script or data links; the text was kept',
    });
    expect(report.warnings).toContainEqual({ file: `${DIR}/unsafe.html`, problem: 'ignored a page URL that is not absolute http(s) (javascript URL)' });
    const mentions = readMentions(join(work, 'out'));
    expect(mentions.filter((m) => m.article === 'unsafe').map((m) => m.excerpt)).toEqual([
      'Shelling in Aleppo',
      'Shells fell on Aleppo overnight, residents said.',
      'A relief convoy waited at the border with Turkey.',
      'Aid workers in Geneva called for a ceasefire.',
    ]);
  });

  it('publishes no markup, script or javascript: anywhere', () => {
    expect(output).not.toMatch(/javascript:|<script|alert\(|onerror|onclick|injected|<p>|<img/i);
  });
});

describe('decodeArticleBytes', () => {
  it('decodes UTF-8 with a BOM and UTF-16 big-endian with a BOM', () => {
    expect(decodeArticleBytes(new Uint8Array([0xef, 0xbb, 0xbf, 0x41, 0x0d, 0x0a, 0x42]))).toEqual({ ok: true, text: 'A\nB', encoding: 'utf-8' });
    const be = new Uint8Array([0xfe, 0xff, 0x00, 0x48, 0x00, 0xe9]);
    expect(decodeArticleBytes(be)).toEqual({ ok: true, text: 'Hé', encoding: 'utf-16be' });
  });

  it('recognises UTF-16 without a BOM instead of calling it binary', () => {
    const bytes = new Uint8Array(Buffer.from('Aleppo was shelled again today.', 'utf16le'));
    expect(decodeArticleBytes(bytes)).toEqual({ ok: false, problem: 'looks like UTF-16 without a byte-order mark; re-save it as UTF-8' });
  });

  it('calls text full of control characters binary', () => {
    const bytes = new Uint8Array(200).map((_, i) => (i % 3 === 0 ? 0x01 : 0x41));
    expect(decodeArticleBytes(bytes)).toEqual({ ok: false, problem: 'binary file (control characters), not a text article' });
  });
});

describe('a file too large to be an article', () => {
  it('is refused before it is read, and the rest still builds', async () => {
    const dir = join(work, 'large');
    mkdirSync(dir);
    copyFileSync(`${DIR}/good.txt`, join(dir, 'good.txt'));
    writeFileSync(join(dir, 'video.txt'), '');
    truncateSync(join(dir, 'video.txt'), MAX_ARTICLE_BYTES + 1); // sparse: costs no disk
    const report = await buildSite({ articlesDir: dir, outDir: join(work, 'large-out'), geoparser: fakeGeoparser() });
    expect(report.errors).toEqual([{ file: `${dir}/video.txt`, problem: 'too large for an article (20.0 MB; the limit is 20 MB)' }]);
    expect(report.articles).toBe(1);
  });
});

describe('a broken curated metadata file', () => {
  it('is an error naming the file; every article still builds', async () => {
    const yaml = join(work, 'broken.yaml');
    writeFileSync(yaml, 'articles:\n  good.txt: { date: [2016\n');
    const report = await buildSite({ articlesDir: DIR, outDir: join(work, 'out2'), geoparser: fakeGeoparser(), curatedFile: yaml });
    expect(report.errors).toContainEqual({ file: yaml, problem: expect.stringMatching(/^invalid YAML: /) });
    expect(report.articles).toBe(3);
  });
});

describe('npm run data on bad input (the real command and gazetteer)', () => {
  it('prints one error line per bad file, writes the good articles and exits with 1', async () => {
    const out = join(work, 'cli');
    const run = promisify(execFile)(process.execPath, ['--import', 'tsx', 'scripts/data.ts', '--articles', DIR, '--out', out], {
      env: { ...process.env, CI: 'true' },
    });
    const failure = await run.then(() => undefined, (e: { code: number; stdout: string }) => e);
    expect(failure?.code).toBe(1);
    const lines = failure!.stdout.split('\n');
    expect(lines.filter((l) => l.startsWith('error: '))).toHaveLength(6);
    expect(lines).toContain(`error: ${DIR}/empty.txt: empty file`);
    expect(lines).toContain('  articles    3');
    expect((JSON.parse(readFileSync(join(out, 'articles.json'), 'utf8')) as ArticlesFile).articles).toHaveLength(3);
  }, 120_000);
});
