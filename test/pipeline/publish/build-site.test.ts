import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArticlesFile, BuildReport, Mention, PlacesCollection, ViewFile } from '../../../src/model/contract.js';
import { buildSite } from '../../../src/pipeline/publish/build-site.js';
import { fakeGeoparser } from './fake-geoparser.js';
import { decodePublished } from './read-published.js';

const work = mkdtempSync(join(tmpdir(), 'newsmap-publish-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

type Output = { places: PlacesCollection; articles: ArticlesFile; mentions: Mention[]; report: BuildReport; view: ViewFile; bytes: Record<string, string> };

function readOutput(dir: string): Output {
  const bytes = Object.fromEntries(readdirSync(dir).sort().map((f) => [f, readFileSync(join(dir, f), 'utf8')]));
  const places = JSON.parse(bytes['places.geojson']!) as PlacesCollection;
  const articles = JSON.parse(bytes['articles.json']!) as ArticlesFile;
  return {
    places,
    articles,
    mentions: decodePublished(places, articles, { mentions: JSON.parse(bytes['mentions.json']!), excerpts: JSON.parse(bytes['excerpts.json']!) }),
    report: JSON.parse(bytes['report.json']!),
    view: JSON.parse(bytes['view.json']!),
    bytes,
  };
}

describe('buildSite on the seed articles (fake geoparser)', () => {
  let out: Output;
  beforeAll(async () => {
    await buildSite({ articlesDir: 'data/articles', outDir: join(work, 'a'), geoparser: fakeGeoparser() });
    out = readOutput(join(work, 'a'));
  });

  it('writes exactly the six data files', () => {
    expect(Object.keys(out.bytes)).toEqual(['articles.json', 'excerpts.json', 'mentions.json', 'places.geojson', 'report.json', 'view.json']);
  });

  it('publishes all five articles, dated from front matter, text and data/articles.yaml', () => {
    expect(out.articles.articles.map((a) => [a.id, a.published.date, a.published.provenance])).toEqual([
      ['000_9da70760c259435a', '2016-02-05', 'front-matter'],
      ['001_56db173943da32a6', '2016-02-07', 'text'],
      ['002_f87b00e1af172c13', '2016-11-27', 'inferred'],
      ['003_d3d6fd6fb7a240eb', '2016-02-05', 'inferred'],
      ['004_e995e04c85d7c234', '2016-09-24', 'inferred'],
    ]);
    expect(out.articles.articles[4]).toMatchObject({ outlet: 'Middle East Monitor', published: { window: ['2016-09-24', '2016-09-25'] } });
    expect(out.report.undated).toEqual([]);
  });

  it('every mention points at a published article and place, and its excerpt holds its surface at start/end', () => {
    const articleIds = new Set(out.articles.articles.map((a) => a.id));
    const placeIds = new Set(out.places.features.map((f) => f.properties.id));
    expect(out.mentions.length).toBeGreaterThan(50);
    for (const m of out.mentions) {
      expect(articleIds.has(m.article)).toBe(true);
      expect(placeIds.has(m.place)).toBe(true);
      expect(m.excerpt.slice(m.start, m.end)).toBe(m.surface);
    }
  });

  it('uses the whole sentence as excerpt', () => {
    const handarat = out.mentions.find((m) => m.surface === 'Handarat')!;
    expect(handarat.excerpt).toBe('Handarat, as the camp is known, had been in rebel hands for years.');
    expect(handarat).toMatchObject({ start: 0, end: 8 });
  });

  it('numbers mentions per article in reading order, ids unique', () => {
    const ids = out.mentions.map((m) => m.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.slice(0, 3)).toEqual(['000_9da70760c259435a:1', '000_9da70760c259435a:2', '000_9da70760c259435a:3']);
    expect(out.mentions[0]!.excerpt).toBe('Thousands flee as Russian-backed offensive threatens to besiege Aleppo');
  });

  it('stores each excerpt sentence once, the mentions as columns of equal length in two files', () => {
    const hot = JSON.parse(out.bytes['mentions.json']!) as Record<string, unknown[]>;
    const texts = JSON.parse(out.bytes['excerpts.json']!) as Record<string, unknown[]>;
    expect(new Set(texts['excerpts']).size).toBe(texts['excerpts']!.length);
    expect(texts['excerpts']!.length).toBeLessThan(out.mentions.length);
    for (const column of ['place', 'role', 'eventDate']) expect(hot[column]).toHaveLength(out.mentions.length);
    for (const column of ['excerpt', 'start', 'end', 'confidence']) expect(texts[column]).toHaveLength(out.mentions.length);
    expect(hot['perArticle']).toHaveLength(out.articles.articles.length);
    expect(out.bytes['mentions.json']).not.toContain('Aleppo');
  });

  it('publishes the opening view: the box around what the default filters show', () => {
    const [[west, south], [east, north]] = out.view.bounds!;
    const aleppo = out.places.features.find((f) => f.properties.name === 'Aleppo')!.geometry.coordinates;
    expect(west).toBeLessThan(aleppo[0]);
    expect(east).toBeGreaterThan(aleppo[0]);
    expect(south).toBeLessThan(aleppo[1]);
    expect(north).toBeGreaterThan(aleppo[1]);
  });

  it('publishes places as RFC 7946 points with [lon, lat] rounded to 5 decimals and their mention counts', () => {
    expect(out.places.type).toBe('FeatureCollection');
    const counts = new Map<string, number>();
    for (const m of out.mentions) counts.set(m.place, (counts.get(m.place) ?? 0) + 1);
    for (const [i, f] of out.places.features.entries()) {
      const [lon, lat] = f.geometry.coordinates;
      expect(f).toMatchObject({ type: 'Feature', id: i, geometry: { type: 'Point' } });
      expect(Math.abs(lon)).toBeLessThanOrEqual(180);
      expect(Math.abs(lat)).toBeLessThanOrEqual(90);
      expect(Math.round(lon * 1e5) / 1e5).toBe(lon);
      expect(f.properties.mentions).toBe(counts.get(f.properties.id));
      expect(f.properties.mentions).toBeGreaterThan(0);
    }
    const handarat = out.places.features.find((f) => f.properties.id === 'regional:handarat')!;
    expect(handarat.geometry.coordinates).toEqual([37.17722, 36.27611]);
    expect(out.report.places).toBe(out.places.features.length);
  });

  it('keeps unresolved and low-confidence names out of the map and lists them for the curator', () => {
    expect(out.report.unplaced).toEqual([{ name: 'Mabrouka', count: 1, articles: ['001_56db173943da32a6'] }]);
    expect(out.report.lowConfidence).toEqual([
      { name: 'Mayer', count: 1, articles: ['000_9da70760c259435a'], note: 'Mayer (geonames:4990510)' },
    ]);
    expect(out.places.features.map((f) => f.properties.name)).not.toContain('Mayer');
  });

  it('lists capitalised names nothing matched, never the ones the geoparser found', () => {
    const names = out.report.unmatched.map((u) => u.name);
    expect(names).toEqual(expect.arrayContaining(['Ratyan', 'Kilis', 'Jabal Badro']));
    expect(names).not.toContain('Aleppo');
    expect(names).not.toContain('Friday');
  });

  it('reports the ambiguous 07/02/2016 as a warning for its file', () => {
    expect(out.report.warnings).toEqual([{ file: 'data/articles/001_56db173943da32a6.txt', problem: expect.stringMatching(/^ambiguous date/) }]);
  });

  it('writes byte-identical output for identical input', async () => {
    await buildSite({ articlesDir: 'data/articles', outDir: join(work, 'b'), geoparser: fakeGeoparser() });
    expect(readOutput(join(work, 'b')).bytes).toEqual(out.bytes);
  });

  it('keeps an article with no date at all, undated and listed', async () => {
    await buildSite({ articlesDir: 'data/articles', outDir: join(work, 'no-curated'), geoparser: fakeGeoparser(), curatedFile: null });
    const { articles, report } = readOutput(join(work, 'no-curated'));
    expect(report.undated).toEqual(['002_f87b00e1af172c13', '003_d3d6fd6fb7a240eb', '004_e995e04c85d7c234']);
    expect(articles.articles.find((a) => a.id === '002_f87b00e1af172c13')!.published).toEqual({ date: null, provenance: 'none' });
  });

  it('reads month-first when configured', async () => {
    await buildSite({ articlesDir: 'data/articles', outDir: join(work, 'mdy'), geoparser: fakeGeoparser(), config: { dateOrder: 'mdy' } });
    const { articles } = readOutput(join(work, 'mdy'));
    expect(articles.articles[1]!.published).toMatchObject({ date: '2016-07-02', ambiguous: true });
  });
});

describe('a missing articles folder', () => {
  it('fails the build with a clear message and writes nothing', async () => {
    await expect(buildSite({ articlesDir: join(work, 'nope'), outDir: join(work, 'nope-out'), geoparser: fakeGeoparser() })).rejects.toThrow(
      `cannot read the articles folder ${join(work, 'nope')}: no such folder`,
    );
    expect(readdirSync(work)).not.toContain('nope-out');
  });
});

describe('atomic output', () => {
  it('leaves the previous output intact when a write fails midway, and cleans up its temp folder', async () => {
    const outDir = join(work, 'atomic', 'data');
    await buildSite({ articlesDir: 'data/articles', outDir, geoparser: fakeGeoparser() });
    const before = readOutput(outDir).bytes;

    let writes = 0;
    const failing = async (path: string, content: string): Promise<void> => {
      if (++writes === 2) throw new Error('disk full');
      writeFileSync(path, content);
    };
    await expect(
      buildSite({ articlesDir: 'data/articles', outDir, geoparser: fakeGeoparser(), curatedFile: null, writeFile: failing }),
    ).rejects.toThrow('disk full');
    expect(writes).toBe(2);
    expect(readOutput(outDir).bytes).toEqual(before);
    expect(readdirSync(join(work, 'atomic'))).toEqual(['data']);
  });

  it('removes the temp folder an interrupted build left behind', async () => {
    const parent = join(work, 'leftover');
    await buildSite({ articlesDir: 'data/articles', outDir: join(parent, 'data'), geoparser: fakeGeoparser() });
    writeFileSync(join(parent, '.data.tmp-abc123'), 'half a file');
    await buildSite({ articlesDir: 'data/articles', outDir: join(parent, 'data'), geoparser: fakeGeoparser() });
    expect(readdirSync(parent)).toEqual(['data']);
  });
});
