/**
 * The excerpts (excerpts.json), loaded once and only when asked for: start-up asks once the map has drawn the places
 * (load-when-started.ts), a panel sooner if the reader opens one first. They are half the published bytes at 100k
 * mentions and nothing on the map needs them.
 */
import type { MentionTexts } from '../../model/mention-columns.js';

export type Texts = {
  /** Starts the load unless it has started; the same promise on every call. */
  request(): Promise<MentionTexts>;
  /** Settles with the load, whoever started it; does not start it. */
  settled: Promise<MentionTexts>;
};

export function lazyTexts(load: () => Promise<MentionTexts>): Texts {
  let started: Promise<MentionTexts> | null = null;
  let settle!: (texts: Promise<MentionTexts>) => void;
  const settled = new Promise<MentionTexts>((resolve) => (settle = resolve));
  // Failures are shown where the texts are used (the excerpt panel); this only keeps them from being unhandled.
  settled.catch(() => undefined);
  return {
    request() {
      if (!started) {
        started = load();
        settle(started);
      }
      return started;
    },
    settled,
  };
}
