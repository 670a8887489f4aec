/**
 * The built seed site (npm run build) in headless Chromium under a sub-path: the map idles, nothing leaves the
 * origin, labels render, a click on Aleppo opens excerpts, the date slider changes what is drawn.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { openBrowser, openMap, type Session } from './support/browser.js';
import { clickAt, drawnCount, findPlace, isPlaceColourOverLand, jumpTo, paintedAt, renderedLabels, renderedPlaceNames, setDateRange, settled } from './support/site.js';
import { SITE_PATH } from './global-setup.js';
import { DATA_FILES } from '../../src/model/contract.js';

describe('seed site', () => {
  let s: Session;
  const origin = inject('e2eOrigin');

  beforeAll(async () => {
    s = await openBrowser();
    await openMap(s.page, origin + SITE_PATH);
  });
  afterAll(async () => s?.close());

  it('reaches idle with places drawn and requests nothing outside its own origin', async () => {
    const firstIdle = await s.page.evaluate(() => window.__newsmap!.firstIdleMs);
    expect(firstIdle).toBeGreaterThan(0);
    expect(s.requests.length).toBeGreaterThan(5);
    expect(s.requests.filter((url) => !url.startsWith(origin + '/') && !url.startsWith('data:') && !url.startsWith('blob:'))).toEqual([]);
    // Everything came from below the sub-path: relative URLs work.
    expect(s.requests.filter((url) => url.startsWith(origin) && !url.startsWith(origin + SITE_PATH))).toEqual([]);
  });

  it('preloads the React chunk and the opening view, and leaves the data files to the app', async () => {
    // The page as served (Vite also adds preload links at run time, when the chunk is imported: too late).
    const html = await s.page.evaluate(() => fetch(location.href).then((r) => r.text()));
    const preloads = [...html.matchAll(/<link rel="(?:module)?preload"[^>]*href="([^"]+)"/g)].map((m) => m[1]!.split('/').pop());
    expect(preloads).toEqual(expect.arrayContaining([DATA_FILES.view, 'region.json']));
    expect(preloads.some((file) => /^render-app-.*\.js$/.test(file ?? ''))).toBe(true);
    // A preloaded data file is decoded on the main thread as it arrives, before the map is made (src/app/main.tsx).
    expect(preloads.filter((file) => /\.(json|geojson)$/.test(file ?? '') && file !== DATA_FILES.view && file !== 'region.json')).toEqual([]);
    // The app asked for every data file all the same.
    for (const file of [DATA_FILES.places, DATA_FILES.articles, DATA_FILES.mentions, DATA_FILES.report]) {
      expect(s.requests.some((url) => url.endsWith(`/data/${file}`))).toBe(true);
    }
  });

  it('draws country and place labels with the bundled fonts', async () => {
    expect((await renderedLabels(s.page, 'country-labels')).length).toBeGreaterThan(0);
    // Below the clustering zoom, unclustered places are labelled from the cluster source.
    const placeLabels = [...(await renderedLabels(s.page, 'place-labels')), ...(await renderedLabels(s.page, 'cluster-point-labels'))];
    expect(placeLabels.length).toBeGreaterThan(0);
    expect(s.requests.some((url) => /\/assets\/noto-sans-latin-400-normal[^/]*\.woff2$/.test(url))).toBe(true);
  });

  it('clusters places at low zoom with their mention counts, and a click on a cluster zooms in', async () => {
    const aleppo = await findPlace(s.page, /^Aleppo$/);
    await jumpTo(s.page, aleppo.lon, aleppo.lat, 4);
    // Drawn clusters, with the sum of their shown mentions and how many places are shown in them.
    const clusters = await s.page.evaluate(() =>
      window
        .__newsmap!.circles!()
        .filter((c) => c.kind === 'cluster')
        .map((c) => ({ count: c.count, places: c.places, lngLat: [c.lon, c.lat] as [number, number] })),
    );
    const biggest = clusters.sort((a, b) => b.count - a.count)[0]!;
    expect(biggest.places).toBeGreaterThan(1);
    expect(biggest.count).toBeGreaterThan(biggest.places);
    // Its number is written on it (HTML over the canvas, centred on the cluster).
    const numbers = await s.page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('.cluster-count')].filter((e) => !e.hidden).map((e) => {
        const box = e.getBoundingClientRect();
        const canvas = window.__map!.getCanvas().getBoundingClientRect();
        return { text: e.textContent, x: box.x + box.width / 2 - canvas.x, y: box.y + box.height / 2 - canvas.y };
      }),
    );
    const at = await s.page.evaluate(([lon, lat]) => window.__map!.project([lon!, lat!]), biggest.lngLat);
    const label = numbers.find((n) => n.text === String(biggest.count))!;
    expect(Math.hypot(label.x - at.x, label.y - at.y)).toBeLessThan(3);
    await clickAt(s.page, biggest.lngLat[0], biggest.lngLat[1]);
    await s.page.waitForFunction(() => window.__map!.getZoom() > 4.5 && !window.__map!.isMoving());
  });

  it('opens excerpts from several articles when Aleppo is clicked', async () => {
    const aleppo = await findPlace(s.page, /^Aleppo$/);
    await jumpTo(s.page, aleppo.lon, aleppo.lat, 9);
    // The circle is really painted (a custom WebGL layer): the place colour at its centre, the land's off it.
    const pixels = await paintedAt(s.page, aleppo.lon, aleppo.lat);
    expect(pixels.centre, `Aleppo's circle painted ${pixels.centre}`).toSatisfy(isPlaceColourOverLand);
    expect(pixels.away[1]).toBeGreaterThan(200);
    await clickAt(s.page, aleppo.lon, aleppo.lat);
    const panel = s.page.getByRole('region', { name: 'Aleppo' });
    await panel.waitFor();
    expect(await panel.locator('.article-group').count()).toBeGreaterThanOrEqual(3);
    expect(await panel.locator('mark').first().textContent()).toMatch(/Aleppo/i);
    mkdirSync('test-results', { recursive: true });
    await s.page.screenshot({ path: 'test-results/seed-aleppo.png' });
    await s.page.keyboard.press('Escape');
    await panel.waitFor({ state: 'detached' });
  });

  it('hides Ratyan and shows Handarat and Hanano for September to November 2016', async () => {
    const [ratyan, handarat, hanano] = await Promise.all([
      findPlace(s.page, /Ratyan/),
      findPlace(s.page, /Handarat/),
      findPlace(s.page, /Hanano/),
    ]);
    expect(await drawnCount(s.page, ratyan.position)).toBeGreaterThan(0);
    // Labels open with constant paint (the basemap labels' shader program) and read feature-state from the first
    // filter change on, so a hidden place's label fades at once.
    const labelOpacity = () => s.page.evaluate(() => JSON.stringify(window.__map!.getPaintProperty('place-labels', 'text-opacity')));
    expect(await labelOpacity()).toBe('1');
    await setDateRange(s.page, '2016-09-01', '2016-11-30');
    expect(await labelOpacity()).toContain('feature-state');
    await jumpTo(s.page, 37.16, 36.25, 10);
    await settled(s.page);
    expect(await drawnCount(s.page, ratyan.position)).toBe(0);
    expect(await drawnCount(s.page, handarat.position)).toBeGreaterThan(0);
    expect(await drawnCount(s.page, hanano.position)).toBeGreaterThan(0);
    const drawn = await renderedPlaceNames(s.page);
    expect(drawn).toEqual(expect.arrayContaining([handarat.name, hanano.name]));
    expect(drawn).not.toContain(ratyan.name);
    // Labels are laid out again once the dates stand still for a moment (the scrub does not re-layout every tick).
    await expect.poll(() => renderedLabels(s.page, 'place-labels'), { timeout: 5_000 }).not.toContain(ratyan.name);
  });

  it('draws the places again, as filtered, after the WebGL context is lost and restored', async () => {
    // Runs after the September-November test: its dates still apply.
    const [aleppo, ratyan, handarat] = await Promise.all([findPlace(s.page, /^Aleppo$/), findPlace(s.page, /Ratyan/), findPlace(s.page, /Handarat/)]);
    await s.page.evaluate(async () => {
      const lose = window.__map!.getCanvas().getContext('webgl2')!.getExtension('WEBGL_lose_context')!;
      lose.loseContext();
      await new Promise((resolve) => setTimeout(resolve, 200));
      lose.restoreContext();
    });
    // MapLibre rebuilds its style without custom layers or feature-state; the app puts both back.
    await s.page.waitForFunction(() => Boolean(window.__map!.getLayer('place-circles')), undefined, { timeout: 10_000 });
    await jumpTo(s.page, aleppo.lon, aleppo.lat, 9);
    await settled(s.page);
    const pixels = await paintedAt(s.page, aleppo.lon, aleppo.lat);
    expect(pixels.centre, `Aleppo's circle painted ${pixels.centre}`).toSatisfy(isPlaceColourOverLand);
    expect(await drawnCount(s.page, handarat.position)).toBeGreaterThan(0);
    expect(await drawnCount(s.page, ratyan.position)).toBe(0);
  });
});
