import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_VISIBLE_ROLES, type Mention, type Place, type PlacesCollection } from '../../../src/model/contract.js';
import { loadGeoparser } from '../../../src/pipeline/geoparse/index.js';
import { buildSite } from '../../../src/pipeline/publish/build-site.js';
import { readMentions } from './read-published.js';
import { placeMatchesGold, seedGold } from '../../support/seed-gold.js';

/**
 * The seed gold judged on what the site actually plots: the published data of `npm run data`, after the build's
 * confidence cut, with the roles the map shows by default. (The geoparser's own gold test judges its raw output.)
 */
const work = mkdtempSync(join(tmpdir(), 'newsmap-seed-map-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const articleId = (seedFile: string) => seedFile; // ids are the file names without extension
let plottedByArticle: Map<string, { mention: Mention; place: Place }[]>;

beforeAll(async () => {
  const geoparser = await loadGeoparser();
  const out = join(work, 'data');
  await buildSite({ articlesDir: 'data/articles', outDir: out, geoparser });
  const places = JSON.parse(readFileSync(join(out, 'places.geojson'), 'utf8')) as PlacesCollection;
  const mentions = readMentions(out);
  const byId = new Map(
    places.features.map((f) => [f.properties.id, { ...f.properties, lon: f.geometry.coordinates[0], lat: f.geometry.coordinates[1] }]),
  );
  plottedByArticle = new Map();
  for (const mention of mentions) {
    if (!DEFAULT_VISIBLE_ROLES.includes(mention.role)) continue;
    const list = plottedByArticle.get(mention.article) ?? [];
    list.push({ mention, place: byId.get(mention.place)! });
    plottedByArticle.set(mention.article, list);
  }
}, 180_000);

describe('seed gold on the published map', () => {
  for (const [seed, gold] of Object.entries(seedGold.articles)) {
    it(`${seed}: every required place is on the map for its article`, () => {
      const plotted = plottedByArticle.get(articleId(seed)) ?? [];
      const missing = gold.required.filter((key) => !plotted.some(({ place }) => placeMatchesGold(place, gold.places[key]!)));
      expect(missing).toEqual([]);
    });

    it(`${seed}: no must-not-plot place and no do-not-plot trap is on the map`, () => {
      const plotted = plottedByArticle.get(articleId(seed)) ?? [];
      // A must-not-plot place occurs only inside an organisation name: no plotted mention may carry that name.
      const mustNot = gold.mustNotPlot.filter((key) => {
        const surfaces = new Set(gold.toponyms.filter((g) => g.place === key).map((g) => g.surface));
        return plotted.some(({ mention }) => surfaces.has(mention.surface));
      });
      const trapWords = gold.traps
        .filter((t) => t.action === 'do-not-plot')
        .flatMap((t) => t.surface.split(/\s*\/\s*|,\s+/));
      const trapped = plotted.filter(({ mention }) => trapWords.includes(mention.surface)).map(({ mention }) => mention.surface);
      expect({ mustNot, trapped }).toEqual({ mustNot: [], trapped: [] });
    });
  }
});
