/** The React part of the page, a chunk of its own: main.tsx makes the map first, then loads and renders this. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, type AppProps } from './App.js';

export function renderApp(props: AppProps): void {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App {...props} />
    </StrictMode>,
  );
}
