// @vitest-environment node
// The staff console through the real server (buildServer, in-memory PGlite): login, sessions,
// CSRF, roles, and the whole life of a letter from the citizen's form to 公开信件.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
// @ts-expect-error plain JS modules of the portal
import { buildServer } from '../server.mjs';
// @ts-expect-error plain JS module of the portal
import { openDatabase } from '../store/db.mjs';
// @ts-expect-error plain JS module of the portal
import { addStaff, LIMITS } from '../store/staff.mjs';
// @ts-expect-error plain JS module of the portal
import { publish, answer, submit } from '../store/submissions.mjs';
import type { Database } from '../store/backends.js';

const PASSWORD = 'staff-test-password';
let app: FastifyInstance;
let db: Database;
let ip = 0;

beforeAll(async () => {
  db = await openDatabase({});
  await addStaff(db, { login: 'clerk', name: '李办事员', role: 'clerk', password: PASSWORD });
  await addStaff(db, { login: 'pub', name: '王发布员', role: 'publisher', password: PASSWORD });
  app = await buildServer({ db, speech: { threads: 1 }, captcha: 'test' });
  await app.ready();
}, 120_000);
afterAll(async () => {
  await app?.close();
  await db?.close();
});

/** A browser's worth of state: cookies (by name) and the address it comes from. */
class Client {
  cookies = new Map<string, string>();
  address = `10.0.${Math.floor(++ip / 250)}.${ip % 250}`;
  async request(method: 'GET' | 'POST' | 'HEAD', url: string, form?: Record<string, string>) {
    const response = await app.inject({
      method,
      url,
      remoteAddress: this.address,
      headers: {
        cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
        ...(form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
      },
      payload: form ? new URLSearchParams(form).toString() : undefined,
    });
    for (const c of response.cookies as { name: string; value: string; maxAge?: number }[])
      if (c.value === '' || c.maxAge === 0) this.cookies.delete(c.name);
      else this.cookies.set(c.name, c.value);
    return response;
  }
  get = (url: string) => this.request('GET', url);
  post = (url: string, form: Record<string, string> = {}) => this.request('POST', url, form);
  /** The CSRF token of the last page's forms. */
  csrf = (r: LightMyRequestResponse) => /name="csrf" value="([^"]+)"/.exec(r.body)?.[1] ?? '';
  async logIn(login: string, password = PASSWORD) {
    const page = await this.get('/staff/login');
    return this.post('/staff/login', { csrf: this.csrf(page), login, password });
  }
}

async function loggedIn(login: string) {
  const client = new Client();
  const r = await client.logIn(login);
  expect(r.statusCode).toBe(303);
  return client;
}

/** A citizen's letter through the message form, as server.test.ts sends it. */
async function citizenLetter(content = '我家老楼能加装电梯吗？住在三楼，腿脚不便。') {
  const citizen = new Client();
  const form = (await citizen.get('/interact/message')).body;
  const pick = (re: RegExp) => re.exec(form)?.[1] ?? '';
  const sent = await citizen.post('/interact/message', {
    key: pick(/name="key" value="([^"]+)"/),
    token: pick(/name="token" value="([^"]+)"/),
    captcha: '0000', // the test mode's answer (captcha: 'test' above)
    name: '张秀英',
    phone: '13912345678',
    kind: '咨询',
    content,
  });
  expect(sent.statusCode).toBe(303);
  const tracking = String(sent.headers.location).split('/').pop()!;
  const shown = await citizen.get(String(sent.headers.location));
  const code = /查询码 <strong class="code">(\d{6})<\/strong>/.exec(shown.body)![1]!;
  return { citizen, tracking, code };
}

const track = async (tracking: string, code: string) =>
  (await new Client().post('/interact/track', { n: tracking, code })).body;

