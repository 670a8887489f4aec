import { describe, expect, it } from 'vitest';
import type { BuildReport } from '../../../src/model/contract.js';
import { formatProgress, formatReport } from '../../../src/pipeline/publish/format-report.js';

const report: BuildReport = {
  schema: 1, filesRead: 3, articles: 2, places: 4, mentions: 9, undated: ['b'],
  errors: [{ file: 'data/articles/x.txt', problem: 'empty file' }],
  warnings: [{ file: 'data/articles/a.txt', problem: 'ambiguous date' }],
  unmatched: [{ name: 'Ratyan', count: 3, articles: ['a', 'b'] }, { name: 'Mayer', count: 1, articles: ['a'] }],
  unplaced: [],
  lowConfidence: [{ name: 'Geneva', count: 2, articles: ['a'], note: 'Genève (geonames:2660646)' }],
};

describe('formatReport', () => {
  const text = formatReport(report, { articlesDir: 'data/articles', outDir: 'public/data', topNames: 1, minConfidence: 0.5 });

  it('prints counts and one line per error and warning naming the file', () => {
    expect(text).toContain('  files read  3\n  articles    2\n  places      4\n  mentions    9\n  undated     1  (b)\n  errors      1\n');
    expect(text).toContain('error: data/articles/x.txt: empty file\n');
    expect(text).toContain('warning: data/articles/a.txt: ambiguous date\n');
  });

  it('lists the top unmatched names and says how many more there are; skips empty sections', () => {
    expect(text).toContain('  Ratyan x3  (a, b)\n  ... 1 more in report.json\n');
    expect(text).not.toContain('Mayer');
    expect(text).not.toContain('unplaced');
    expect(text).toContain('  Geneva x2  (a)  Genève (geonames:2660646)');
  });
});

describe('formatProgress', () => {
  it('shows count, rate and time left', () => {
    expect(formatProgress(10, 40, 2000)).toBe('  10/40 articles  5.0/s  ~6 s left');
    expect(formatProgress(40, 40, 8000)).toBe('  40/40 articles  5.0/s');
    expect(formatProgress(1, 400, 200)).toBe('  1/400 articles  5.0/s'); // no estimate before a second of work
  });
});
