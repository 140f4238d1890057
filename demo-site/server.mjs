// The demo and test server, loopback only: the portal's pages (rendered here), static files and
// a speech endpoint.
//   /            the portal (site/routes.mjs), then demo-site/public/ for its static files
//   /yilan/      packages/yilan/dist/ (the drop-in files, exactly as a customer hosts them)
//   /yilan/espeak/  packages/espeak/dist/ (the optional offline engine, copied beside them)
//   POST /api/tts   text → WAV from eSpeak NG in Node (the endpoint contract of data-tts-endpoint)
//   /fixtures/   test/fixtures/ (test pages)
//   /bench/      bench/pages/ (pages the benchmark generates)
// Any page gets a strict Content-Security-Policy with Trusted Types when asked with ?csp=strict.
// (?csp=strict-tt-none also refuses lit-html's Trusted Types policy.)
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { api, notFoundPage, route } from './site/routes.mjs';
import { data } from './site/data.mjs';
import { searchEngine } from './site/search.mjs';

const root = join(fileURLToPath(import.meta.url), '../..');
const MOUNTS = [
  ['/yilan/espeak/', join(root, 'packages/espeak/dist')],
  ['/yilan/', join(root, 'packages/yilan/dist')],
  ['/fixtures/', join(root, 'test/fixtures')],
  ['/bench/', join(root, 'bench/pages')],
  ['/', join(root, 'demo-site/public')],
];
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.map': 'application/json; charset=utf-8',
  '.data': 'application/octet-stream',
};
/** Longest text one request may ask for: a few sentences, as Yilan sends them. */
const TTS_MAX_CHARS = 600;
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; font-src 'self'; connect-src 'self'; " +
  "object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'; trusted-types lit-html";

async function resolveFile(pathname) {
  for (const [prefix, dir] of MOUNTS) {
    if (!pathname.startsWith(prefix)) continue;
    const rel = decodeURIComponent(pathname.slice(prefix.length));
    const file = normalize(join(dir, rel));
    if (!file.startsWith(dir + sep) && file !== dir) return null;
    try {
      const info = await stat(file);
      if (info.isDirectory()) return resolveFile(`${pathname.replace(/\/?$/, '/')}index.html`);
      return file;
    } catch {
      return null;
    }
  }
  return null;
}

export function startServer(port = Number(process.env.PORT) || 4173, host = '127.0.0.1') {
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', `http://${host}`);
    if (url.pathname === '/api/tts') return speak(req, res);
    try {
      if (url.pathname.startsWith('/api/')) return json(res, api(url));
      const body = req.method === 'POST' ? await form(req) : undefined;
      const page = route(req.method, url, body);
      if (page) return send(res, page, url);
    } catch (error) {
      console.error(error);
      res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('server error');
      return;
    }
    const file = await resolveFile(url.pathname);
    if (!file) return send(res, notFoundPage(url.pathname), url);
    const headers = {
      // A page saved in GBK is named *.gbk.html: served as GBK, as a legacy site's server would.
      'content-type': file.endsWith('.gbk.html')
        ? 'text/html; charset=gbk'
        : (TYPES[extname(file)] ?? 'application/octet-stream'),
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
    };
    const csp = url.searchParams.get('csp');
    if (csp && file.endsWith('.html')) {
      // "strict-tt-none": a Trusted Types allow-list without lit-html's policy, to test degradation.
      headers['content-security-policy'] =
        csp === 'strict-tt-none'
          ? STRICT_CSP.replace('trusted-types lit-html', 'trusted-types none')
          : STRICT_CSP;
    }
    res.writeHead(200, headers);
    res.end(await readFile(file));
  });
  return new Promise(resolve => server.listen(port, host, () => resolve(server)));
}

/** A rendered page, with the strict policy when asked (?csp=strict) as for static files. */
function send(res, { status, html }, url) {
  const headers = {
    'content-type': 'text/html; charset=utf-8',
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  };
  const csp = url.searchParams.get('csp');
  if (csp)
    headers['content-security-policy'] =
      csp === 'strict-tt-none'
        ? STRICT_CSP.replace('trusted-types lit-html', 'trusted-types none')
        : STRICT_CSP;
  res.writeHead(status, headers);
  res.end(String(html));
}

function json(res, value) {
  if (value === undefined) return fail(res, 404, 'no such endpoint');
  res.writeHead(200, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
  });
  res.end(JSON.stringify(value));
}

async function form(req) {
  let body = '';
  for await (const chunk of req) {
    body += chunk;
    if (body.length > 65_536) break;
  }
  return new URLSearchParams(body);
}

function fail(res, status, message) {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify({ error: message }));
}

/** POST { text, lang, rate } → audio/wav. eSpeak NG loads on the first request. */
async function speak(req, res) {
  if (req.method !== 'POST') return fail(res, 405, 'POST text as JSON');
  let body = '';
  for await (const chunk of req) {
    body += chunk;
    if (body.length > 16_384) return fail(res, 413, 'request too large');
  }
  let input;
  try {
    input = JSON.parse(body);
  } catch {
    return fail(res, 400, 'body is not JSON');
  }
  const text = typeof input?.text === 'string' ? input.text.trim() : '';
  if (!text || text.length > TTS_MAX_CHARS)
    return fail(res, 400, `text must be 1–${TTS_MAX_CHARS} characters`);
  const rate = Number.isFinite(input.rate) ? Math.min(2, Math.max(0.5, input.rate)) : 1;
  const lang = typeof input.lang === 'string' ? input.lang : 'zh-CN';
  try {
    const { synthesize, toWav } = await import('../packages/espeak/node/synthesize.mjs');
    const wav = toWav(await synthesize(text, { lang, rate }));
    res.writeHead(200, { 'content-type': 'audio/wav', 'cache-control': 'no-store' });
    res.end(wav);
  } catch (error) {
    fail(res, 422, String(error?.message ?? error));
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const t0 = performance.now();
  const { documents, qa } = data();
  // Built before the first request, so no reader waits for it.
  const engine = searchEngine();
  console.log(
    `corpus: ${documents.length} documents, ${qa.length} Q&A pairs; search index ${Math.round(engine.buildMs)} ms (${Math.round(performance.now() - t0)} ms in all)`,
  );
  const server = await startServer();
  const { port } = server.address();
  console.log(`Yilan demo: http://127.0.0.1:${port}/  (fixtures under /fixtures/, Ctrl+C to stop)`);
}