/** Every route of the server's route table (app.printRoutes) whose path starts with /staff. */
function staffRoutes(): { method: string; path: string }[] {
  const out: { method: string; path: string }[] = [];
  const stack: string[] = [];
  for (const line of app.printRoutes({ commonPrefix: false }).split('\n')) {
    const m = /^([│ ]*)[├└]── (.*?)(?: \(([A-Z, ]+)\))?$/.exec(line);
    if (!m) continue;
    const depth = m[1]!.length / 4;
    stack.length = depth;
    stack.push(m[2]!);
    const path = stack.join('');
    if (m[3] && (path === '/staff' || path.startsWith('/staff/')))
      for (const method of m[3].split(', ')) out.push({ method, path });
  }
  return out;
}

describe('login', () => {
  it('the login page: a form with its own CSRF token, never indexed or cached, strict CSP', async () => {
    const r = await new Client().get('/staff/login');
    expect(r.statusCode).toBe(200);
    expect(r.body).toContain('<h1>工作人员登录</h1>');
    expect(r.body).toContain('<meta name="robots" content="noindex, nofollow" />');
    expect(r.headers['x-robots-tag']).toBe('noindex, nofollow');
    expect(r.headers['cache-control']).toBe('no-store');
    expect(r.headers['content-security-policy']).toMatch(/script-src 'self';.*trusted-types/);
    expect(r.body).not.toMatch(/<script(?![^>]*\bsrc=)/);
    const cookie = String(r.headers['set-cookie']);
    expect(cookie).toMatch(/^yl_staff_login=[\w-]{43};.*Path=\/staff; HttpOnly; SameSite=Strict/);
  });

  it('the right password: a session cookie, HttpOnly, SameSite=Strict, Path=/staff; the console opens', async () => {
    const client = new Client();
    const r = await client.logIn('CLERK');
    expect(r.statusCode).toBe(303);
    expect(r.headers.location).toBe('/staff/');
    const cookie = ([] as string[])
      .concat(r.headers['set-cookie'] ?? [])
      .find(c => c.startsWith('yl_staff='))!;
    expect(cookie).toMatch(/^yl_staff=[\w-]{43}; Path=\/staff; HttpOnly; SameSite=Strict$/);
    const home = await client.get('/staff/');
    expect(home.statusCode).toBe(200);
    expect(home.body).toContain('李办事员（办事员）');
    expect(home.body).toContain('<h1>工作台</h1>');
  });

  it('a wrong password and an unknown login get the same answer; the login is kept, the password not', async () => {
    const wrong = await new Client().logIn('clerk', 'not-the-password');
    const unknown = await new Client().logIn('nobody', PASSWORD);
    for (const r of [wrong, unknown]) {
      expect(r.statusCode).toBe(401);
      expect(r.body).toContain('登录名或密码不对');
      expect(String(r.headers['set-cookie'])).not.toMatch(/yl_staff=/);
    }
    expect(wrong.body).toContain('value="clerk"');
    expect(wrong.body).not.toContain('not-the-password');
    const alert = (body: string) => /role="alert">(.*?)<\/div>/s.exec(body)?.[1];
    expect(alert(wrong.body)).toBe(alert(unknown.body));
  });

  it('a login without its form token, or with another one, is refused and logs no one in', async () => {
    const client = new Client();
    await client.get('/staff/login');
    for (const csrf of [undefined, 'x'.repeat(43)]) {
      const r = await client.post('/staff/login', {
        ...(csrf ? { csrf } : {}),
        login: 'clerk',
        password: PASSWORD,
      });
      expect(r.statusCode).toBe(403);
      expect(r.body).toContain('登录页面已过期');
      expect(client.cookies.has('yl_staff')).toBe(false);
    }
  });

  it(`after ${LIMITS.perLogin} failures the account is refused for a while, with a clear message`, async () => {
    await addStaff(db, { login: 'target', role: 'clerk', password: PASSWORD });
    for (let i = 0; i < LIMITS.perLogin; i++)
      expect((await new Client().logIn('target', `guess-${i}`)).statusCode).toBe(401);
    const right = await new Client().logIn('target', PASSWORD);
    expect(right.statusCode).toBe(429);
    expect(right.body).toContain('登录失败次数太多，请 15 分钟后再试');
    // Other accounts are not affected.
    expect((await new Client().logIn('clerk')).statusCode).toBe(303);
  });

  it('logout ends the session: the old cookie opens nothing', async () => {
    const client = await loggedIn('clerk');
    const token = client.cookies.get('yl_staff')!;
    const home = await client.get('/staff/');
    const out = await client.post('/staff/logout', { csrf: client.csrf(home) });
    expect(out.statusCode).toBe(303);
    expect(out.headers.location).toBe('/staff/login');
    expect(client.cookies.has('yl_staff')).toBe(false);
    client.cookies.set('yl_staff', token);
    expect((await client.get('/staff/')).statusCode).toBe(303);
  });
});

