// Yilan's built files on a loopback origin for engines without Playwright's request routing: the
// injected yilan.js loads its chunks and cursors from beside itself (document.currentScript).
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';

const TYPES = {
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.css': 'text/css',
  '.json': 'application/json',
};

/** @returns {Promise<{ origin: string, close: () => Promise<void> }>} */
export async function serveYilanDir(dir) {
  const root = resolve(dir);
  const server = createServer(async (req, res) => {
    const file = resolve(
      root,
      `.${decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)}`,
    );
    // The audited page is another origin: modules and fonts fetched from here need CORS.
    const headers = {
      'access-control-allow-origin': '*',
      'cross-origin-resource-policy': 'cross-origin',
    };
    if (!file.startsWith(root + sep)) return res.writeHead(403, headers).end();
    try {
      const body = await readFile(file);
      res.writeHead(200, {
        ...headers,
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      });
      res.end(body);
    } catch {
      res.writeHead(404, headers).end();
    }
  });
  await new Promise(r => server.listen(0, '127.0.0.1', r));
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    close: () =>
      new Promise(r => {
        server.closeAllConnections?.();
        server.close(() => r());
      }),
  };
}
