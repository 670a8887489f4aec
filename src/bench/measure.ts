/**
 * Browser measurements for npm run bench:app (Node + playwright-core; never imported by the app).
 *
 * - First idle: the app's `window.__newsmap.firstIdleMs` (performance.now() at the map's first idle with the places
 *   drawn, set by src/app/test-hooks.ts) and the bare page's `window.__bare.firstIdleMs`, both counted from
 *   navigation start, each in a fresh browser context (cold cache).
 * - Slider latency: keyboard steps on the date slider, timed from the key event's timestamp (when the browser
 *   received the input) to: the frame after the slider showed its new value (UI); the first map frame drawn after the
 *   app changed the map (feature state, filter, paint/layout property or source data); and the first map frame with
 *   every source loaded again. Steps that changed nothing on the map are counted apart. The label lists (global
 *   state) are not a step's change: the app applies them once the dates have stood still for 400 ms, so on a sparse
 *   corpus they landed during the next step's wait and were timed as that step's (about 250 ms on the seeds).
 */
import type { Browser, Page } from 'playwright-core';

export type LoadResult = {
  firstIdleMs: number;
  /** When the page's data had loaded (the app's window.__newsmap.dataMs), else NaN. */
  dataMs: number;
  /** When the map fired `load` (window.__newsmap / __bare .mapLoadMs), else NaN. */
  mapLoadMs: number;
  /** When the map's style was parsed: the page's `<name>:map-style` performance mark (both pages set one), else NaN. */
  mapStyleMs: number;
  /** When the app's excerpts had loaded (they load after first idle; window.__newsmap.textsMs), else NaN. */
  textsMs: number;
  view: string;
  /** The map canvas's size in CSS px ("940×642"): the pixels each frame draws, which software WebGL pays for. */
  canvas: string;
  offOrigin: string[];
  error: string | null;
};

/** The window every page is measured in. */
export const BENCH_VIEWPORT = { width: 1280, height: 800 };

/**
 * Load a page in a fresh context (a `viewport` other than BENCH_VIEWPORT if given) and wait for `hook` (a global
 * path like "__newsmap.firstIdleMs") to be set.
 */
export async function measureFirstIdle(
  browser: Browser,
  url: string,
  hook: '__newsmap' | '__bare',
  timeoutMs = 180_000,
  viewport = BENCH_VIEWPORT,
): Promise<LoadResult & { page: Page; close(): Promise<void> }> {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const origin = new URL(url).origin;
  const offOrigin: string[] = [];
  page.on('request', (request) => {
    const target = request.url();
    if (!target.startsWith(origin) && !target.startsWith('data:') && !target.startsWith('blob:')) offOrigin.push(target);
  });
  let error: string | null = null;
  page.on('pageerror', (e) => {
    error ??= e.message;
  });
  await page.goto(url);
  await page.waitForFunction(
    (name) => {
      const hooks = (window as unknown as Record<string, { firstIdleMs: number | null; error?: string | null } | undefined>)[name];
      return Boolean(hooks && (hooks.firstIdleMs !== null || hooks.error));
    },
    hook,
    { timeout: timeoutMs, polling: 50 },
  );
  // The app is measured (and scrubbed) once its excerpts are in too: the steady state a reader works in.
  if (hook === '__newsmap') {
    await page
      .waitForFunction(() => window.__newsmap?.textsMs != null || window.__newsmap?.error, undefined, { timeout: 30_000, polling: 50 })
      .catch(() => undefined);
  }
  const result = await page.evaluate((name) => {
    const hooks = (window as unknown as Record<string, { firstIdleMs: number | null; dataMs?: number | null; mapLoadMs?: number | null; textsMs?: number | null; error?: string | null }>)[name]!;
    const map = (window as unknown as { __map?: { getZoom(): number; getCenter(): { lat: number; lng: number } } }).__map;
    const view = map ? `${map.getZoom().toFixed(2)}/${map.getCenter().lat.toFixed(4)}/${map.getCenter().lng.toFixed(4)}` : '';
    const canvas = document.querySelector('canvas.maplibregl-canvas');
    const style = performance.getEntriesByType('mark').find((mark) => mark.name.endsWith(':map-style'));
    return {
      firstIdleMs: hooks.firstIdleMs ?? NaN,
      dataMs: hooks.dataMs ?? NaN,
      mapLoadMs: hooks.mapLoadMs ?? NaN,
      mapStyleMs: style?.startTime ?? NaN,
      textsMs: hooks.textsMs ?? NaN,
      error: hooks.error ?? null,
      view,
      canvas: canvas ? `${canvas.clientWidth}×${canvas.clientHeight}` : '',
    };
  }, hook);
  return { ...result, error: result.error ?? error, offOrigin, page, close: () => context.close() };
}