describe('every console route needs a session', () => {
  it('the route table has the console routes (so the check below sees them)', () => {
    const routes = staffRoutes().map(r => `${r.method} ${r.path}`);
    for (const expected of [
      'GET /staff/login',
      'POST /staff/login',
      'GET /staff/',
      'GET /staff/queue/:kind',
      'GET /staff/item/:tracking',
      'POST /staff/item/:tracking/publish',
    ])
      expect(routes).toContain(expected);
  });

  it('without a session, or with a made-up one, each is refused: GET → login page, POST → 401', async () => {
    const { tracking } = await citizenLetter();
    const routes = staffRoutes().filter(r => r.path !== '/staff/login');
    expect(routes.length).toBeGreaterThanOrEqual(8);
    // A path the console does not have (the portal's catch-all answers it) is guarded too.
    routes.push({ method: 'GET', path: '/staff/no-such-page' });
    const before = await db.query(
      'select status, assigned_to from submissions where tracking = $1',
      [tracking],
    );
    for (const cookie of [undefined, 'made-up-token-made-up-token-made-up-token-0']) {
      // Each also spelled with an escaped letter, which the router decodes (/%73taff/ is /staff/).
      const spellings = routes.flatMap(r => [r, { ...r, path: r.path.replace('/s', '/%73') }]);
      for (const { method, path } of spellings) {
        const client = new Client();
        if (cookie) client.cookies.set('yl_staff', cookie);
        const url = path.replace(':kind', 'letters').replace(':tracking', tracking);
        const r = await client.request(
          method as 'GET',
          url,
          method === 'POST' ? { csrf: 'x', answer: 'x' } : undefined,
        );
        const where = `${method} ${url} (${cookie ? 'bad cookie' : 'no cookie'})`;
        if (method === 'POST') {
          expect(r.statusCode, where).toBe(401);
          expect(r.body, where).toContain('请先登录');
        } else {
          expect(r.statusCode, where).toBe(303);
          expect(r.headers.location, where).toBe('/staff/login');
        }
        expect(r.body, where).not.toContain(tracking);
      }
    }
    const after = await db.query(
      'select status, assigned_to from submissions where tracking = $1',
      [tracking],
    );
    expect(after.rows).toEqual(before.rows);
  });
});

