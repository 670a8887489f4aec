import type { Article, Mention, Place } from '../../model/contract.js';
import { eventDateNear, findEventDates, type LocatedEventDate } from '../dates/event-date.js';
import type { DocumentText } from '../ingest/document.js';
import type { Toponym } from '../geoparse/types.js';
import type { CuratorTally } from './curator-items.js';
import { makeExcerpt } from './excerpt.js';
import { SentenceIndex } from './sentence-index.js';
import { unmatchedNames } from './unmatched-names.js';

/** One article's published mentions (without ids yet) and the places they point at. */
export type ArticleMentions = { mentions: Omit<Mention, 'id'>[]; places: Place[]; warnings: string[] };

export type CuratorLists = { unmatched: CuratorTally; unplaced: CuratorTally; lowConfidence: CuratorTally };

/**
 * Toponyms of one document → mentions with their sentence as excerpt. Unresolved names go to `unplaced`, names
 * resolved below `minConfidence` to `lowConfidence`; neither is published. Capitalised names no toponym covers
 * go to `unmatched`.
 */
export function articleMentions(
  article: Article,
  doc: DocumentText,
  toponyms: readonly Toponym[],
  minConfidence: number,
  lists: CuratorLists,
  /** Unmatched capitalised names as the geoparser saw them; computed here when it does not say. */
  unmatched?: readonly string[],
): ArticleMentions {
  const sentences = new SentenceIndex(doc);
  const mentions: Omit<Mention, 'id'>[] = [];
  const places = new Map<string, Place>();
  const warnings: string[] = [];
  // Parsing dates is the costly part: once per sentence; each mention then takes the day written next to it.
  const eventDates = new Map<string, LocatedEventDate[]>();
  const ordered = [...toponyms].sort((a, b) => a.start - b.start || a.end - b.end);

  for (const t of ordered) {
    if (doc.text.slice(t.start, t.end) !== t.text) {
      warnings.push(`geoparser offsets ${t.start}-${t.end} do not hold "${t.text}"; mention skipped`);
      continue;
    }
    if (t.place === null) {
      lists.unplaced.add(t.text, article.id);
      continue;
    }
    if (!hasValidCoordinates(t.place)) {
      warnings.push(`"${t.text}" resolved to ${t.place.id} with invalid coordinates; mention skipped`);
      lists.unplaced.add(t.text, article.id, `invalid coordinates for ${t.place.id}`);
      continue;
    }
    if (!(t.confidence >= minConfidence)) {
      lists.lowConfidence.add(t.text, article.id, `${t.place.name} (${t.place.id})`);
      continue;
    }
    const sentence = sentences.around(t.start, t.end);
    if (!sentence) {
      warnings.push(`"${t.text}" at ${t.start} crosses a paragraph break; mention skipped`);
      continue;
    }
    const { excerpt, start, end } = makeExcerpt(doc.text, sentence, t);
    let dates = eventDates.get(excerpt);
    if (!dates) eventDates.set(excerpt, (dates = findEventDates(excerpt, article.published.date)));
    const eventDate = eventDateNear(dates, start);
    const mention: Omit<Mention, 'id'> = {
      place: t.place.id, article: article.id, role: t.role, surface: t.text, excerpt, start, end,
      confidence: round(t.confidence, 3),
    };
    if (eventDate) mention.eventDate = eventDate;
    mentions.push(mention);
    if (!places.has(t.place.id)) places.set(t.place.id, t.place);
  }

  for (const name of unmatched ?? unmatchedNames(doc.text, sentences, ordered)) lists.unmatched.add(name, article.id);
  return { mentions, places: [...places.values()], warnings };
}

function hasValidCoordinates(place: Place): boolean {
  return Number.isFinite(place.lat) && Number.isFinite(place.lon) && Math.abs(place.lat) <= 90 && Math.abs(place.lon) <= 180;
}

export function round(value: number, decimals: number): number {
  const f = 10 ** decimals;
  const r = Math.round(value * f) / f;
  return Object.is(r, -0) ? 0 : r;
}
