// The demo and test server, loopback only, on Fastify (ADR 0012): the portal's pages (rendered
// here), static files and a speech endpoint.
//   /            the portal (site/routes.mjs), then demo-site/public/ for its static files
//   /yilan/      packages/yilan/dist/ (the drop-in files, exactly as a customer hosts them)
//   /yilan/espeak/  packages/espeak/dist/ (the optional offline engine, copied beside them)
//   POST /api/tts   text → WAV from eSpeak NG in worker threads (server/speech.mjs)
//   /fixtures/   test/fixtures/ (test pages)
//   /bench/      bench/pages/ (pages the benchmark generates)
//   /enc/        test/fixtures/encodings/ as a legacy server sends them (server/legacy.mjs)
// The portal's own pages get a strict Content-Security-Policy with Trusted Types (server/headers.mjs);
// test pages get one only when asked with ?csp=strict (?csp=strict-tt-none also refuses lit-html's
// Trusted Types policy).
import Fastify from 'fastify';
import formbody from '@fastify/formbody';
import fastifyStatic from '@fastify/static';
import rateLimit from '@fastify/rate-limit';
import cookie from '@fastify/cookie';
import { existsSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { api, apiV1, notFoundPage, problemPage, route } from './site/routes.mjs';
import { data, useCorpus } from './site/data.mjs';
import { searchEngine } from './site/search.mjs';
import { BASE_HEADERS, headers, PORTAL_CSP, STRICT_CSP } from './server/headers.mjs';
import { legacyEncodings } from './server/legacy.mjs';
import { speechPool, speechRoute } from './server/speech.mjs';
import { captchaRoutes } from './server/captcha.mjs';
import { FORMS, formObject, formSchema } from './server/form-schema.mjs';
import { staffConsole } from './server/staff.mjs';
import { openDatabase } from './store/db.mjs';
import { expire } from './store/submissions.mjs';
import { captchaMode, checkCaptcha, issueCaptcha, sweepCaptchas } from './store/captcha.mjs';
import { openBookingSlots } from './site/pages/booking.mjs';

export { STRICT_CSP };

const root = join(fileURLToPath(import.meta.url), '../..');
const MOUNTS = [
  ['/yilan/espeak/', 'packages/espeak/dist'],
  ['/yilan/', 'packages/yilan/dist'],
  ['/fixtures/', 'test/fixtures'],
  ['/bench/', 'bench/pages'],
];
/** Largest form or JSON body: a full message is a few KB; more is refused with a 413 page. */
const BODY_LIMIT = 65_536;

/** Content types as the hand-written server sent them (tests and the engines read them). */
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.data': 'application/octet-stream',
};

/** Static files, never cached (tests rebuild them); a page saved in GBK is named *.gbk.html. */
const staticOptions = (prefix, dir) => ({
  root: join(root, dir),
  prefix,
  decorateReply: prefix === '/yilan/espeak/',
  cacheControl: false,
  etag: false,
  lastModified: false,
  setHeaders(reply, path) {
    if (path.endsWith('.gbk.html')) reply.header('content-type', 'text/html; charset=gbk');
    else if (TYPES[extname(path)]) reply.header('content-type', TYPES[extname(path)]);
  },
});

