import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCuratedMetadata } from '../../../src/pipeline/dates/curated.js';

type Gold = { articles: Record<string, { published: string; dateWindow: [string, string] | null; publishedProvenance: string }> };

describe('data/articles.yaml', () => {
  const { entries, problems } = parseCuratedMetadata(readFileSync('data/articles.yaml', 'utf8'));
  const gold = JSON.parse(readFileSync('test/fixtures/seeds-gold.json', 'utf8')) as Gold;

  it('parses without problems', () => {
    expect(problems).toEqual([]);
  });

  it.each(['002_f87b00e1af172c13', '003_d3d6fd6fb7a240eb', '004_e995e04c85d7c234'])(
    'dates undated seed %s as the gold does (inferred, same day and window, with evidence)',
    (key) => {
      const entry = entries.get(`${key}.txt`)!;
      const g = gold.articles[key]!;
      expect(entry).toMatchObject({ date: g.published, window: g.dateWindow, provenance: 'inferred' });
      expect(entry.evidence?.length).toBeGreaterThan(80);
    },
  );

  it('gives no date for the seeds that date themselves', () => {
    expect(entries.get('000_9da70760c259435a.txt')?.date).toBeUndefined();
    expect(entries.get('001_56db173943da32a6.txt')?.date).toBeUndefined();
  });
});

describe('parseCuratedMetadata', () => {
  it('defaults provenance to curated and reads override lists', () => {
    const { entries } = parseCuratedMetadata('articles:\n  a.txt:\n    date: 2016-01-02\n    title: Better\n    override: [title]\n');
    expect(entries.get('a.txt')).toMatchObject({ date: '2016-01-02', provenance: 'curated', title: 'Better' });
    expect([...entries.get('a.txt')!.override]).toEqual(['title']);
  });

  it('reports each bad entry on one line and keeps the good ones', () => {
    const { entries, problems } = parseCuratedMetadata(
      [
        'articles:',
        '  good.txt: { date: 2016-01-02 }',
        '  bad-date.txt: { date: 2016-02-30 }',
        '  bad-window.txt: { date: 2016-01-05, window: [2016-01-01, 2016-01-02] }',
        '  bad-provenance.txt: { date: 2016-01-02, provenance: text }',
        '  bad-override.txt: { override: [place] }',
      ].join('\n'),
    );
    expect([...entries.keys()]).toEqual(['good.txt']);
    expect(problems).toEqual([
      'bad-date.txt: date "2016-02-30" is not a YYYY-MM-DD calendar date',
      'bad-window.txt: date 2016-01-05 lies outside its window 2016-01-01..2016-01-02',
      'bad-provenance.txt: provenance must be curated or inferred, not "text"',
      'bad-override.txt: override: unknown field "place" (use date, title, outlet, author, url)',
    ]);
  });

  it('reports invalid YAML and a wrong shape', () => {
    expect(parseCuratedMetadata('articles: [unclosed').problems[0]).toMatch(/^invalid YAML: /);
    expect(parseCuratedMetadata('- a\n- b\n').problems).toEqual(['expected a top-level `articles:` mapping of file names']);
    expect(parseCuratedMetadata('').problems).toEqual([]);
  });
});
