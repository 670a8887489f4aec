/** Entry point. MapLibre's worker is a separate file after `vite build`; tell MapLibre where before any map exists. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import './styles.css';
import { App } from './App.js';
import { loadOpening } from './data/load.js';

setWorkerUrl(new URL(workerUrl, document.baseURI).href);

// The camera the map is made with, before the first render: the two small files are preloaded by index.html, and
// rendering a placeholder first would cost the map a render and a paint before it could start.
const opening = await loadOpening();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App opening={opening} />
  </StrictMode>,
);
