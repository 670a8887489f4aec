/**
 * Issue 4 on the seed site: the histogram timeline (scrub, play), event dates in the excerpts, URL state, export,
 * phone width, and axe-core with no serious or critical violations.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { openBrowser, openMap, type Session } from './support/browser.js';
import { drawnCount, findPlace, jumpTo, setDateRange, settled } from './support/site.js';
import { seriousAxeIssues } from './support/axe.js';
import { SITE_PATH } from './global-setup.js';
import { DATA_FILES } from '../../src/model/contract.js';

const origin = inject('e2eOrigin');
const SITE = () => origin + SITE_PATH;

describe('timeline', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openBrowser();
    await openMap(s.page, SITE());
  });
  afterAll(async () => s?.close());

  const highlightedBars = () => s.page.locator('.histogram .bar.in').count();

  it('scrubbing with the keyboard moves the histogram highlight and changes the places', async () => {
    const [ratyan, hanano] = await Promise.all([findPlace(s.page, /Ratyan/), findPlace(s.page, /Hanano/)]);
    await setDateRange(s.page, '2016-02-01', '2016-02-28');
    const slider = s.page.getByRole('slider', { name: 'Date range' });
    // The range is clamped to the first dated article (5 Feb).
    expect(await slider.getAttribute('aria-valuetext')).toBe('5–28 Feb 2016');
    expect(await drawnCount(s.page, ratyan.position)).toBeGreaterThan(0);
    expect(await drawnCount(s.page, hanano.position)).toBe(0);
    const before = await s.page.locator('.histogram .bar').evaluateAll((bars) => bars.map((b) => b.getAttribute('class')));

    await slider.focus();
    await s.page.keyboard.press('End');
    await settled(s.page);
    expect(await slider.getAttribute('aria-valuetext')).toMatch(/27 Nov 2016$/);
    expect(await drawnCount(s.page, ratyan.position)).toBe(0);
    expect(await drawnCount(s.page, hanano.position)).toBeGreaterThan(0);
    const after = await s.page.locator('.histogram .bar').evaluateAll((bars) => bars.map((b) => b.getAttribute('class')));
    expect(after).not.toEqual(before);
    expect(await highlightedBars()).toBeGreaterThan(0);

    await s.page.keyboard.press('Shift+ArrowLeft');
    expect(await slider.getAttribute('aria-valuetext')).not.toMatch(/27 Nov 2016$/);
  });

  it('plays forward one unit at a time and stops at the end', async () => {
    // Eight weeks before the last article: enough steps to see it move, few enough to keep the test short.
    await setDateRange(s.page, '2016-09-26', '2016-10-02');
    await s.page.getByRole('combobox', { name: 'Speed' }).selectOption('4');
    await s.page.getByRole('checkbox', { name: 'Skip gaps' }).uncheck();
    const slider = s.page.getByRole('slider', { name: 'Date range' });
    const seen = await playToTheEnd();
    // One week at a time, the empty ones too.
    expect(seen.slice(0, 3)).toEqual(['3–9 Oct 2016', '10–16 Oct 2016', '17–23 Oct 2016']);
    expect(await slider.getAttribute('aria-valuetext')).toMatch(/27 Nov 2016$/);
  });

  it('skips the weeks without a mention when playing with "Skip gaps"', async () => {
    await setDateRange(s.page, '2016-02-05', '2016-02-11');
    await s.page.getByRole('combobox', { name: 'Speed' }).selectOption('4');
    await s.page.getByRole('checkbox', { name: 'Skip gaps' }).check();
    // From the 5 February week straight to the weeks of the 24 September and 27 November articles.
    expect(await playToTheEnd()).toEqual(['23–29 Sep 2016', '21–27 Nov 2016']);
  });

  /** Plays until playback stops, and gives every range the slider showed on the way (recorded in the page). */
  async function playToTheEnd(): Promise<string[]> {
    const slider = s.page.getByRole('slider', { name: 'Date range' });
    await slider.evaluate((el) => {
      const seen: string[] = [];
      (window as { __seen?: string[] }).__seen = seen;
      new MutationObserver(() => seen.push(el.getAttribute('aria-valuetext') ?? '')).observe(el, { attributeFilter: ['aria-valuetext'] });
    });
    await s.page.getByRole('button', { name: 'Play' }).click();
    await s.page.getByRole('button', { name: 'Pause' }).waitFor();
    await s.page.getByRole('button', { name: 'Play' }).waitFor({ timeout: 60_000 });
    return s.page.evaluate(() => (window as { __seen?: string[] }).__seen ?? []);
  }
});