describe('CSRF and roles', () => {
  it("a POST without the token, with a wrong one or another session's is refused with 403; nothing changes", async () => {
    const { tracking } = await citizenLetter();
    const clerk = await loggedIn('clerk');
    const other = await loggedIn('clerk');
    const page = await clerk.get(`/staff/item/${tracking}`);
    const otherToken = other.csrf(await other.get('/staff/'));
    for (const form of [{}, { csrf: '' }, { csrf: 'x'.repeat(43) }, { csrf: otherToken }]) {
      const r = await clerk.post(`/staff/item/${tracking}/assign`, form);
      expect(r.statusCode).toBe(403);
      expect(r.body).toContain('什么都没有改动');
    }
    const status = await db.query('select status from submissions where tracking = $1', [tracking]);
    expect(status.rows[0].status).toBe('received');
    const ok = await clerk.post(`/staff/item/${tracking}/assign`, { csrf: clerk.csrf(page) });
    expect(ok.statusCode).toBe(303);
  });

  it('a JSON body (no form token) is refused too', async () => {
    const clerk = await loggedIn('clerk');
    const r = await app.inject({
      method: 'POST',
      url: '/staff/logout',
      headers: {
        cookie: `yl_staff=${clerk.cookies.get('yl_staff')}`,
        'content-type': 'application/json',
      },
      payload: '{"csrf":"x"}',
    });
    expect(r.statusCode).toBe(403);
    expect((await clerk.get('/staff/')).statusCode).toBe(200);
  });

  it('a clerk cannot publish: 403, and the letter stays unpublished', async () => {
    const { tracking } = await citizenLetter();
    await db.query(
      "update submissions set status = 'in_progress', assigned_to = 'clerk' where tracking = $1",
      [tracking],
    );
    await answer(db, tracking, '可以申请。');
    const clerk = await loggedIn('clerk');
    const page = await clerk.get(`/staff/item/${tracking}`);
    expect(page.body).toContain('公开需由发布员操作');
    expect(page.body).not.toContain(`action="/staff/item/${tracking}/publish"`);
    const r = await clerk.post(`/staff/item/${tracking}/publish`, {
      csrf: clerk.csrf(page),
      title: '加装电梯',
      question: '老楼能加装电梯吗？',
      answer: '可以申请。',
    });
    expect(r.statusCode).toBe(403);
    expect(r.body).toContain('只有发布员可以公开信件');
    const row = await db.query('select published_at from submissions where tracking = $1', [
      tracking,
    ]);
    expect(row.rows[0].published_at).toBeNull();
  });

  it('a clerk answers only what is in their hands', async () => {
    const { tracking } = await citizenLetter();
    const pub = await loggedIn('pub');
    await pub.post(`/staff/item/${tracking}/assign`, { csrf: pub.csrf(await pub.get('/staff/')) });
    const clerk = await loggedIn('clerk');
    const page = await clerk.get(`/staff/item/${tracking}`);
    expect(page.body).toContain('改由我办理');
    const r = await clerk.post(`/staff/item/${tracking}/answer`, {
      csrf: clerk.csrf(page),
      answer: '好的',
    });
    expect(r.statusCode).toBe(409);
    const row = await db.query('select status, answer from submissions where tracking = $1', [
      tracking,
    ]);
    expect(row.rows[0]).toEqual({ status: 'in_progress', answer: null });
  });
});

