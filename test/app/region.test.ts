import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadOpening, loadRegion } from '../../src/app/data/load.js';
import { DATA_SCHEMA_VERSION } from '../../src/model/contract.js';

const BASE = 'http://site.test/newsmap/';

function serve(status: number, body: string) {
  const fetch = vi.fn(async (url: URL | string) => {
    expect(String(url)).toBe('http://site.test/newsmap/basemap/region.json');
    return new Response(body, { status });
  });
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

afterEach(() => vi.unstubAllGlobals());

describe('loadRegion (where the map opens while the data loads)', () => {
  it('reads the bbox npm run basemap writes, relative to the page', async () => {
    const fetch = serve(200, JSON.stringify({ bbox: [25.95, 26, 47, 44.01], basis: 'places' }));
    expect(await loadRegion(BASE)).toEqual([
      [25.95, 26],
      [47, 44.01],
    ]);
    expect(fetch).toHaveBeenCalledOnce();
  });

  it('is null (default view) when the file is missing or not a bbox', async () => {
    serve(404, 'not found');
    expect(await loadRegion(BASE)).toBeNull();
    serve(200, JSON.stringify({ bbox: [1, 2, 3] }));
    expect(await loadRegion(BASE)).toBeNull();
    serve(200, JSON.stringify({ bbox: [1, 2, 'x', 4] }));
    expect(await loadRegion(BASE)).toBeNull();
    serve(200, '{not json');
    expect(await loadRegion(BASE)).toBeNull();
  });
});

describe('loadOpening (the camera the map is made with)', () => {
  function serveFiles(files: Record<string, string>) {
    vi.stubGlobal('fetch', vi.fn(async (url: URL | string) => {
      const path = String(url).slice(BASE.length);
      return path in files ? new Response(files[path], { status: 200 }) : new Response('not found', { status: 404 });
    }));
  }

  it("is the data build's published view when there is one: the map need not move when the data comes", async () => {
    serveFiles({
      'data/view.json': JSON.stringify({ schema: DATA_SCHEMA_VERSION, bounds: [[36, 35], [38.5, 37]] }),
      'basemap/region.json': JSON.stringify({ bbox: [25.95, 26, 47, 44.01] }),
    });
    expect(await loadOpening(BASE)).toEqual({ bounds: [[36, 35], [38.5, 37]], final: true });
  });

  it('falls back to the basemap region, to be refined once the data is in, when the view is missing or of another schema', async () => {
    serveFiles({ 'basemap/region.json': JSON.stringify({ bbox: [25.95, 26, 47, 44.01] }) });
    expect(await loadOpening(BASE)).toEqual({ bounds: [[25.95, 26], [47, 44.01]], final: false });
    serveFiles({ 'data/view.json': JSON.stringify({ schema: 1, bounds: [[36, 35], [38.5, 37]] }) });
    expect(await loadOpening(BASE)).toEqual({ bounds: null, final: false });
  });
});
