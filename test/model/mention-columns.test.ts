import { describe, expect, it } from 'vitest';
import type { Mention, MentionsFile } from '../../src/model/contract.js';
import { decodeMentions, encodeMentions, excerptsFileProblem, mentionsFileProblem } from '../../src/model/mention-columns.js';

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

  it('keeps the words out of mentions.json and counts mentions per article instead of naming each one\'s', () => {
    const files = encodeMentions(mentions, keys);
    expect(Object.keys(files.mentions).sort()).toEqual(['eventDate', 'eventDates', 'perArticle', 'place', 'role', 'roles', 'schema']);
    expect(files.mentions.perArticle).toEqual([2, 1]);
    expect(files.mentions.place).toEqual([0, 1, 0]);
  });

  it('stores a sentence and an event date once however many mentions share them', () => {
    const { mentions: hot, excerpts } = encodeMentions(mentions, keys);
    expect(excerpts.excerpts).toEqual([sentence, 'Aleppo said no.']);
    expect(excerpts.excerpt).toEqual([0, 0, 1]);
    expect(hot.eventDates).toEqual([{ date: '2016-02-05', text: 'on Friday' }]);
    expect(hot.eventDate).toEqual([0, 0, -1]);
    expect(excerpts.confidence).toEqual([874, 1000, 500]);
  });

  it('reads roles by the names the file lists, whatever their order', () => {
    const files = encodeMentions(mentions, keys);
    const f = files.mentions;
    const reordered: MentionsFile = { ...f, roles: [...f.roles].reverse(), role: f.role.map((r) => f.roles.length - 1 - r) };
    expect(decodeMentions({ ...files, mentions: reordered }, keys).map((m) => m.role)).toEqual(['literal', 'literal', 'metonymic']);
  });

  it('refuses a mention whose surface is not at its offsets, or mentions out of article order', () => {
    expect(() => encodeMentions([{ ...mentions[0]!, start: 14 }], keys)).toThrow(/mention a1:1: excerpt.slice\(start, end\) is not its surface "Aleppo"/);
    expect(() => encodeMentions([mentions[2]!, mentions[0]!], keys)).toThrow(/mention a1:1: mentions are not grouped by article/);
    expect(() => encodeMentions([{ ...mentions[0]!, article: 'a9' }], keys)).toThrow(/mention a1:1: article "a9" is not published/);
  });

  it('accepts a well-formed mentions.json and names the first problem of a bad one', () => {
    const good = (): Record<string, unknown> => JSON.parse(JSON.stringify(encodeMentions(mentions, keys).mentions));
    expect(mentionsFileProblem(good(), counts)).toBeNull();
    expect(mentionsFileProblem({ ...good(), eventDates: 'x' }, counts)).toBe('mentions.json: "eventDates" is not a list');
    expect(mentionsFileProblem({ ...good(), roles: ['literal', 'other'] }, counts)).toBe('mentions.json: "roles" names a role this app does not know');
    expect(mentionsFileProblem({ ...good(), perArticle: [2] }, counts)).toBe('mentions.json: "perArticle" has 1 entries, articles.json has 2 articles');
    expect(mentionsFileProblem({ ...good(), perArticle: [2, 2] }, counts)).toBe('mentions.json: "perArticle" adds up to 4 mentions, "place" has 3');
    expect(mentionsFileProblem({ ...good(), perArticle: [-1, 4] }, counts)).toBe('mentions.json: "perArticle" of article 0 is -1, not an integer from 0 to 3');
    expect(mentionsFileProblem({ ...good(), place: [0, 2, 0] }, counts)).toBe('mentions.json: "place" of mention 1 is 2, not an integer from 0 to 1');
    expect(mentionsFileProblem({ ...good(), role: [0, 0] }, counts)).toBe('mentions.json: column "role" has 2 entries, "place" has 3');
  });

  it('accepts a well-formed excerpts.json for the same mentions and names the first problem of a bad one', () => {
    const good = (): Record<string, unknown> => JSON.parse(JSON.stringify(encodeMentions(mentions, keys).excerpts));
    expect(excerptsFileProblem(good(), 3)).toBeNull();
    expect(excerptsFileProblem(good(), 4)).toBe('excerpts.json: column "excerpt" has 3 entries, mentions.json has 4');
    expect(excerptsFileProblem({ ...good(), excerpts: [1, 2] }, 3)).toBe('excerpts.json: an excerpt is not a string');
    expect(excerptsFileProblem({ ...good(), confidence: [874, 1000, 0.5] }, 3)).toBe('excerpts.json: "confidence" of mention 2 is 0.5, not an integer from 0 to 1000');
    expect(excerptsFileProblem({ ...good(), end: [21, 32, 16] }, 3)).toBe('excerpts.json: mention 2 has offsets 0-16 outside its excerpt');
  });
});
