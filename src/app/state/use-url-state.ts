/**
 * The app's shareable state, read from the URL hash once (by main.tsx) and written back (throttled) on every change.
 * The map camera is not here: MapLibre writes it itself under the hash key `map` (maplibre-gl-js #3559).
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { createThrottle, encodeUrlState, type UrlState } from './url-state.js';

export type AppState = Omit<UrlState, 'map'>;

const WRITE_INTERVAL_MS = 300;

/** `initial`: the state main.tsx decoded from the URL at start-up (the map and the places were made with it). */
export function useUrlState(initial: UrlState): [AppState, (update: Partial<AppState>) => void] {
  const [state, setState] = useState<AppState>(() => {
    const { map: _map, ...rest } = initial;
    return rest;
  });
  const writer = useRef(
    createThrottle((s: AppState) => {
      const hash = encodeUrlState({ ...s, map: null }, window.location.hash);
      // replaceState, not pushState: scrubbing must not fill the back button's history.
      history.replaceState(history.state, '', hash || window.location.pathname + window.location.search);
    }, WRITE_INTERVAL_MS),
  );
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    writer.current.push(state);
  }, [state]);
  useEffect(() => {
    const flush = () => writer.current.flush();
    window.addEventListener('pagehide', flush);
    return () => window.removeEventListener('pagehide', flush);
  }, []);
  const update = useMemo(() => (patch: Partial<AppState>) => setState((s) => ({ ...s, ...patch })), []);
  return [state, update];
}
