/**
 * The browser the e2e tests and npm run bench:app drive starts nothing but the page: no renderer of the browser's own
 * UI competing with the page for the machine's two cores (see src/bench/chromium-args.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowser, type Session } from './support/browser.js';

describe('headless Chromium', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openBrowser();
  });
  afterAll(async () => s?.close());

  it('runs no browser UI pages beside the page under test', async () => {
    await s.page.goto('about:blank');
    // Give the browser the time it takes to start its omnibox popup when that is not switched off.
    await s.page.waitForTimeout(1000);
    const cdp = await s.context.newCDPSession(s.page);
    const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: Array<{ type: string; url: string }> };
    expect(targetInfos.filter((t) => t.type === 'page')).toHaveLength(1);
    expect(targetInfos.filter((t) => t.url.startsWith('chrome://')).map((t) => t.url)).toEqual([]);
  });
});
