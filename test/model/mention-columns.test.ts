import { describe, expect, it } from 'vitest';
import type { Mention, MentionsFile } from '../../src/model/contract.js';
import { decodeMentions, encodeMentions, mentionsFileProblem } from '../../src/model/mention-columns.js';

const keys = { placeIds: ['p:aleppo', 'p:beirut'], articleIds: ['a1', 'a2'] };
const sentence = 'Thousands fled Aleppo for Beirut on Friday.';
const mentions: Mention[] = [
  { id: 'a1:1', place: 'p:aleppo', article: 'a1', role: 'literal', surface: 'Aleppo', excerpt: sentence, start: 15, end: 21, confidence: 0.874, eventDate: { date: '2016-02-05', text: 'on Friday' } },
  { id: 'a1:2', place: 'p:beirut', article: 'a1', role: 'literal', surface: 'Beirut', excerpt: sentence, start: 26, end: 32, confidence: 1, eventDate: { date: '2016-02-05', text: 'on Friday' } },
  { id: 'a2:1', place: 'p:aleppo', article: 'a2', role: 'metonymic', surface: 'Aleppo', excerpt: 'Aleppo said no.', start: 0, end: 6, confidence: 0.5 },
];
const counts = { places: 2, articles: 2 };

describe('mentions in columns', () => {
  it('gives back exactly the mentions it was made from', () => {
    expect(decodeMentions(encodeMentions(mentions, keys), keys)).toEqual(mentions);
  });

  it('stores a sentence and an event date once however many mentions share them', () => {
    const file = encodeMentions(mentions, keys);
    expect(file.excerpts).toEqual([sentence, 'Aleppo said no.']);
    expect(file.excerpt).toEqual([0, 0, 1]);
    expect(file.eventDates).toEqual([{ date: '2016-02-05', text: 'on Friday' }]);
    expect(file.eventDate).toEqual([0, 0, -1]);
    expect(file.confidence).toEqual([874, 1000, 500]);
  });

  it('reads roles by the names the file lists, whatever their order', () => {
    const file = encodeMentions(mentions, keys);
    const reordered: MentionsFile = { ...file, roles: [...file.roles].reverse(), role: file.role.map((r) => file.roles.length - 1 - r) };
    expect(decodeMentions(reordered, keys).map((m) => m.role)).toEqual(['literal', 'literal', 'metonymic']);
  });

  it('refuses a mention whose surface is not at its offsets', () => {
    expect(() => encodeMentions([{ ...mentions[0]!, start: 14 }], keys)).toThrow(/mention a1:1: excerpt.slice\(start, end\) is not its surface "Aleppo"/);
  });

  it('accepts a well-formed file and names the first problem of a bad one', () => {
    const good = (): Record<string, unknown> => JSON.parse(JSON.stringify(encodeMentions(mentions, keys)));
    expect(mentionsFileProblem(good(), counts)).toBeNull();
    expect(mentionsFileProblem({ ...good(), excerpts: 'x' }, counts)).toBe('mentions.json: "excerpts" is not a list');
    expect(mentionsFileProblem({ ...good(), roles: ['literal', 'other'] }, counts)).toBe('mentions.json: "roles" names a role this app does not know');
    expect(mentionsFileProblem({ ...good(), article: [1, 0, 1] }, counts)).toBe('mentions.json: mentions are not grouped by article (at mention 1)');
    expect(mentionsFileProblem({ ...good(), confidence: [874, 1000, 0.5] }, counts)).toBe('mentions.json: "confidence" of mention 2 is 0.5, not an integer from 0 to 1000');
    expect(mentionsFileProblem({ ...good(), end: [21, 32, 16] }, counts)).toBe('mentions.json: mention 2 has offsets 0-16 outside its excerpt');
  });
});
