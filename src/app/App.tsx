/**
 * Opens the map (basemap only) at once, on the opening view main.tsx read before the first render; the data
 * downloads alongside and is parsed once the map has started. The Explorer adds the places when the data is ready.
 * Shows a clear message when the data is missing or invalid.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { parseSiteData, type Opening, type SiteFiles } from './data/load.js';
import type { StartingMap } from './map/create-map.js';
import type { SiteData } from './data/validate.js';
import { Explorer } from './Explorer.js';
import { markReady } from './test-hooks.js';

/** Longest wait for the map to start before the data is parsed anyway. */
const MAP_START_WAIT_MS = 3000;

type LoadState = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; data: SiteData };

export function App({ opening, starting, files }: { opening: Opening; starting: StartingMap | null; files: Promise<SiteFiles> }) {
  const [load, setLoad] = useState<LoadState>({ status: 'loading' });
  // The data downloads from the start (main.tsx), but is parsed only once the map has started: parsing and indexing
  // 100k mentions holds the main thread for a while, and the basemap's worker should be busy by then.
  const parsing = useRef(false);
  const startParsing = useCallback(() => {
    if (parsing.current) return;
    parsing.current = true;
    files.then(parseSiteData).then(
      (data) => {
        // Rendered at once, not in a later task: the places then join the map (MapView's layout effect) in this
        // task, and their tiles are asked for with the basemap's instead of after another drawn frame.
        flushSync(() => setLoad({ status: 'ready', data }));
        markReady();
      },
      (error: unknown) => {
        const message = error instanceof Error ? error.message : String(error);
        setLoad({ status: 'error', message });
        markReady(message);
      },
    );
  }, [files]);
  useEffect(() => {
    // Without a map (no WebGL, no region file...) the data must still come.
    const fallback = setTimeout(startParsing, MAP_START_WAIT_MS);
    return () => clearTimeout(fallback);
  }, [startParsing]);

  if (load.status === 'error') {
    return (
      <main className="status error" role="alert">
        <h1>The map data could not be loaded</h1>
        <p>{load.message}</p>
      </main>
    );
  }
  return <Explorer data={load.status === 'ready' ? load.data : null} opening={opening} starting={starting} onMapStarted={startParsing} />;
}
