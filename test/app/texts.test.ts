import { describe, expect, it } from 'vitest';
import { lazyTexts } from '../../src/app/data/texts.js';
import { columnsOf } from '../../src/model/mention-columns.js';

const { texts } = columnsOf([], { placeIds: [], articleIds: [] });

describe('lazyTexts', () => {
  it('loads only when asked, once however often asked, and tells every follower', async () => {
    let loads = 0;
    const lazy = lazyTexts(async () => (loads++, texts));
    let followed = false;
    void lazy.settled.then(() => (followed = true));
    await Promise.resolve();
    expect(loads).toBe(0);
    expect(followed).toBe(false);
    const [a, b] = await Promise.all([lazy.request(), lazy.request()]);
    expect(a).toBe(texts);
    expect(b).toBe(texts);
    expect(loads).toBe(1);
    expect(await lazy.settled).toBe(texts);
    expect(followed).toBe(true);
  });

  it('passes a failed load on to the followers', async () => {
    const lazy = lazyTexts(() => Promise.reject(new Error('excerpts.json: missing (HTTP 404)')));
    await expect(lazy.request()).rejects.toThrow('excerpts.json: missing (HTTP 404)');
    await expect(lazy.settled).rejects.toThrow('excerpts.json: missing (HTTP 404)');
  });
});