export type ScrubResult = {
  /** Input → first animation frame after the slider showed the new value (the timeline's own update), ms. */
  ui: number[];
  /** Input → first map frame drawn after the app changed the map (circles re-sized), ms. */
  mapFirst: number[];
  /** Input → first map frame with every source loaded again (labels re-laid out too), ms. */
  map: number[];
  /** Steps after which the map did not change within the wait (e.g. an empty window moved to another empty one). */
  unchanged: number;
  slider: string;
};

/**
 * Press arrow keys on the first slider of the page, one step at a time, and time each update. The first `warmUp`
 * steps are not counted: they measure the JIT compiling the handlers, not scrubbing.
 */
export async function measureScrub(page: Page, steps: number, pauseMs = 60, warmUp = 5): Promise<ScrubResult> {
  const slider = page.getByRole('slider').first();
  if ((await slider.count()) === 0) throw new Error('no element with role slider on the page');
  const label = (await slider.getAttribute('aria-label')) ?? 'slider';
  await page.evaluate(PROBE);
  await slider.focus();
  let key = 'ArrowRight';
  let unchanged = 0;
  const ui: number[] = [];
  const map: number[] = [];
  const mapFirst: number[] = [];
  for (let i = 0; i < steps + warmUp; i++) {
    const counted = i >= warmUp;
    const before = await sliderValue(page);
    await page.keyboard.press(key);
    // Wait for both figures, or give up on the map after a while: not every step changes what is drawn.
    await page
      .waitForFunction(() => {
        const probe = (window as unknown as ProbeWindow).__scrub!;
        return probe.ui !== null && probe.map !== null;
      }, undefined, { timeout: 800, polling: 'raf' })
      .catch(() => null);
    const sample = await page.evaluate(() => {
      const probe = (window as unknown as ProbeWindow).__scrub!;
      const out = { ui: probe.ui, map: probe.map, mapFirst: probe.mapFirst };
      probe.ui = null;
      probe.map = null;
      probe.mapFirst = null;
      probe.waiting = false;
      return out;
    });
    if (counted) {
      if (sample.ui !== null) ui.push(sample.ui);
      if (sample.mapFirst === null) unchanged++;
      else mapFirst.push(sample.mapFirst);
      if (sample.map !== null) map.push(sample.map);
    }
    // At the end of its track the slider stops moving: turn round.
    if ((await sliderValue(page)) === before) key = key === 'ArrowRight' ? 'ArrowLeft' : 'ArrowRight';
    await page.waitForTimeout(pauseMs);
  }
  return { ui, mapFirst, map, unchanged, slider: label };
}

type Probe = { waiting: boolean; dirty: boolean; t0: number; ui: number | null; map: number | null; mapFirst: number | null; uiPending?: boolean };
type ProbeWindow = { __scrub?: Probe };

async function sliderValue(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLInputElement | null;
    return `${el?.getAttribute('aria-valuenow') ?? ''}|${el?.value ?? ''}|${el?.getAttribute('aria-valuetext') ?? ''}`;
  });
}

/**
 * Runs in the page: marks when the app touches the map after a key press, and times the next complete frame.
 * Plain JavaScript in a string: a function compiled by tsx would carry helper calls (__name) the page lacks.
 */
const PROBE = `(() => {
  const map = window.__map;
  if (!map) throw new Error('window.__map is missing: the app must expose its MapLibre map for the benchmark');
  const probe = { waiting: false, dirty: false, t0: 0, ui: null, map: null, mapFirst: null };
  window.__scrub = probe;
  const wrap = (target, name) => {
    const original = target[name];
    if (typeof original !== 'function') return;
    target[name] = function (...args) {
      if (probe.waiting) probe.dirty = true;
      return original.apply(this, args);
    };
  };
  for (const name of ['setFeatureState', 'removeFeatureState', 'setFilter', 'setPaintProperty', 'setLayoutProperty']) wrap(map, name);
  for (const id of Object.keys(map.getStyle().sources)) {
    const source = map.getSource(id);
    if (source) for (const name of ['setData', 'updateData']) wrap(source, name);
  }
  map.on('render', () => {
    if (!probe.waiting || !probe.dirty) return;
    const now = performance.now() - probe.t0;
    if (probe.mapFirst === null) probe.mapFirst = now;
    if (probe.map === null && map.areTilesLoaded()) probe.map = now;
  });
  // The slider's own update: its value attributes change when React commits, the frame after that shows it.
  new MutationObserver(() => {
    if (!probe.waiting || probe.ui !== null || probe.uiPending) return;
    probe.uiPending = true;
    requestAnimationFrame(() => {
      probe.ui = performance.now() - probe.t0;
      probe.uiPending = false;
    });
  }).observe(document.body, { subtree: true, attributes: true, attributeFilter: ['aria-valuenow', 'aria-valuetext', 'value'] });
  window.addEventListener('keydown', (event) => {
    probe.t0 = event.timeStamp;
    probe.waiting = true;
    probe.dirty = false;
    probe.ui = null;
    probe.map = null;
    probe.mapFirst = null;
  }, true);
})()`;
