/**
 * Opens the map (basemap only) as soon as the small basemap region file is in, and loads the data alongside; the
 * Explorer adds the places and sets the camera when the data arrives. Shows a clear message when the data is
 * missing or invalid.
 */
import { useEffect, useState } from 'react';
import { loadRegion, loadSiteData } from './data/load.js';
import type { SiteData } from './data/validate.js';
import { Explorer } from './Explorer.js';
import type { Bounds } from './map/initial-view.js';
import { markReady } from './test-hooks.js';

type LoadState = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; data: SiteData };

export function App() {
  const [load, setLoad] = useState<LoadState>({ status: 'loading' });
  // undefined while region.json is on its way; null when there is none.
  const [region, setRegion] = useState<Bounds | null | undefined>(undefined);
  useEffect(() => {
    void loadRegion().then(setRegion);
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

  if (load.status === 'error') {
    return (
      <main className="status error" role="alert">
        <h1>The map data could not be loaded</h1>
        <p>{load.message}</p>
      </main>
    );
  }
  if (load.status === 'loading' && region === undefined) return <p className="status">Loading the map…</p>;
  return <Explorer data={load.status === 'ready' ? load.data : null} region={region ?? null} />;
}
