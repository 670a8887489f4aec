/**
 * The page once React runs: the map (made and started by main.tsx) with the panels, which wait for the data parsed
 * by main.tsx (load-when-started.ts). Shows a clear message when the data is missing or invalid.
 */
import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import { errorMessage } from '../model/error-message.js';
import type { Loaded } from './data/load-when-started.js';
import type { StartingMap } from './map/create-map.js';
import type { UrlState } from './state/url-state.js';
import { Explorer } from './Explorer.js';
import { markReady } from './test-hooks.js';

export type AppProps = { urlState: UrlState; starting: StartingMap | null; loaded: Promise<Loaded> };

type LoadState = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; loaded: Loaded };

export function App({ urlState, starting, loaded }: AppProps) {
  const [load, setLoad] = useState<LoadState>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    loaded.then(
      (value) => {
        if (!live) return;
        // Rendered at once, not in a later task: the panels show with the places the map already has.
        flushSync(() => setLoad({ status: 'ready', loaded: value }));
        markReady();
      },
      (error: unknown) => {
        if (!live) return;
        const message = errorMessage(error);
        setLoad({ status: 'error', message });
        markReady(message);
      },
    );
    return () => {
      live = false;
    };
  }, [loaded]);

  if (load.status === 'error') {
    return (
      <main className="status error" role="alert">
        <h1>The map data could not be loaded</h1>
        <p>{load.message}</p>
      </main>
    );
  }
  return <Explorer loaded={load.status === 'ready' ? load.loaded : null} urlState={urlState} starting={starting} />;
}
