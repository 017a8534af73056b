// A minimal static server on loopback for the browser tests: serves a built site folder, nothing else.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { join, normalize, extname } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8', '.json': 'application/json', '.svg': 'image/svg+xml',
  '.xml': 'application/xml', '.txt': 'text/plain; charset=utf-8', '.wasm': 'application/wasm',
  '.pdf': 'application/pdf', '.png': 'image/png', '.webmanifest': 'application/manifest+json',
};

/**
 * Serves `root` on 127.0.0.1 on a free port; resolves to { url, close, setOffline }.
 * `setOffline(true)` makes the server drop every request unanswered, as a lost network would: the
 * browser's own offline emulation does not reach a service worker's requests in every Chromium,
 * and the offline test must know the worker could not fetch.
 */
export async function serveSite(root) {
  let offline = false;
  const server = createServer(async (req, res) => {
    if (offline) { req.socket.destroy(); return; }
    try {
      const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
      let file = normalize(join(root, path));
      if (!file.startsWith(normalize(root))) { res.writeHead(400).end(); return; }
      if ((await stat(file).catch(() => null))?.isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      const body = await readFile(join(root, '404.html')).catch(() => Buffer.from('not found'));
      res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' }).end(body);
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${server.address().port}/`,
    // requests dropped while "offline" hold their sockets open: close them
    // too, or close() would wait for them forever
    close: () => new Promise((r) => { server.close(r); server.closeAllConnections(); }),
    setOffline: (value) => { offline = value; },
  };
}
