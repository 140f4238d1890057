// --serve <dir>: a static folder served on 127.0.0.1 for the audit's length (a built site in CI).
import { createServer } from 'node:http';
import { readFile, readdir, stat } from 'node:fs/promises';
import { extname, join, relative, resolve, sep } from 'node:path';
import { UsageError } from './modes.mjs';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
};

/** @returns {Promise<{ origin: string, pages: string[], close: () => Promise<void> }>} */
export async function serveFolder(dir) {
  const root = resolve(dir);
  if (!(await stat(root).catch(() => null))?.isDirectory())
    throw new UsageError(`--serve ${dir} is not a folder`);
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = resolve(root, `.${path}`);
    if (file !== root && !file.startsWith(root + sep)) return res.writeHead(403).end();
    if ((await stat(file).catch(() => null))?.isDirectory()) file = join(file, 'index.html');
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise(r => server.listen(0, '127.0.0.1', r));
  const origin = `http://127.0.0.1:${server.address().port}`;
  const files = (await readdir(root, { recursive: true }))
    .filter(f => f.endsWith('.html'))
    .map(f => `/${relative(root, join(root, f)).split(sep).join('/')}`)
    .sort();
  return {
    origin,
    pages: files.map(f => `${origin}${encodeURI(f)}`),
    close: () => new Promise(r => server.close(() => r())),
  };
}