/** The Fastify app, not yet listening. options.speech: pool and rate limit (server/speech.mjs). */
export async function buildServer(options = {}) {
  const app = Fastify({
    bodyLimit: BODY_LIMIT,
    // A request must arrive whole within 30 s (slow senders cannot hold a connection for ever).
    requestTimeout: 30_000,
    // A URL the router cannot decode (/%ff, /yilan/%E0%A4%A): the portal's 400 page.
    // It is answered before routing, so no hook adds the usual headers: they are set here.
    frameworkErrors: (error, request, reply) =>
      reply
        .code(400)
        .headers(BASE_HEADERS)
        .header('content-security-policy', PORTAL_CSP)
        .type('text/html; charset=utf-8')
        .send(problemPage(400)),
  });
  // Set before the plugins are registered, so that their routes (speech) inherit it.
  app.setErrorHandler((error, request, reply) => {
    const status = error.statusCode >= 400 && error.statusCode < 600 ? error.statusCode : 500;
    if (status >= 500) console.error(error);
    if (request.url.startsWith('/api/'))
      return reply.code(status).send({ error: status >= 500 ? 'server error' : error.message });
    return reply.code(status).type('text/html; charset=utf-8').send(problemPage(status));
  });
  // Letters, reports, bookings (store/): options.database says where ({ url } or { dir }); none
  // is an in-memory database, for the tests and benchmarks that start a server of their own.
  const db = options.db ?? (await openDatabase(options.database ?? {}));
  if (!options.db) app.addHook('onClose', () => db.close());
  // Kept for two years, as the privacy page says: deleted at start and once a day.
  const sweep = () =>
    Promise.all([expire(db), sweepCaptchas(db)]).catch(error =>
      console.error(`expiry: ${error.message}`),
    );
  await sweep();
  const daily = setInterval(sweep, 24 * 3600 * 1000).unref();
  app.addHook('onClose', async () => clearInterval(daily));
  await openBookingSlots(db);
  // DEMO_CAPTCHA=test (or options.captcha) makes every answer 0000: automated tests only.
  const captcha = options.captcha ?? captchaMode();
  if (captcha === 'test')
    console.warn(
      'DEMO_CAPTCHA=test: every CAPTCHA answer is 0000. Never use this for a real site.',
    );
  await app.register(cookie);
  await app.register(headers);
  await app.register(rateLimit, { global: false });
  // Forms are validated against their fields (server/form-schema.mjs), then handed to the pages
  // as URLSearchParams.
  await app.register(formbody, { parser: formObject });
  // The staff console at /staff/ (server/staff.mjs); options.staffSeed: a first account (npm start).
  await app.register(staffConsole, { db, seed: options.staffSeed });
  for (const [prefix, dir] of MOUNTS) await app.register(fastifyStatic, staticOptions(prefix, dir));
  await app.register(fastifyStatic, {
    ...staticOptions('/', 'demo-site/public'),
    // One route per file, so the portal's own catch-all route below can sit at /*.
    wildcard: false,
  });
  await app.register(legacyEncodings, { root });
  const speech = speechPool(options.speech);
  app.addHook('onClose', () => speech.close());
  await app.register(speechRoute, { ...options.speech, pool: speech });
  const issue = () => issueCaptcha(db, { mode: captcha });
  await app.register(captchaRoutes, { db, issue, speech });

  // The versioned API answers with its own status: 400 for a missing or over-long q.
  app.get('/api/v1/:name', (request, reply) => {
    const answer = apiV1(portalUrl(request));
    if (!answer) return reply.callNotFound();
    return reply.code(answer.status).send(answer.body);
  });
  app.get('/api/search', request => api(portalUrl(request)) ?? {});
  app.get('/api/qa', request => api(portalUrl(request)));
  const formsPerMinute = options.formsPerMinute ?? (Number(process.env.FORMS_PER_MINUTE) || 30);
  const page = async (request, reply) => {
    const ctx = {
      db,
      flash: tracking => takeCode(request, reply, tracking),
      captcha: {
        issue,
        check: (token, answer) => checkCaptcha(db, token, answer),
      },
    };
    const body = new URLSearchParams(request.body ?? {});
    const found = await route(request.method, portalUrl(request), body, ctx);
    if (!found) return reply.callNotFound();
    if (found.redirect) {
      // Redirect after POST: a reload of the confirmation posts nothing. The query code goes
      // with it for this one page view, in a cookie, never in the URL.
      if (found.code)
        reply.setCookie(CODE_COOKIE, `${found.tracking}:${found.code}`, {
          path: '/interact/track/',
          httpOnly: true,
          sameSite: 'strict',
          maxAge: 600,
        });
      return reply.redirect(found.redirect, 303);
    }
    return reply.code(found.status).type('text/html; charset=utf-8').send(String(found.html));
  };
  app.get('/*', page);
  // Each form's fields checked by the framework's validator; per client, enough posts a minute
  // for a family sharing one address, too few to guess CAPTCHAs or flood the database.
  for (const [path, fields] of Object.entries(FORMS))
    app.post(
      path,
      {
        schema: { body: formSchema(fields) },
        config: { rateLimit: { max: formsPerMinute, timeWindow: 60_000 } },
      },
      page,
    );

  app.setNotFoundHandler((request, reply) => {
    if (request.url.startsWith('/api/')) return reply.code(404).send({ error: 'no such endpoint' });
    const { status, html } = notFoundPage(request.url.split('?')[0]);
    return reply.code(status).type('text/html; charset=utf-8').send(html);
  });
  return app;
}

