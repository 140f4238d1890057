// The staff console at /staff/ (ADR 0016): login with a database session, a CSRF token on every
// POST, roles. The guard sits on the path, not on each route: every request under /staff except
// the login page needs a live session, so a route added later cannot forget it.
import fp from 'fastify-plugin';
import { timingSafeEqual } from 'node:crypto';
import { logIn, logOut, newToken, seedDemoAccount, sessionFor } from '../store/staff.mjs';
import {
  answer,
  assign,
  personalData,
  publish,
  queue,
  queueCounts,
  submission,
} from '../store/submissions.mjs';
import { TRACKING } from '../site/pages/track.mjs';
import { loginPage } from '../site/pages/staff/login.mjs';
import { staffProblem } from '../site/pages/staff/layout.mjs';
import {
  itemPage,
  KINDS,
  LIMITS,
  overview,
  QUEUE_STATUSES,
  queuePage,
} from '../site/pages/staff/console.mjs';
import { formSchema } from './form-schema.mjs';

export const SESSION_COOKIE = 'yl_staff';
/** The login form's own CSRF token (there is no session yet): a cookie the form must match. */
export const LOGIN_COOKIE = 'yl_staff_login';
const LOGIN_PATH = '/staff/login';

const inConsole = path => path === '/staff' || path.startsWith('/staff/');
/**
 * The console path a request is for: the route it matched (the router decodes, so /%73taff/ is
 * /staff/), else its decoded path (a console URL that no route has). Empty when not the console's.
 */
function consolePath(request) {
  const route = request.routeOptions?.url;
  if (route && inConsole(route)) return route;
  let path = request.url.split('?')[0];
  try {
    path = decodeURIComponent(path);
  } catch {
    // Undecodable: the router refuses it before any hook runs.
  }
  return inConsole(path) ? path : '';
}

