/** The excerpts as React state: follows their load whoever started it, and starts it when a panel wants them. */
import { useEffect, useState } from 'react';
import type { MentionTexts } from '../../model/mention-columns.js';
import { errorMessage } from '../../model/error-message.js';
import type { Texts } from './texts.js';

export type TextsState = { status: 'loading' } | { status: 'ready'; texts: MentionTexts } | { status: 'error'; message: string };

const LOADING: TextsState = { status: 'loading' };

export function useTexts(texts: Texts | null, wanted: boolean): TextsState {
  const [state, setState] = useState<TextsState>(LOADING);
  useEffect(() => {
    if (!texts) return;
    let live = true;
    setState(LOADING);
    texts.settled.then(
      (value) => live && setState({ status: 'ready', texts: value }),
      (error: unknown) => live && setState({ status: 'error', message: errorMessage(error) }),
    );
    return () => {
      live = false;
    };
  }, [texts]);
  useEffect(() => {
    if (texts && wanted) void texts.request().catch(() => undefined);
  }, [texts, wanted]);
  return state;
}
