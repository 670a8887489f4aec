import type { EventDate } from '../../model/contract.js';

/**
 * The date a sentence says something happened on ("on Friday", "November 13"), resolved against the article's
 * publication date. Returns undefined when the sentence names no day or the article is undated.
 *
 * Placeholder until event-date resolution lands (issue 4): the pipeline already calls it.
 */
export function findEventDate(_sentence: string, _published: string | null): EventDate | undefined {
  return undefined;
}
