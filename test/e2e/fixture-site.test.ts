/**
 * The same build with the sample data of test/fixtures/site: the undated toggle, article text that looks like
 * markup, a javascript: link, data of an unknown schema version, and data without its excerpts file.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openBrowser, openMap, type Session } from './support/browser.js';
import { clickAt, drawnCount, findPlace, jumpTo } from './support/site.js';
import { DATA_SCHEMA_VERSION } from '../../src/model/contract.js';
import { BAD_PATH, FIXTURE_PATH, NO_EXCERPTS_PATH } from './global-setup.js';

describe('fixture site', () => {
  let s: Session;
  const origin = inject('e2eOrigin');

  beforeAll(async () => {
    s = await openBrowser();
    await openMap(s.page, origin + FIXTURE_PATH);
  });
  afterAll(async () => s?.close());

  it('includes the undated article until its toggle is cleared', async () => {
    const aleppo = await findPlace(s.page, /^Aleppo$/);
    const toggle = s.page.getByRole('checkbox', { name: 'Include 1 undated article' });
    expect(await toggle.isChecked()).toBe(true);
    expect(await drawnCount(s.page, aleppo.position)).toBe(3);
    await toggle.uncheck();
    expect(await drawnCount(s.page, aleppo.position)).toBe(2);
    await toggle.check();
    expect(await drawnCount(s.page, aleppo.position)).toBe(3);
  });

  it('shows excerpt text that looks like markup as text, and links only http(s) URLs', async () => {
    const aleppo = await findPlace(s.page, /^Aleppo$/);
    await jumpTo(s.page, aleppo.lon, aleppo.lat, 10);
    await clickAt(s.page, aleppo.lon, aleppo.lat);
    const panel = s.page.getByRole('region', { name: 'Aleppo' });
    await panel.waitFor();
    await expect.poll(() => panel.textContent()).toContain('<img src=x onerror="window.__xss=1">');
    expect(await panel.locator('img, b').count()).toBe(0);
    expect(await s.page.evaluate(() => (window as { __xss?: number }).__xss)).toBeUndefined();
    // The September article's URL is javascript:, so its title is plain text; the February one links out safely.
    const links = panel.locator('a');
    expect(await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(['https://example.org/feb']);
    expect(await links.first().getAttribute('rel')).toBe('noopener noreferrer');
    expect(await panel.textContent()).toContain('(inferred)');
  });

  it('says clearly when the data has another schema version', async () => {
    const bad = await openBrowser();
    try {
      await bad.page.goto(origin + BAD_PATH);
      const alert = bad.page.getByRole('alert');
      await alert.waitFor();
      expect(await alert.textContent()).toContain(`articles.json: data schema 999, this app reads schema ${DATA_SCHEMA_VERSION}`);
    } finally {
      await bad.close();
    }
  });

  it('keeps the map, counts and filters when excerpts.json is missing, and says so where the excerpts would be', async () => {
    const other = await openBrowser();
    try {
      await openMap(other.page, origin + NO_EXCERPTS_PATH);
      const aleppo = await findPlace(other.page, /^Aleppo$/);
      expect(await drawnCount(other.page, aleppo.position)).toBe(3);
      await jumpTo(other.page, aleppo.lon, aleppo.lat, 10);
      await clickAt(other.page, aleppo.lon, aleppo.lat);
      const panel = other.page.getByRole('region', { name: 'Aleppo' });
      await panel.getByRole('alert').waitFor();
      expect(await panel.getByRole('alert').textContent()).toBe(
        'The excerpts could not be loaded: data/excerpts.json: missing (HTTP 404); build the data with npm run data',
      );
    } finally {
      await other.close();
    }
  });
});
