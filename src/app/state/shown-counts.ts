/**
 * What the URL state shows, derived with the pure model (src/model/filter.ts): the date range it selects and the
 * mentions per place. The Explorer derives the same step by step (memoised per step); the start-up uses
 * `placeCountsFor` to draw the places before React has rendered.
 */
import { applyDates, makeTimeline, matchMask, type MentionTable } from '../../model/filter.js';
import type { MentionTexts } from '../../model/mention-columns.js';
import { clampRange, isoToDay, type DayRange } from '../../model/time.js';
import type { AppState } from './use-url-state.js';

/** The selected days: the URL's range clamped to the data's, or all of it. */
export function selectedRange(range: AppState['range'], bounds: DayRange | null): DayRange | null {
  if (!bounds) return null;
  const from = range ? isoToDay(range.from) : undefined;
  const to = range ? isoToDay(range.to) : undefined;
  return from !== undefined && to !== undefined ? clampRange([from, to], bounds) : bounds;
}

/** Mentions per place (by position) under the state's filters and dates; search looks in `texts` when given. */
export function placeCountsFor(table: MentionTable, state: AppState, texts: MentionTexts | null = null): Uint32Array {
  const { roles, outlets, search, mode, dateKind, includeUndated } = state;
  const mask = matchMask(table, { roles, outlets, search }, texts);
  const range = selectedRange(state.range, makeTimeline(table, dateKind)?.bounds ?? null);
  return applyDates(table, mask, { range, mode, dateKind, includeUndated }).placeCounts;
}