describe('excerpts, URL state and export', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openBrowser();
    await openMap(s.page, SITE());
  });
  afterAll(async () => s?.close());

  it('loads the excerpts after the map has drawn the places, once', async () => {
    await s.page.waitForFunction(() => window.__newsmap?.textsMs != null, undefined, { timeout: 30_000 });
    const { firstIdleMs, textsMs, requested } = await s.page.evaluate((file) => ({
      firstIdleMs: window.__newsmap!.firstIdleMs!,
      textsMs: window.__newsmap!.textsMs!,
      requested: performance.getEntriesByType('resource').filter((r) => r.name.endsWith(`/data/${file}`)).map((r) => r.startTime),
    }), DATA_FILES.excerpts);
    expect(requested).toHaveLength(1);
    expect(requested[0]).toBeGreaterThanOrEqual(firstIdleMs);
    expect(textsMs).toBeGreaterThan(firstIdleMs);
  });

  it('finds a place with the search box and the keyboard, and shows the event date an excerpt gives', async () => {
    const search = s.page.getByRole('combobox', { name: 'Search places and articles' });
    await search.fill('Mayer');
    await search.press('ArrowDown');
    await search.press('Enter');
    const panel = s.page.getByRole('region', { name: 'Mayer' });
    await panel.waitFor();
    const friday = panel.locator('.excerpt-item', { hasText: 'on Friday' });
    expect(await friday.locator('.event-date').textContent()).toBe('2016-02-05');
    expect(await panel.locator('.article-meta time').first().getAttribute('datetime')).toBe('2016-02-05');
    expect(await panel.textContent()).toMatch(/confidence \d+%/);
  });

  it('restores place, dates and view from a copied link', async () => {
    const aleppo = await findPlace(s.page, /^Aleppo$/);
    await setDateRange(s.page, '2016-02-01', '2016-02-29');
    await s.page.getByRole('tab', { name: 'Places' }).click();
    await s.page.getByRole('list', { name: 'Places shown' }).getByRole('button', { name: /^Aleppo \d/ }).click();
    await s.page.evaluate(([lon, lat]) => window.__map!.jumpTo({ center: [lon!, lat!], zoom: 8.5 }), [aleppo.lon, aleppo.lat]);
    await settled(s.page);
    await expect.poll(() => s.page.url(), { timeout: 5_000 }).toMatch(/map=8\.5\/.*place=regional(:|~3A)aleppo.*from=2016-02-05&to=2016-02-29/);
    const link = s.page.url();

    const other = await openBrowser();
    try {
      await openMap(other.page, link);
      expect(await other.page.getByRole('region', { name: 'Aleppo' }).count()).toBe(1);
      expect(await other.page.getByRole('slider', { name: 'Date range' }).getAttribute('aria-valuetext')).toBe('5–29 Feb 2016');
      const view = await other.page.evaluate(() => ({ zoom: window.__map!.getZoom(), center: window.__map!.getCenter() }));
      expect(view.zoom).toBeCloseTo(8.5, 1);
      expect(view.center.lng).toBeCloseTo(aleppo.lon, 2);
      expect(view.center.lat).toBeCloseTo(aleppo.lat, 2);
    } finally {
      await other.close();
    }
  });

  it('exports exactly the mentions shown', async () => {
    await setDateRange(s.page, '2016-09-01', '2016-11-30');
    const countText = await s.page.locator('.visible-count').textContent();
    const [, places, mentions] = /(\d+) places · (\d+) mentions/.exec(countText ?? '')!.map(Number) as number[];
    const [download] = await Promise.all([s.page.waitForEvent('download'), s.page.getByRole('button', { name: 'GeoJSON' }).click()]);
    expect(download.suggestedFilename()).toBe('newsmap-mentions-2016-09-01_2016-11-27.geojson');
    const exported = JSON.parse(readFileSync((await download.path())!, 'utf8')) as {
      features: Array<{ properties: { placeName: string; published: string; role: string } }>;
    };
    expect(exported.features).toHaveLength(mentions!);
    expect(new Set(exported.features.map((f) => f.properties.placeName)).size).toBe(places);
    for (const f of exported.features) {
      expect(f.properties.published >= '2016-09-01' && f.properties.published <= '2016-11-30').toBe(true);
      expect(['literal', 'dateline']).toContain(f.properties.role);
    }
    // The list follows the dates once they have stood still (LIST_QUIET_MS) and React has drawn it.
    await expect.poll(() => s.page.getByRole('list', { name: 'Places shown' }).getByRole('button').count(), { timeout: 5000 }).toBe(places);

    const [csv] = await Promise.all([s.page.waitForEvent('download'), s.page.getByRole('button', { name: 'CSV' }).click()]);
    const text = readFileSync((await csv.path())!, 'utf8');
    expect(text.split('\r\n')[0]).toMatch(/^mentionId,placeId,placeName/);
    for (const f of exported.features) expect(text).toContain(f.properties.placeName);
  });
});

