/** Debian's Chromium driven by playwright-core: a fresh profile per launch, headless, no background traffic. */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page, type Request } from 'playwright-core';
import { CHROMIUM, HEADLESS_CHROMIUM_ARGS } from '../../../src/bench/chromium-args.js';

export type Session = {
  context: BrowserContext;
  page: Page;
  /** Every request the page made, in order. */
  requests: string[];
  close: () => Promise<void>;
};

export function assertChromium(): void {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `e2e: Chromium not found at ${CHROMIUM}. Install it (apt-get install -y chromium) or set NEWSMAP_CHROMIUM; these tests never skip.`,
    );
  }
}

export async function openBrowser(options: { width?: number; height?: number; colorScheme?: 'light' | 'dark' } = {}): Promise<Session> {
  assertChromium();
  const profile = mkdtempSync(join(tmpdir(), 'newsmap-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: options.width ?? 1280, height: options.height ?? 800 },
    colorScheme: options.colorScheme ?? 'light',
    args: [...HEADLESS_CHROMIUM_ARGS],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const requests: string[] = [];
  context.on('request', (r: Request) => requests.push(r.url()));
  return {
    context,
    page,
    requests,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Loads the site and waits until the map has gone idle with the places drawn (window.__newsmap.firstIdleMs). */
export async function openMap(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForFunction(() => window.__newsmap?.ready === true, undefined, { timeout: 60_000 });
  const error = await page.evaluate(() => window.__newsmap?.error ?? null);
  if (error) throw new Error(`the site reported: ${error}`);
  await page.waitForFunction(() => window.__newsmap?.firstIdleMs != null, undefined, { timeout: 90_000 });
}
