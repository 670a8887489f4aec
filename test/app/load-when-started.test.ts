import { afterEach, describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadWhenStarted } from '../../src/app/data/load-when-started.js';
import type { SiteFiles } from '../../src/app/data/load.js';
import type { StartingMap } from '../../src/app/map/create-map.js';
import { DEFAULT_URL_STATE } from '../../src/app/state/url-state.js';
import { placeCountsFor } from '../../src/app/state/shown-counts.js';
import { validateTexts } from '../../src/app/data/validate.js';

/** The bytes fetchSiteFiles would hand over. */
const bytes = (text: string): ArrayBuffer => new TextEncoder().encode(text).buffer as ArrayBuffer;
const read = (name: string): ArrayBuffer => bytes(readFileSync(`test/fixtures/site/${name}`, 'utf8'));
const files = (over: Partial<SiteFiles> = {}): Promise<SiteFiles> =>
  Promise.resolve({ places: read('places.geojson'), articles: read('articles.json'), mentions: read('mentions.json'), report: read('report.json'), ...over });
/** excerpts.json as loadTexts would give it, counting the loads. */
let textLoads = 0;
const loadTexts = async (count: number) => {
  textLoads++;
  return validateTexts(JSON.parse(readFileSync('test/fixtures/site/excerpts.json', 'utf8')), count);
};
const options = { state: DEFAULT_URL_STATE, theme: 'light' as const, loadTexts };

/** A map that has not started (and never will): the data must come anyway. */
const neverStarting = (): StartingMap => ({ map: {} as StartingMap['map'], started: new Promise(() => undefined), awaitsDataCamera: () => false });

afterEach(() => {
  vi.useRealTimers();
  textLoads = 0;
});

describe('loadWhenStarted', () => {
  it('parses the data at once without a map (no WebGL), and leaves the places to nobody', async () => {
    const loaded = await loadWhenStarted(files(), null, options);
    expect(loaded.data.places).toHaveLength(7);
    expect(loaded.table.count).toBe(9);
    expect(loaded.overlay).toBeNull();
    // Nothing to wait for: the excerpts come next.
    expect(textLoads).toBe(1);
    expect((await loaded.texts.settled).count).toBe(9);
  });

  it('loads the excerpts before the opening counts when the URL searches (a word only an excerpt has)', async () => {
    const state = { ...DEFAULT_URL_STATE, search: 'assault' };
    const { table, texts } = await loadWhenStarted(files(), null, { ...options, state });
    const { map: _map, ...filters } = state;
    expect(placeCountsFor(table, filters).reduce((n, c) => n + c, 0)).toBe(0);
    expect(placeCountsFor(table, filters, await texts.settled).reduce((n, c) => n + c, 0)).toBe(1);
    expect(textLoads).toBe(1);
  });

  it('parses the data after a while when the map does not start, and leaves the places to MapView', async () => {
    vi.useFakeTimers();
    let done = false;
    const loading = loadWhenStarted(files(), neverStarting(), options).then((l) => ((done = true), l));
    await vi.advanceTimersByTimeAsync(2_900);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(200);
    const loaded = await loading;
    expect(loaded.overlay).toBeNull();
    expect(loaded.data.articles.length).toBeGreaterThan(0);
  });

  it('rejects with the one-line problem that names the file', async () => {
    await expect(loadWhenStarted(files({ places: bytes('{"type":') }), null, options)).rejects.toThrow('data/places.geojson: not valid JSON');
  });
});

describe('placeCountsFor', () => {
  it('counts what the URL state shows: all dates by default, fewer in a narrower range', async () => {
    const { table } = await loadWhenStarted(files(), null, options);
    const { map: _map, ...state } = DEFAULT_URL_STATE;
    const all = placeCountsFor(table, state);
    const total = all.reduce((n, c) => n + c, 0);
    expect(total).toBeGreaterThan(0);
    const february = placeCountsFor(table, { ...state, range: { from: '2016-02-01', to: '2016-02-29' } });
    const inFebruary = february.reduce((n, c) => n + c, 0);
    expect(inFebruary).toBeGreaterThan(0);
    expect(inFebruary).toBeLessThan(total);
  });
});