const CODE_COOKIE = 'yl_code';

/** The query code a confirmation may show once: from the cookie set with the redirect. */
function takeCode(request, reply, tracking) {
  const [number, code] = String(request.cookies[CODE_COOKIE] ?? '').split(':');
  if (number !== tracking || !/^\d{6}$/.test(code ?? '')) return undefined;
  reply.clearCookie(CODE_COOKIE, { path: '/interact/track/' });
  return code;
}

/** Where `npm start` keeps submissions: DATABASE_URL's server, or a PGlite folder (YILAN_DATA_DIR). */
function databaseLocation() {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL };
  return { dir: process.env.YILAN_DATA_DIR || join(root, 'demo-site/.data/pglite') };
}

/** The request's URL for the page handlers. Parsed against a fixed origin, so "//[" is a path. */
function portalUrl(request) {
  return new URL(`http://portal${request.url}`);
}

/**
 * Starts listening. Resolves to Node's http.Server (callers read .address() and call .close());
 * its close() also stops the speech threads.
 */
export async function startServer(
  port = Number(process.env.PORT) || 4173,
  host = '127.0.0.1',
  options = {},
) {
  const app = await buildServer(options);
  await app.listen({ port, host });
  const server = app.server;
  const closeSocket = server.close.bind(server);
  let closing = false;
  server.close = callback => {
    // app.close() calls server.close() itself: that inner call closes the socket.
    if (closing) return closeSocket(callback);
    closing = true;
    app.close().then(() => callback?.(), callback);
    return server;
  };
  return server;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  let args;
  try {
    args = parseArgs({ options: { corpus: { type: 'string' } } }).values;
  } catch (error) {
    console.error(`${error.message}\nusage: node demo-site/server.mjs [--corpus <dir>]`);
    process.exit(2);
  }
  // A site's own documents and Q&A instead of the generated corpus (docs/search.md#any-corpus).
  if (args.corpus) {
    if (!existsSync(args.corpus)) {
      console.error(`--corpus: no folder ${resolve(args.corpus)}`);
      process.exit(2);
    }
    useCorpus(resolve(args.corpus));
  }
  const t0 = performance.now();
  let documents, qa;
  try {
    ({ documents, qa } = data());
  } catch (error) {
    // A corpus folder with nothing to serve: say so, never a stack trace.
    console.error(`--corpus: ${error.message}`);
    process.exit(2);
  }
  // Built before the first request, so no reader waits for it.
  // Kept between starts beside the data (YILAN_INDEX_DIR moves it); rebuilt when the corpus changes.
  const engine = searchEngine({
    cacheDir: process.env.YILAN_INDEX_DIR || join(root, 'demo-site/.data/index'),
  });
  console.log(
    `corpus: ${documents.length} documents, ${qa.length} Q&A pairs; search index ${engine.fromCache ? 'loaded' : 'built'} in ${Math.round(engine.buildMs)} ms (${Math.round(performance.now() - t0)} ms in all)`,
  );
  const database = databaseLocation();
  const staffSeed = { password: process.env.YILAN_STAFF_PASSWORD };
  const server = await startServer(undefined, undefined, { database, staffSeed });
  console.log(
    `storage: ${database.url ? 'PostgreSQL server (DATABASE_URL)' : `PGlite in ${database.dir}`}`,
  );
  const { port } = server.address();
  console.log(`Yilan demo: http://127.0.0.1:${port}/  (fixtures under /fixtures/, Ctrl+C to stop)`);
}
