import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArticlesFile, BuildReport, Mention, PlacesCollection, ViewFile } from '../../../src/model/contract.js';
import { loadGeoparser } from '../../../src/pipeline/geoparse/index.js';
import { buildSite } from '../../../src/pipeline/publish/build-site.js';
import { decodePublished } from './read-published.js';

/** The site build exactly as `npm run data` runs it: data/articles, data/articles.yaml, the bundled gazetteer. */
const work = mkdtempSync(join(tmpdir(), 'newsmap-real-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const read = (dir: string): Record<string, string> =>
  Object.fromEntries(readdirSync(dir).sort().map((f) => [f, readFileSync(join(dir, f), 'utf8')]));

describe('data build of the seed articles with the real geoparser', () => {
  let files: Record<string, string>;
  let report: BuildReport;
  let articles: ArticlesFile;
  let mentions: Mention[];
  let places: PlacesCollection;
  let geoparser: Awaited<ReturnType<typeof loadGeoparser>>;

  beforeAll(async () => {
    geoparser = await loadGeoparser();
    await buildSite({ articlesDir: 'data/articles', outDir: join(work, 'one'), geoparser });
    files = read(join(work, 'one'));
    report = JSON.parse(files['report.json']!);
    articles = JSON.parse(files['articles.json']!);
    places = JSON.parse(files['places.geojson']!);
    mentions = decodePublished(places, articles, { mentions: JSON.parse(files['mentions.json']!), excerpts: JSON.parse(files['excerpts.json']!) });
  }, 120_000);

  it('builds all five articles without errors, every one dated', () => {
    expect(report).toMatchObject({ filesRead: 5, articles: 5, errors: [], undated: [] });
    expect(articles.articles.every((a) => a.published.date !== null)).toBe(true);
  });

  it('every mention belongs to a published article and place, with its surface at start/end of the excerpt', () => {
    const articleIds = new Set(articles.articles.map((a) => a.id));
    const placeIds = new Set(places.features.map((f) => f.properties.id));
    expect(mentions.length).toBe(report.mentions);
    for (const m of mentions) {
      expect(articleIds.has(m.article)).toBe(true);
      expect(placeIds.has(m.place)).toBe(true);
      expect(m.excerpt.slice(m.start, m.end)).toBe(m.surface);
      expect(m.confidence).toBeGreaterThanOrEqual(0.5);
    }
  });

  it('every place has valid coordinates and at least one mention', () => {
    expect(places.features.length).toBe(report.places);
    for (const f of places.features) {
      const [lon, lat] = f.geometry.coordinates;
      expect(Number.isFinite(lon) && Math.abs(lon) <= 180 && Number.isFinite(lat) && Math.abs(lat) <= 90).toBe(true);
      expect(f.properties.mentions).toBeGreaterThanOrEqual(1);
    }
  });

  it('plots Aleppo from every article and Handarat from 004', () => {
    const aleppo = places.features.find((f) => f.properties.name === 'Aleppo' && f.properties.kind === 'city')!;
    const from = new Set(mentions.filter((m) => m.place === aleppo.properties.id).map((m) => m.article));
    expect(from.size).toBe(5);
    expect(mentions.some((m) => m.surface === 'Handarat' && m.article === '004_e995e04c85d7c234')).toBe(true);
  });

  it('opens the map on Syria and its neighbours, not on the world (the far-away places fall outside the quantiles)', () => {
    const view = JSON.parse(files['view.json']!) as ViewFile;
    const [[west, south], [east, north]] = view.bounds!;
    expect([west, south, east, north].every(Number.isFinite)).toBe(true);
    expect(east - west).toBeLessThan(20);
    expect(north - south).toBeLessThan(20);
  });

  it('writes byte-identical output on a second run', async () => {
    await buildSite({ articlesDir: 'data/articles', outDir: join(work, 'two'), geoparser });
    expect(read(join(work, 'two'))).toEqual(files);
  }, 60_000);
});