describe('article list and filters', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openBrowser();
    await openMap(s.page, SITE());
  });
  afterAll(async () => s?.close());

  // Whether the place's circle is drawn outlined in the selection colour.
  const highlighted = (position: number) =>
    s.page.evaluate((id) => Boolean(window.__newsmap!.circles!().find((c) => c.kind === 'place' && c.id === id)?.outlined), position);

  it('highlights the places of the article chosen in the list', async () => {
    const handarat = await findPlace(s.page, /Handarat/);
    // Close enough for Handarat to be drawn as itself, not inside a cluster.
    await jumpTo(s.page, handarat.lon, handarat.lat, 9);
    await s.page.getByRole('tab', { name: 'Articles' }).click();
    const memo = s.page.getByRole('button', { name: /Assad regime advances in Aleppo/ });
    await memo.click();
    expect(await memo.getAttribute('aria-pressed')).toBe('true');
    expect(await highlighted(handarat.position)).toBe(true);
    await memo.click();
    expect(await highlighted(handarat.position)).toBe(false);
  });

  it('filters by outlet and by role, and the visible count follows', async () => {
    const handarat = await findPlace(s.page, /Handarat/);
    const count = async () => Number(/(\d+) mentions/.exec((await s.page.locator('.visible-count').textContent()) ?? '')![1]);
    const all = await count();
    await s.page.getByRole('tab', { name: 'Filters' }).click();
    await s.page.getByRole('checkbox', { name: 'Middle East Monitor' }).uncheck();
    expect(await drawnCount(s.page, handarat.position)).toBe(0);
    expect(await count()).toBeLessThan(all);
    await s.page.getByRole('checkbox', { name: 'Middle East Monitor' }).check();
    expect(await count()).toBe(all);
    await s.page.getByRole('checkbox', { name: /Demonyms/ }).check();
    expect(await count()).toBeGreaterThan(all);
    for (const role of ['Places', 'Datelines', /Demonyms/]) await s.page.getByRole('checkbox', { name: role }).uncheck();
    expect(await count()).toBe(0);
    expect(await s.page.locator('.histogram .bar').count()).toBe(0);
  });
});

describe('everyone', () => {
  it('docks the sidebar and the timeline beside the map on desktop, and makes the map at its final size', async () => {
    const s = await openBrowser({ width: 1280, height: 800 });
    try {
      // Counts the map's resizes from the moment it is made (create-map.ts exposes it as window.__map at once).
      await s.page.addInitScript(() => {
        let map: unknown;
        Object.defineProperty(window, '__map', {
          configurable: true,
          get: () => map,
          set: (made: { on(type: 'resize', listener: () => void): void }) => {
            map = made;
            (window as unknown as { resizes: number }).resizes = 0;
            made.on('resize', () => (window as unknown as { resizes: number }).resizes++);
          },
        });
      });
      await openMap(s.page, SITE());
      const layout = await s.page.evaluate(() => {
        const box = (selector: string) => document.querySelector(selector)!.getBoundingClientRect().toJSON() as DOMRect;
        return { map: box('.maplibregl-canvas'), sidebar: box('.sidebar'), timeline: box('.timeline-bar'), resizes: (window as unknown as { resizes: number }).resizes };
      });
      expect(layout.map).toMatchObject({ top: 0, right: 1280, left: layout.sidebar.right, bottom: layout.timeline.top });
      expect(layout.sidebar).toMatchObject({ top: 0, left: 0 });
      expect(layout.timeline).toMatchObject({ left: 0, right: 1280, bottom: 800 });
      // Made before React in the rectangle React's layout gives it: a resize would clear and redraw the map.
      expect(layout.resizes).toBe(0);
    } finally {
      await s.close();
    }
  });

  it('fits a 390 px phone without horizontal scrolling, in dark mode too', async () => {
    const s = await openBrowser({ width: 390, height: 844, colorScheme: 'dark' });
    try {
      await openMap(s.page, SITE());
      const overflow = () => s.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(await overflow()).toBe(0);
      // On a phone the map has the whole screen; the panels are cards over it.
      expect(await s.page.locator('.maplibregl-canvas').boundingBox()).toMatchObject({ x: 0, y: 0, width: 390, height: 844 });
      await s.page.getByRole('button', { name: 'List & filters' }).click();
      await s.page.getByRole('list', { name: 'Places shown' }).getByRole('button', { name: /^Aleppo \d/ }).click();
      await s.page.getByRole('region', { name: 'Aleppo' }).waitFor();
      expect(await overflow()).toBe(0);
      expect(await s.page.evaluate(() => getComputedStyle(document.body).backgroundColor)).not.toBe('rgb(255, 255, 255)');
    } finally {
      await s.close();
    }
  });

  it.each(['light', 'dark'] as const)('has no serious or critical axe violations (%s)', async (colorScheme) => {
    const s = await openBrowser({ colorScheme });
    try {
      await openMap(s.page, SITE() + '#place=regional:aleppo');
      await s.page.getByRole('region', { name: 'Aleppo' }).waitFor();
      expect(await seriousAxeIssues(s.page)).toEqual([]);
      for (const tab of ['Articles', 'Filters', 'About']) {
        await s.page.getByRole('tab', { name: tab }).click();
        expect(await seriousAxeIssues(s.page)).toEqual([]);
      }
    } finally {
      await s.close();
    }
  });
});