describe('a letter from the form to 公开信件', () => {
  it('citizen sends → clerk takes and answers → publisher publishes → the portal shows it without the sender', async () => {
    const { tracking, code } = await citizenLetter();
    expect(await track(tracking, code)).toContain('已受理');

    const clerk = await loggedIn('clerk');
    const queue = await clerk.get('/staff/queue/letters?status=received');
    expect(queue.body).toContain(`<a href="/staff/item/${tracking}">${tracking}</a>`);
    let page = await clerk.get(`/staff/item/${tracking}`);
    expect(page.body).toContain('张秀英');
    expect(page.body).toContain('13912345678');
    let r = await clerk.post(`/staff/item/${tracking}/assign`, { csrf: clerk.csrf(page) });
    expect(r.headers.location).toBe(`/staff/item/${tracking}?done=assigned`);
    expect(await track(tracking, code)).toContain('办理中');

    page = await clerk.get(String(r.headers.location));
    expect(page.body).toContain('已由您办理');
    // An empty answer comes back with an error; nothing is sent.
    r = await clerk.post(`/staff/item/${tracking}/answer`, {
      csrf: clerk.csrf(page),
      answer: '  ',
    });
    expect(r.statusCode).toBe(422);
    expect(r.body).toContain('请填写答复内容');
    const reply = '张秀英您好：老楼加装电梯可向所在街道申请，政府按每台 20 万元补贴。';
    r = await clerk.post(`/staff/item/${tracking}/answer`, {
      csrf: clerk.csrf(page),
      answer: reply,
    });
    expect(r.statusCode).toBe(303);
    const seen = await track(tracking, code);
    expect(seen).toContain('已答复');
    expect(seen).toContain(reply);

    const pub = await loggedIn('pub');
    page = await pub.get(`/staff/item/${tracking}`);
    expect(page.body).toContain('公开到“公开信件”');
    // The answer still greets the sender by name: refused until the publisher takes it out.
    const form = {
      csrf: pub.csrf(page),
      title: '老楼加装电梯有补贴吗',
      question: '老楼能加装电梯吗？住在三楼，腿脚不便。',
      answer: reply,
    };
    r = await pub.post(`/staff/item/${tracking}/publish`, form);
    expect(r.statusCode).toBe(422);
    expect(r.body).toContain('个人信息（姓名）');
    expect(r.body).toContain('老楼加装电梯有补贴吗');
    r = await pub.post(`/staff/item/${tracking}/publish`, {
      ...form,
      question: '我的电话 13912345678',
    });
    expect(r.statusCode).toBe(422);
    expect((await new Client().get('/interact/letters')).body).not.toContain(
      '老楼加装电梯有补贴吗',
    );
    const publicAnswer = reply.replace('张秀英您好：', '');
    r = await pub.post(`/staff/item/${tracking}/publish`, { ...form, answer: publicAnswer });
    expect(r.statusCode).toBe(303);

    const list = await new Client().get('/interact/letters');
    expect(list.statusCode).toBe(200);
    const link = new RegExp(`<a href="(/interact/letters/\\d+)">老楼加装电梯有补贴吗</a>`).exec(
      list.body,
    );
    expect(link).not.toBeNull();
    const letter = await new Client().get(link![1]!);
    expect(letter.statusCode).toBe(200);
    expect(letter.body).toContain('老楼能加装电梯吗？住在三楼，腿脚不便。');
    expect(letter.body).toContain(publicAnswer);
    for (const body of [list.body, letter.body]) {
      expect(body).not.toContain('张秀英');
      expect(body).not.toContain('13912345678');
      expect(body).not.toContain(tracking);
    }
    // The sender still sees the answer they were sent.
    expect(await track(tracking, code)).toContain(reply);
  });

  it('公开信件 pages: newest first, 10 a page, an unknown letter is the 404 page', async () => {
    for (let i = 0; i < 12; i++) {
      const { tracking } = await submit(db, {
        kind: 'letter',
        fields: { name: '某', content: `问题 ${i}` },
        key: `letters-page-${i}-${Math.random()}`,
      });
      await answer(db, tracking, `答复 ${i}`);
      await publish(db, tracking, { title: `第${i}封公开信`, question: `问题 ${i}` });
    }
    const first = (await new Client().get('/interact/letters')).body;
    expect(first.indexOf('第11封公开信')).toBeLessThan(first.indexOf('第10封公开信'));
    expect(first).toContain('aria-label="分页"');
    expect(first).not.toContain('第0封公开信');
    const second = await new Client().get('/interact/letters?page=2');
    expect(second.body).toContain('第0封公开信');
    expect((await new Client().get('/interact/letters?page=zz')).statusCode).toBe(200);
    expect((await new Client().get('/interact/letters/999999')).statusCode).toBe(404);
  });
});

describe('the first account (npm start)', () => {
  it('is made only on an empty database, with a generated password said once and never a fixed one', async () => {
    const fresh = await openDatabase({});
    const said: string[] = [];
    const seed = { log: (line: string) => said.push(line) };
    try {
      for (let i = 0; i < 2; i++) {
        const server = await buildServer({ db: fresh, staffSeed: seed, speech: { threads: 1 } });
        await server.close();
      }
      expect(said).toHaveLength(1);
      const password = /generated password (\S+)/.exec(said[0]!)![1]!;
      expect(password).toMatch(/^[\w-]{16}$/);
      const { rows } = await fresh.query('select login, role, password_hash from staff');
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({ login: 'demo', role: 'publisher' });
      expect(rows[0].password_hash).not.toContain(password);
      // Another empty database gets another password.
      const other = await openDatabase({});
      const again: string[] = [];
      await (
        await buildServer({
          db: other,
          staffSeed: { log: (l: string) => again.push(l) },
          speech: { threads: 1 },
        })
      ).close();
      await other.close();
      expect(/generated password (\S+)/.exec(again[0]!)![1]).not.toBe(password);
    } finally {
      await fresh.close();
    }
  }, 60_000);
});
