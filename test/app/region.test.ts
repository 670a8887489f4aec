import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadRegion } from '../../src/app/data/load.js';

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
