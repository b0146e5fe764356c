// A static file server for dist/ on a loopback address, as a plain host would serve the app.
// Each test file starts its own on a free port and stops it when done.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.wasm': 'application/wasm', '.json': 'application/json',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.woff2': 'font/woff2', '.webmanifest': 'application/manifest+json',
};

// DASHBOARD_DIST serves another build directory (a copy being worked on, the single file's folder).
export const DIST = resolve(process.env.DASHBOARD_DIST ?? new URL('../../dist', import.meta.url).pathname);

/**
 * Serves `root` on `host`; resolves to { url, close, requests, setRoot }. `gzip` compresses as a real
 * host would; `cors` adds `Access-Control-Allow-Origin: *` (as GitHub Pages does), which a sandboxed
 * frame needs. `setRoot(dir)` serves another directory from then on, as a deployment of a new build does.
 */
export async function startServer({ root = DIST, host = '127.0.0.1', gzip = false, cors = false } = {}) {
  const requests = [];
  const compressed = new Map();
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    requests.push(path);
    const file = normalize(join(root, path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(root)) { res.writeHead(403).end(); return; }
    try {
      if (!(await stat(file)).isFile()) throw new Error('not a file');
      let body = await readFile(file);
      const headers = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' };
      if (cors) headers['access-control-allow-origin'] = '*';
      if (gzip && /gzip/.test(req.headers['accept-encoding'] ?? '')) {
        // Compressed once per file and content, as a host serving pre-compressed files does:
        // compressing the wasm again for every request would hold up every other response.
        const key = `${file}\0${body.length}\0${(await stat(file)).mtimeMs}`;
        if (!compressed.has(key)) compressed.set(key, gzipSync(body, { level: 9 }));
        body = compressed.get(key);
        headers['content-encoding'] = 'gzip';
      }
      res.writeHead(200, headers).end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise((ok, fail) => server.listen(0, host, ok).on('error', fail));
  const { port } = server.address();
  // Keep-alive connections would hold `close` open until the browser lets go of them.
  const close = () => new Promise((ok) => { server.close(ok); server.closeAllConnections(); });
  const setRoot = (dir) => { root = resolve(dir); };
  return { url: `http://${host}:${port}/`, requests, close, setRoot };
}
