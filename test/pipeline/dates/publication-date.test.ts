import { describe, expect, it } from 'vitest';
import type { CuratedEntry } from '../../../src/pipeline/dates/curated.js';
import { resolvePublicationDate } from '../../../src/pipeline/dates/publication-date.js';

const curated = (over: Partial<CuratedEntry> = {}): CuratedEntry => ({
  date: '2016-11-27', window: ['2016-11-27', '2016-11-28'], provenance: 'inferred', evidence: 'Jabal Badro fell a day after Hanano.',
  override: new Set(), ...over,
});

describe('resolvePublicationDate', () => {
  it('takes front matter first', () => {
    const r = resolvePublicationDate({ metadata: { key: 'date', value: '2016-02-05' }, paragraphs: ['• 07/02/2016'] }, 'dmy');
    expect(r.published).toEqual({ date: '2016-02-05', provenance: 'front-matter', note: 'date: 2016-02-05' });
    expect(r.warnings).toEqual([]);
  });

  it('then a date line in the text, warning when it is ambiguous', () => {
    const r = resolvePublicationDate({ paragraphs: ['• 07/02/2016', 'Body.'] }, 'dmy');
    expect(r.published).toMatchObject({ date: '2016-02-07', provenance: 'text', ambiguous: true });
    expect(r.warnings[0]).toMatch(/ambiguous.*day-first.*2016-07-02/);
  });

  it('honours the configured month-first order', () => {
    const r = resolvePublicationDate({ paragraphs: ['• 07/02/2016'] }, 'mdy');
    expect(r.published).toMatchObject({ date: '2016-07-02', ambiguous: true });
    expect(r.warnings[0]).toMatch(/month-first/);
  });

  it('then the curated entry, with its provenance, window and evidence', () => {
    const r = resolvePublicationDate({ paragraphs: ['Talks were suspended until February 25.'], curated: curated() }, 'dmy');
    expect(r.published).toEqual({
      date: '2016-11-27', provenance: 'inferred', window: ['2016-11-27', '2016-11-28'], note: 'Jabal Badro fell a day after Hanano.',
    });
  });

  it('keeps the file\'s date over the curated one, and says so; `override: [date]` reverses that', () => {
    const sources = { metadata: { key: 'date', value: '2016-02-05' }, paragraphs: [], curated: curated() };
    const kept = resolvePublicationDate(sources, 'dmy');
    expect(kept.published.date).toBe('2016-02-05');
    expect(kept.warnings[0]).toMatch(/curated metadata says 2016-11-27 but the file says 2016-02-05/);
    const overridden = resolvePublicationDate({ ...sources, curated: curated({ override: new Set(['date']) }) }, 'dmy');
    expect(overridden.published).toMatchObject({ date: '2016-11-27', provenance: 'inferred' });
  });

  it('falls through an unreadable front matter date, with a warning', () => {
    const r = resolvePublicationDate({ metadata: { key: 'date', value: 'soon' }, paragraphs: ['5 February 2016'] }, 'dmy');
    expect(r.published).toMatchObject({ date: '2016-02-05', provenance: 'text' });
    expect(r.warnings[0]).toMatch(/date "soon" is not a date/);
  });

  it('leaves an article with no date anywhere undated, never guessed', () => {
    expect(resolvePublicationDate({ paragraphs: ['On November 13 the offensive began.'] }, 'dmy').published).toEqual({
      date: null, provenance: 'none',
    });
  });
});
