/** Loads the data, then hands it to the Explorer; shows a clear message when the data is missing or invalid. */
import { useEffect, useState } from 'react';
import { loadSiteData } from './data/load.js';
import type { SiteData } from './data/validate.js';
import { Explorer } from './Explorer.js';
import { markReady } from './test-hooks.js';

type LoadState = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; data: SiteData };

export function App() {
  const [load, setLoad] = useState<LoadState>({ status: 'loading' });
  useEffect(() => {
    loadSiteData().then(
      (data) => {
        setLoad({ status: 'ready', data });
        markReady();
      },
      (error: unknown) => {
        const message = error instanceof Error ? error.message : String(error);
        setLoad({ status: 'error', message });
        markReady(message);
      },
    );
  }, []);

  if (load.status === 'loading') return <p className="status">Loading the map data…</p>;
  if (load.status === 'error') {
    return (
      <main className="status error" role="alert">
        <h1>The map data could not be loaded</h1>
        <p>{load.message}</p>
      </main>
    );
  }
  return <Explorer data={load.data} />;
}
