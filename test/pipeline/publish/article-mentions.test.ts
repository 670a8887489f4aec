import { describe, expect, it } from 'vitest';
import type { Article, Place } from '../../../src/model/contract.js';
import type { Toponym } from '../../../src/pipeline/geoparse/types.js';
import { documentText } from '../../../src/pipeline/ingest/document.js';
import { articleMentions } from '../../../src/pipeline/publish/article-mentions.js';
import { CuratorTally } from '../../../src/pipeline/publish/curator-items.js';

const place = (id: string, name: string): Place => ({
  id, name, kind: 'town', precision: 'city', country: 'SY', lon: 37, lat: 36, source: 'test', licence: 'CC0',
});

describe('event dates of mentions', () => {
  it('gives each mention the day written next to it when its sentence names several', () => {
    const article: Article = { id: 'a', title: 'T', published: { date: '2016-09-24', provenance: 'front-matter' }, sourceFile: 'a.txt' };
    const doc = documentText('T', ['Rebels left Handarat on Thursday and the army entered Ratyan on Saturday.']);
    const at = (name: string): Toponym => {
      const start = doc.text.indexOf(name);
      return { start, end: start + name.length, text: name, role: 'literal', place: place(`t:${name}`, name), confidence: 1 };
    };
    const lists = { unmatched: new CuratorTally(), unplaced: new CuratorTally(), lowConfidence: new CuratorTally() };
    const { mentions } = articleMentions(article, doc, [at('Handarat'), at('Ratyan')], 0.5, lists, []);
    expect(mentions.map((m) => [m.surface, m.eventDate?.date])).toEqual([
      ['Handarat', '2016-09-22'],
      ['Ratyan', '2016-09-24'],
    ]);
  });
});
