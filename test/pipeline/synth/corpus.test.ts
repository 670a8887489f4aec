import { describe, expect, it } from 'vitest';
import { ingestArticle } from '../../../src/pipeline/ingest/ingest-article.js';
import { findEventDate } from '../../../src/pipeline/dates/event-date.js';
import { SYNTH_OUTLETS, planStories, startOfYear, synthArticle } from '../../../src/pipeline/synth/corpus.js';
import { SYNTH_REGIONS, withGazetteerPlaces } from '../../../src/pipeline/synth/places.js';
import { createRandom } from '../../../src/pipeline/synth/random.js';
import { dayToIso } from '../../../src/model/time.js';

const plan = planStories({ articles: 300, seed: 7, regions: SYNTH_REGIONS, startDay: startOfYear(2023) });
const files = Array.from({ length: 300 }, (_, i) => synthArticle(plan, i));
const ingested = files.map((f) => ({ file: f, outcome: ingestArticle(f.fileName, new TextEncoder().encode(f.content), { id: f.fileName, config: { dateOrder: 'dmy' } }) }));
const placeNames = SYNTH_REGIONS.flatMap((r) => r.places.map((p) => p.name));

describe('synthetic corpus', () => {
  it('is deterministic for a seed and differs for another', () => {
    const again = planStories({ articles: 300, seed: 7, regions: SYNTH_REGIONS, startDay: startOfYear(2023) });
    expect(synthArticle(again, 42)).toEqual(files[42]);
    const other = planStories({ articles: 300, seed: 8, regions: SYNTH_REGIONS, startDay: startOfYear(2023) });
    expect(synthArticle(other, 42).content).not.toBe(files[42]!.content);
  });

  it('writes every format users bring', () => {
    const extensions = new Set(files.map((f) => f.fileName.split('.').pop()));
    expect([...extensions].sort()).toEqual(['html', 'md', 'txt']);
    expect(files.some((f) => f.content.startsWith('---\npost_title:'))).toBe(true);
    expect(files.some((f) => f.fileName.endsWith('.txt') && !f.content.startsWith('---'))).toBe(true);
  });

  it('ingests with the real pipeline: title, outlet, and a publication date within the year', () => {
    const failures = ingested.filter((x) => !x.outcome.ok);
    expect(failures.map((x) => x.file.fileName)).toEqual([]);
    let dated = 0;
    for (const { outcome } of ingested) {
      if (!outcome.ok) continue;
      const { article } = outcome.value;
      expect(article.title.length).toBeGreaterThan(10);
      if (article.published.date) {
        dated++;
        expect(article.published.date.startsWith('2023-')).toBe(true);
      }
      if (article.outlet) expect(SYNTH_OUTLETS).toContain(article.outlet);
    }
    expect(dated).toBeGreaterThan(270); // about 2% undated by design
    expect(dated).toBeLessThan(300);
  });

  it('mentions the regions\' real places in the body', () => {
    const ok = ingested.filter((x) => x.outcome.ok).map((x) => (x.outcome.ok ? x.outcome.value.paragraphs.join(' ') : ''));
    const perArticle = ok.map((text) => placeNames.filter((n) => text.includes(n)).length);
    expect(Math.min(...perArticle)).toBeGreaterThanOrEqual(1);
    expect(perArticle.reduce((a, b) => a + b, 0) / perArticle.length).toBeGreaterThan(3);
  });

  it('spreads articles over the year in bursts and across several outlets', () => {
    const months = new Set<string>();
    const outlets = new Set<string>();
    for (const { outcome } of ingested) {
      if (!outcome.ok) continue;
      if (outcome.value.article.published.date) months.add(outcome.value.article.published.date.slice(0, 7));
      if (outcome.value.article.outlet) outlets.add(outcome.value.article.outlet);
    }
    expect(months.size).toBeGreaterThanOrEqual(4);
    expect(outlets.size).toBeGreaterThanOrEqual(5);
  });

  it('gives sentences whose event dates resolve against the publication date', () => {
    let resolved = 0;
    for (const { outcome } of ingested) {
      if (!outcome.ok || !outcome.value.article.published.date) continue;
      for (const p of outcome.value.paragraphs) {
        const event = findEventDate(p, outcome.value.article.published.date);
        if (!event) continue;
        resolved++;
        expect(event.date <= outcome.value.article.published.date).toBe(true);
      }
    }
    expect(resolved).toBeGreaterThan(100);
  });

  it('refuses regions with fewer than two places', () => {
    expect(() => planStories({ articles: 1, seed: 1, regions: [{ id: 'x', label: 'X', places: [{ name: 'Aleppo', country: 'SY' }] }], startDay: 0 })).toThrow(/two places/);
  });
});

describe('withGazetteerPlaces', () => {
  it('adds curated towns to the region of their country, skipping areas and unknown countries', () => {
    const regions = withGazetteerPlaces(SYNTH_REGIONS, [
      { name: 'Handarat', kind: 'camp', country: 'SY' },
      { name: 'Aleppo Governorate', kind: 'province', country: 'SY' },
      { name: 'Springfield', kind: 'town', country: 'US' },
    ]);
    const levant = regions.find((r) => r.id === 'levant')!.places.map((p) => p.name);
    expect(levant).toContain('Handarat');
    expect(levant).not.toContain('Aleppo Governorate');
    expect(regions.flatMap((r) => r.places).some((p) => p.name === 'Springfield')).toBe(false);
    expect(SYNTH_REGIONS.find((r) => r.id === 'levant')!.places.map((p) => p.name)).not.toContain('Handarat'); // not mutated
  });
});

describe('createRandom', () => {
  it('repeats for a seed and stays in range', () => {
    const a = createRandom(3);
    const b = createRandom(3);
    const xs = Array.from({ length: 100 }, () => a.int(1, 6));
    expect(xs).toEqual(Array.from({ length: 100 }, () => b.int(1, 6)));
    expect(Math.min(...xs)).toBe(1);
    expect(Math.max(...xs)).toBe(6);
    expect(dayToIso(startOfYear(2023))).toBe('2023-01-01');
  });
});
