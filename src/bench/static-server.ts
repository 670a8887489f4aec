/**
 * A tiny static file server on 127.0.0.1 for the browser benchmark and the end-to-end tests (Node only). It serves
 * folders under URL prefixes (sub-paths) like any static host would: no SPA fallback, no rewriting, no compression or
 * caching headers, so a wrong relative URL shows up as a 404 and each run starts cold.
 */
import { createReadStream, statSync } from 'node:fs';
import { createServer, type Server, type ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.geojson': 'application/geo+json',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/** URL prefix (starting and ending with '/') → folder on disk. */
export type Mounts = Record<string, string>;

export async function startStaticServer(mounts: Mounts, port = 0): Promise<{ server: Server; origin: string }> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const mount = Object.keys(mounts).find((prefix) => path.startsWith(prefix));
    if (!mount) return notFound(res);
    const root = normalize(mounts[mount]!);
    let file = normalize(join(root, path.slice(mount.length)));
    if (file !== root && !file.startsWith(root + sep)) return notFound(res);
    try {
      if (statSync(file).isDirectory()) file = join(file, 'index.html');
      const size = statSync(file).size;
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'content-length': size });
      createReadStream(file).pipe(res);
    } catch {
      notFound(res);
    }
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('static server: no port');
  return { server, origin: `http://127.0.0.1:${address.port}` };
}

/** One folder at the root, for the benchmark. */
export async function serveFolder(root: string): Promise<{ origin: string; close(): Promise<void> }> {
  const { server, origin } = await startStaticServer({ '/': root });
  return { origin, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

function notFound(res: ServerResponse): void {
  res.writeHead(404, { 'content-type': 'text/plain' });
  res.end('not found');
}