/** Same token, compared in constant time; anything missing or malformed is a mismatch. */
function sameToken(expected, sent) {
  if (typeof expected !== 'string' || typeof sent !== 'string' || !expected) return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(sent);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** @param {import('fastify').FastifyInstance} app */
async function plugin(app, { db, seed }) {
  if (seed) await seedAndTell(db, seed);
  app.decorateRequest('staff', null);
  app.decorateRequest('csrf', null);

  const cookieOptions = request => ({
    path: '/staff',
    httpOnly: true,
    sameSite: 'strict',
    secure: request.protocol === 'https',
  });
  const send = (reply, status, page) =>
    reply.code(status).type('text/html; charset=utf-8').send(String(page));
  const problem = (request, reply, status, message) =>
    send(
      reply,
      status,
      staffProblem(status, { staff: request.staff, csrf: request.csrf, message }),
    );

  // Every console answer: not indexed, not cached. Then the session, except for the login page.
  app.addHook('onRequest', async (request, reply) => {
    const path = consolePath(request);
    if (!path) return;
    reply.header('x-robots-tag', 'noindex, nofollow');
    reply.header('cache-control', 'no-store');
    if (path === LOGIN_PATH) return;
    const session = await sessionFor(db, request.cookies[SESSION_COOKIE]);
    if (!session) {
      if (request.method === 'GET' || request.method === 'HEAD')
        return reply.redirect(LOGIN_PATH, 303);
      return problem(request, reply, 401);
    }
    request.staff = session.staff;
    request.csrf = session.csrf;
  });
  // CSRF: every POST under /staff carries the token its form was given, or nothing happens.
  app.addHook('preHandler', async (request, reply) => {
    const path = consolePath(request);
    if (request.method === 'GET' || request.method === 'HEAD' || !path) return;
    // Validated by the route's schema (one string per field): handled as the portal's forms are.
    request.body = new URLSearchParams(request.body ?? {});
    const sent = request.body.get('csrf');
    if (path === LOGIN_PATH) {
      if (sameToken(request.cookies[LOGIN_COOKIE], sent)) return;
      // An old login page (its cookie expired): the form again, with a fresh token.
      return showLogin(request, reply, 403, { error: 'expired' });
    }
    if (!sameToken(request.csrf, sent)) return problem(request, reply, 403);
  });

  /** A console form's fields, checked by Fastify's validator like the portal's (form-schema.mjs). */
  const form = fields => ({ schema: { body: formSchema(fields) } });

  function showLogin(request, reply, status, { login, error } = {}) {
    const csrf = newToken();
    reply.setCookie(LOGIN_COOKIE, csrf, { ...cookieOptions(request), maxAge: 3600 });
    return send(reply, status, loginPage({ csrf, login, error }));
  }

  app.get('/staff', (request, reply) => reply.redirect('/staff/', 303));
  app.get(LOGIN_PATH, (request, reply) => showLogin(request, reply, 200));
  app.post(LOGIN_PATH, form(['csrf', 'login', 'password']), async (request, reply) => {
    const login = String(request.body.get('login') ?? '').slice(0, 100);
    const result = await logIn(db, {
      login,
      password: String(request.body.get('password') ?? ''),
      ip: request.ip,
    });
    if (result.error)
      return showLogin(request, reply, result.error === 'limited' ? 429 : 401, {
        login,
        error: result.error,
      });
    // A new token at every login: a token planted before it is worth nothing.
    reply.setCookie(SESSION_COOKIE, result.token, cookieOptions(request));
    reply.clearCookie(LOGIN_COOKIE, { path: '/staff' });
    return reply.redirect('/staff/', 303);
  });
  app.post('/staff/logout', form(['csrf']), async (request, reply) => {
    await logOut(db, request.cookies[SESSION_COOKIE]);
    reply.clearCookie(SESSION_COOKIE, { path: '/staff' });
    return reply.redirect(LOGIN_PATH, 303);
  });

  const who = request => ({ staff: request.staff, csrf: request.csrf });
  app.get('/staff/', async (request, reply) =>
    send(reply, 200, overview({ ...who(request), counts: await queueCounts(db) })),
  );
  app.get('/staff/queue/:kind', async (request, reply) => {
    const kind = KINDS[request.params.kind];
    const status = request.query.status ?? 'received';
    if (!kind || !QUEUE_STATUSES.includes(status)) return problem(request, reply, 404);
    const rows = await queue(db, kind, status, 200);
    return send(reply, 200, queuePage({ ...who(request), kind, status, rows }));
  });

  /** The submission a route names (letters and reports only), or a 404 page already sent. */
  async function itemOf(request, reply) {
    const tracking = String(request.params.tracking).toUpperCase();
    const item = TRACKING.test(tracking) ? await submission(db, tracking) : null;
    if (item && (item.kind === 'letter' || item.kind === 'report')) return item;
    problem(request, reply, 404);
    return null;
  }
  const again = (request, reply, status, extra) =>
    itemOf(request, reply).then(
      item => item && send(reply, status, itemPage({ ...who(request), item, ...extra })),
    );

  app.get('/staff/item/:tracking', async (request, reply) => {
    const done = { answered: '答复已发送。', published: '已公开。', assigned: '已由您办理。' };
    await again(request, reply, 200, { done: done[request.query.done] });
  });
  app.post('/staff/item/:tracking/assign', form(['csrf']), async (request, reply) => {
    const item = await itemOf(request, reply);
    if (!item) return;
    if (!(await assign(db, item.tracking, request.staff.login)))
      return problem(request, reply, 409);
    return reply.redirect(`/staff/item/${item.tracking}?done=assigned`, 303);
  });
  app.post('/staff/item/:tracking/answer', form(['csrf', 'answer']), async (request, reply) => {
    const item = await itemOf(request, reply);
    if (!item) return;
    const text = String(request.body.get('answer') ?? '').trim();
    const form = { answer: request.body.get('answer') ?? '' };
    if (!text || text.length > LIMITS.answer)
      return again(request, reply, 422, {
        form,
        error: text ? `答复最多 ${LIMITS.answer} 字，现在 ${text.length} 字。` : '请填写答复内容。',
      });
    if (!(await answer(db, item.tracking, text, request.staff.login)))
      return problem(request, reply, 409, '这件办件不在您手上，或已经答复，答复没有发送。');
    return reply.redirect(`/staff/item/${item.tracking}?done=answered`, 303);
  });
  app.post(
    '/staff/item/:tracking/publish',
    form(['csrf', 'title', 'question', 'answer']),
    async (request, reply) => {
      // Before anything else: a clerk learns nothing about the item from this route.
      if (request.staff.role !== 'publisher')
        return problem(request, reply, 403, '只有发布员可以公开信件，什么都没有改动。');
      const item = await itemOf(request, reply);
      if (!item) return;
      const form = Object.fromEntries(
        ['title', 'question', 'answer'].map(k => [k, String(request.body.get(k) ?? '')]),
      );
      const error = publishError(item, form);
      if (error) return again(request, reply, 422, { form, error });
      if (!(await publish(db, item.tracking, form))) return problem(request, reply, 409);
      return reply.redirect(`/staff/item/${item.tracking}?done=published`, 303);
    },
  );
}

/** What is wrong with a publish form, in words, or '' when it may be published. */
function publishError(item, form) {
  const missing = [];
  if (!form.title.trim()) missing.push('公开标题');
  if (!form.question.trim()) missing.push('公开的问题');
  if (!form.answer.trim()) missing.push('公开的答复');
  if (missing.length) return `请填写${missing.join('、')}。`;
  for (const [key, label] of [
    ['title', '标题'],
    ['question', '问题'],
    ['answer', '答复'],
  ]) {
    if (form[key].trim().length > LIMITS[key === 'answer' ? 'answer' : key])
      return `${label}太长：最多 ${LIMITS[key === 'answer' ? 'answer' : key]} 字。`;
    const found = personalData(item.fields, form[key]);
    if (found.length)
      return `公开的${label}里有来信人的个人信息（${found.join('、')}），请删去后再公开。`;
  }
  return '';
}

/** `npm start`: a first account when there is none, its password said once on the console. */
async function seedAndTell(db, { password, log = console.log }) {
  const made = await seedDemoAccount(db, password);
  if (!made) return;
  log(
    made.generated
      ? `staff console: account "demo" (publisher) created with the generated password ${made.password} ` +
          '(shown only this once) — log in at /staff/login; YILAN_STAFF_PASSWORD chooses it, ' +
          'staff-cli.mjs adds accounts'
      : 'staff console: account "demo" (publisher) created with the password in YILAN_STAFF_PASSWORD',
  );
}

export const staffConsole = fp(plugin, { name: 'staff-console' });
