import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';

/**
 * index.html preloads the React chunk (src/app/render-app.tsx) and what it imports: main.tsx imports it only once the
 * map is made, and it should download alongside the map's chunk rather than after it.
 */
function preloadAppChunk(): Plugin {
  return {
    name: 'newsmap:preload-app-chunk',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        const chunks = Object.values(context.bundle ?? {}).flatMap((item) => (item.type === 'chunk' ? [item] : []));
        const app = chunks.find((chunk) => chunk.facadeModuleId?.endsWith('src/app/render-app.tsx'));
        if (!app) return [];
        // Vite already preloads the entry's own imports.
        return [app.fileName, ...app.imports].filter((file) => !html.includes(file)).map((file) => ({
          tag: 'link',
          attrs: { rel: 'modulepreload', crossorigin: true, href: `./${file}` },
          injectTo: 'head' as const,
        }));
      },
    },
  };
}

// `base: './'` makes every asset URL relative, so dist/ works from any sub-path of any static file server.
export default defineConfig({
  base: './',
  plugins: [react(), preloadAppChunk()],
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 1200 },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: ['test/e2e/**'], environment: 'node' },
      },
      {
        // The built site in headless Chromium (Debian's /usr/bin/chromium via playwright-core). The global setup
        // builds dist/ when it is missing or stale and serves it under a sub-path on 127.0.0.1.
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/e2e/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          // One browser at a time: the machine has two cores and WebGL runs in software.
          fileParallelism: false,
        },
      },
    ],
  },
});
