// @vitest-environment node
// The portal server against the requests that used to stop it (issue 18), over raw sockets where
// a well-behaved client could not send them; after each one the portal must still answer.
import { connect } from 'node:net';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from './server.mjs';

const PORT = 4611;
const base = `http://127.0.0.1:${PORT}`;
let server: Server;

beforeAll(async () => {
  // A small speech queue so the test can fill it; rate limit out of the way (tested separately).
  server = await startServer(PORT, '127.0.0.1', {
    speech: { threads: 1, queue: 2, perMinute: 10_000 },
    captcha: 'test',
    formsPerMinute: 10_000,
  });
  expect((await fetch(`${base}/`)).status).toBe(200);
}, 120_000);
afterAll(() => new Promise(resolve => server.close(resolve)));

/** Writes raw bytes; resolves to all the server sent back once it closes or goes quiet. */
function raw(
  chunks: string[],
  { hangUp = false, quietMs = 1500 } = {},
): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const socket = connect(PORT, '127.0.0.1');
    let text = '';
    let timer: NodeJS.Timeout;
    const done = () => {
      clearTimeout(timer);
      socket.destroy();
      resolve({ status: Number(/^HTTP\/1\.1 (\d{3})/.exec(text)?.[1] ?? 0), text });
    };
    socket.on('data', data => {
      text += data.toString('latin1');
      clearTimeout(timer);
      timer = setTimeout(done, quietMs);
    });
    socket.on('close', done);
    socket.on('error', error => (hangUp ? done() : reject(error)));
    socket.on('connect', () => {
      for (const chunk of chunks) socket.write(chunk);
      // A client that disconnects in the middle of its body.
      if (hangUp) setTimeout(() => socket.destroy(), 200);
      timer = setTimeout(done, quietMs);
    });
  });
}

const request = (line: string, headers = 'Host: 127.0.0.1\r\nConnection: close\r\n') =>
  raw([`${line}\r\n${headers}\r\n`]);

async function portalAnswers() {
  const response = await fetch(`${base}/`);
  expect(response.status).toBe(200);
  expect(await response.text()).toContain('示例市人民政府');
}

describe('malformed requests are a 4xx, and the portal keeps answering', () => {
  it.each([
    'GET /yilan/%E0%A4%A HTTP/1.1',
    'GET /%ff HTTP/1.1',
    'GET /% HTTP/1.1',
    'GET /news/%E0%A4%A?x=%ff HTTP/1.1',
  ])('%s → 400 page', async line => {
    const { status, text } = await request(line);
    expect(status).toBe(400);
    expect(text).toMatch(/x-content-type-options: nosniff/i);
    expect(Buffer.from(text, 'latin1').toString('utf8')).toContain('无法识别的请求');
    await portalAnswers();
  });

  it.each(['GET //[ HTTP/1.1', 'GET /[ HTTP/1.1', 'FOO / HTTP/1.1', 'PROPFIND / HTTP/1.1'])(
    '%s → 4xx',
    async line => {
      const { status } = await request(line);
      expect(status).toBeGreaterThanOrEqual(400);
      expect(status).toBeLessThan(500);
      await portalAnswers();
    },
  );

  it('a speech request whose client hangs up mid-body', async () => {
    const head =
      'POST /api/tts HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 4000\r\n\r\n';
    await raw([head, '{"text":"欢迎访问示例市'], { hangUp: true });
    await raw([head.replace('4000', '40'), '{"te'], { hangUp: true });
    await portalAnswers();
  });

  it('a form over 64 KB: a 413 page that says what to do', async () => {
    const body = `name=a&content=${'x'.repeat(70_000)}`;
    const response = await fetch(`${base}/interact/message`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body,
    });
    expect(response.status).toBe(413);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    const text = await response.text();
    expect(text).toContain('提交的内容太长');
    expect(text).toContain('后退');
    await portalAnswers();
  });

  it('speech JSON over its limit: a 413 in JSON', async () => {
    const response = await fetch(`${base}/api/tts`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text: 'a', pad: 'x'.repeat(20_000) }),
    });
    expect(response.status).toBe(413);
    expect((await response.json()).error).toBeTruthy();
    await portalAnswers();
  });
});

const speak = (body: unknown, type = 'application/json') =>
  fetch(`${base}/api/tts`, {
    method: 'POST',
    headers: { 'content-type': type },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
describe('headers', () => {
  it('portal pages: strict CSP with Trusted Types, no framing, referrer policy, nosniff', async () => {
    for (const path of ['/', '/interact/message', '/no-such-page']) {
      const headers = (await fetch(`${base}${path}`)).headers;
      const csp = headers.get('content-security-policy') ?? '';
      expect(csp).toContain("require-trusted-types-for 'script'");
      expect(csp).toContain('trusted-types lit-html portal-search');
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toContain('unsafe-inline');
      expect(headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
      expect(headers.get('x-content-type-options')).toBe('nosniff');
      expect(headers.get('cache-control')).toBe('no-store');
    }
  });

  it('JSON and static files are nosniff too', async () => {
    // (/api/qa and /api/search would build the search index first: 15 s on a busy machine.)
    const json = [await fetch(`${base}/api/none`), await speak({ text: '' })];
    for (const response of json) {
      expect(response.headers.get('content-type')).toMatch(/^application\/json/);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    }
    for (const path of ['/styles.css', '/yilan/yilan.js']) {
      const response = await fetch(`${base}${path}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    }
  });

  it('the versioned API answers a bad query with its 400 and a reason, an unknown one with 404', async () => {
    // (Both are answered before the search index is needed.)
    const missing = await fetch(`${base}/api/v1/search`);
    expect(missing.status).toBe(400);
    expect(missing.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await missing.json()).toEqual({ error: expect.stringMatching(/q is required/) });
    const long = await fetch(`${base}/api/v1/qa?q=${encodeURIComponent('问'.repeat(201))}`);
    expect(long.status).toBe(400);
    expect((await fetch(`${base}/api/v1/nothing?q=a`)).status).toBe(404);
  });

  it('test pages get a CSP only when they ask; legacy mounts keep their types', async () => {
    const plain = await fetch(`${base}/fixtures/basic.html`);
    expect(plain.headers.get('content-security-policy')).toBeNull();
    const strict = await fetch(`${base}/fixtures/basic.html?csp=strict`);
    expect(strict.headers.get('content-security-policy')).toContain('trusted-types lit-html');
    const none = await fetch(`${base}/fixtures/basic.html?csp=strict-tt-none`);
    expect(none.headers.get('content-security-policy')).toContain('trusted-types none');
    const js = await fetch(`${base}/enc/yilan/yilan.js`);
    expect(js.headers.get('content-type')).toBe('text/javascript');
    const gbk = await fetch(`${base}/enc/gbk.html?charset=gbk`);
    expect(gbk.headers.get('content-type')).toBe('text/html; charset=gbk');
    expect((await fetch(`${base}/yilan/yilan.js`)).headers.get('content-type')).toBe(
      'text/javascript; charset=utf-8',
    );
  });
});

const seconds = (wav: Buffer) => wav.readUInt32LE(40) / 2 / wav.readUInt32LE(24);

describe('speech endpoint', () => {
  it('speaks JSON; refuses text/plain (what a cross-site form can send) with 415', async () => {
    const ok = await speak({ text: '你好', lang: 'zh-CN', rate: 1 });
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-type')).toBe('audio/wav');
    expect(
      Buffer.from(await ok.arrayBuffer())
        .subarray(0, 4)
        .toString(),
    ).toBe('RIFF');
    expect((await speak(JSON.stringify({ text: '你好' }), 'text/plain')).status).toBe(415);
    expect((await speak('text=你好', 'application/x-www-form-urlencoded')).status).toBe(415);
  });

  it('reads SSML as text: a 132-byte request cannot ask for an hour of silence', async () => {
    const response = await speak({ text: '你好<break time="3600s"/>再见', lang: 'zh-CN' });
    expect(response.status).toBe(200);
    expect(seconds(Buffer.from(await response.arrayBuffer()))).toBeLessThan(15);
  });

  it('refuses more than 600 characters, empty text and unknown languages', async () => {
    expect((await speak({ text: '啊'.repeat(601) })).status).toBe(400);
    expect((await speak({ text: '   ' })).status).toBe(400);
    expect((await speak({ text: 'bonjour', lang: 'fr' })).status).toBe(422);
    expect((await speak({ text: 'x', lang: '<script>' })).status).toBe(400);
  });

  it('a full queue answers 503 with Retry-After; the portal still answers meanwhile', async () => {
    const text = '欢迎访问示例市人民政府网站，'.repeat(12);
    const all = Array.from({ length: 8 }, () => speak({ text }));
    await portalAnswers();
    const responses = await Promise.all(all);
    const busy = responses.filter(r => r.status === 503);
    expect(busy.length).toBeGreaterThan(0);
    expect(busy[0]!.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(responses.filter(r => r.status === 200).length).toBeGreaterThanOrEqual(3);
    await Promise.all(responses.map(r => r.arrayBuffer()));
  }, 60_000);

  it('each client has a rate limit (429)', async () => {
    const limited: Server = await startServer(PORT + 1, '127.0.0.1', {
      speech: { perMinute: 3 },
    });
    try {
      const url = `http://127.0.0.1:${PORT + 1}/api/tts`;
      const statuses = [];
      for (let i = 0; i < 5; i++) {
        const response = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ text: '' }),
        });
        statuses.push(response.status);
      }
      expect(statuses).toEqual([400, 400, 400, 429, 429]);
    } finally {
      await new Promise(resolve => limited.close(resolve));
    }
  }, 120_000);
});

const post = (path: string, fields: Record<string, string>) =>
  fetch(`${base}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(fields).toString(),
  }).then(async r => ({ status: r.status, html: await r.text() }));

describe('form input is validated by a schema', () => {
  it('a field sent twice is a 400 page, and the portal still answers', async () => {
    const twice = await fetch(`${base}/interact/track`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'n=XX-20261203-ABCDEF&n=YY-20261203-ABCDEF&code=123456',
    });
    expect(twice.status).toBe(400);
    expect(await twice.text()).toContain('无法识别的请求');
    expect((await fetch(`${base}/`)).status).toBe(200);
  });

  it('a field no form has is dropped before the page sees it, not refused', async () => {
    const sent = await post('/interact/track', {
      n: 'XX-20261203-ABCDEF',
      code: '123456',
      admin: '1',
    });
    expect(sent.status).toBe(404);
    expect(sent.html).toContain('没有找到');
  });
});

describe('forms keep what was typed', () => {
  it('a line break counts once, as in the browser: a full 500-character message with 19 breaks is whole', async () => {
    const lines = Array.from({ length: 20 }, (_, i) =>
      `第${String(i).padStart(2, '0')}行`.padEnd(24, '字'),
    );
    // 20 lines of 24 characters joined by 19 breaks: 480 + 19 = 499 as maxlength counts.
    const content = `${lines.join('\r\n')}尾`;
    const { html } = await post('/interact/message', { name: '李阿姨', content });
    expect(html).not.toContain('留言内容：');
    expect(html).toContain(`${lines.join('\n')}尾</textarea>`);
  });

  it('over-long input is refused with an error and kept whole', async () => {
    const name = '名'.repeat(45);
    const content = '长'.repeat(520);
    const { status, html } = await post('/interact/message', { name, content });
    expect(status).toBe(422);
    expect(html).toContain('最多 40 个字，现在是 45 个字');
    expect(html).toContain('最多 500 个字，现在是 520 个字');
    expect(html).toContain(`value="${name}"`);
    expect(html).toContain(`${content}</textarea>`);
  });

  it('booking accepts only the offered slots, and shows the form again with an error', async () => {
    const fields = {
      service: 'fund-withdraw',
      date: '2026-12-05',
      slot: '22:00',
      name: '张大爷',
      phone: '13800000000',
    };
    const night = await post('/interact/booking', fields);
    expect(night.status).toBe(422);
    expect(night.html).toContain('错误：请选择上午或下午');
    expect(night.html).toContain('value="张大爷"');
    const saturday = await post('/interact/booking', { ...fields, slot: 'pm' });
    expect(saturday.html).toContain('周六只有上午可以预约');
    // Kept: redirected to its confirmation (followed here), which says when and what.
    const ok = await post('/interact/booking', { ...fields, slot: 'am' });
    expect(ok.status).toBe(200);
    expect(ok.html).toContain('您已预约 2026-12-05 上午 9:00–12:00 办理“');
  });

  it("the report's back link never leaves the site", async () => {
    for (const page of [
      '/\\evil.example',
      '//evil.example',
      '/\t/evil.example',
      'https://evil.example',
    ]) {
      const { html } = await post('/report', { page, problem: '其他', detail: '链接打不开了' });
      expect(html).toContain('<a href="/">返回刚才的页面</a>');
    }
    const { html } = await post('/report', {
      page: '/news/',
      problem: '其他',
      detail: '链接打不开了',
    });
    expect(html).toContain('<a href="/news/">返回刚才的页面</a>');
  });

  it('Object.prototype names are not pages', async () => {
    for (const path of [
      '/about/constructor',
      '/about/__proto__',
      '/about/toString',
      '/news/constructor',
    ])
      expect((await fetch(`${base}${path}`)).status).toBe(404);
  });
});

describe('a letter is kept, and its sender can follow it', () => {
  /** The message form's hidden key and CAPTCHA, as a browser would send them back. */
  async function blankForm() {
    const page = await (await fetch(`${base}/interact/message`)).text();
    const pick = (re: RegExp) => re.exec(page)?.[1] ?? '';
    return {
      key: pick(/name="key" value="([^"]+)"/),
      token: pick(/name="token" value="([^"]+)"/),
      // The test mode's answer (DEMO_CAPTCHA=test); the real one is in no page (captcha.test.ts).
      captcha: '0000',
    };
  }
  const send = (fields: Record<string, string>) =>
    fetch(`${base}/interact/message`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(fields).toString(),
      redirect: 'manual',
    });

  it('redirects after POST to its number; the code is shown once; the same form again is kept once', async () => {
    const form = await blankForm();
    expect(form.key).toMatch(/^[0-9a-f-]{36}$/);
    const letter = { ...form, name: '李阿姨', content: '请问高龄津贴提标以后什么时候开始发放？' };
    const first = await send(letter);
    expect(first.status).toBe(303);
    const location = first.headers.get('location')!;
    expect(location).toMatch(/^\/interact\/track\/XX-\d{8}-[2-9A-HJKMNP-Z]{6}$/);
    const cookie = first.headers.get('set-cookie')!;
    expect(cookie).toMatch(/HttpOnly/i);
    expect(location).not.toMatch(/\d{6}$/);
    const shown = await fetch(`${base}${location}`, { headers: { cookie: cookie.split(';')[0]! } });
    const confirmation = await shown.text();
    const code = /查询码 <strong class="code">(\d{6})<\/strong>/.exec(confirmation)?.[1];
    expect(code).toMatch(/^\d{6}$/);
    // Later, without the cookie, the page gives the number and no code.
    expect(await (await fetch(`${base}${location}`)).text()).not.toContain(code!);

    // The same form sent again (a second click, a re-sent POST): the same letter, not a new one.
    const again = await send(letter);
    expect(again.status).toBe(303);
    expect(again.headers.get('location')).toBe(location);
    expect(again.headers.get('set-cookie')).toBeNull();

    // The lookup: the right code shows the status; a wrong one says nothing about the letter.
    const tracking = location.split('/').pop()!;
    const found = await post('/interact/track', { n: tracking.toLowerCase(), code: code! });
    expect(found.status).toBe(200);
    expect(found.html).toContain('已受理');
    const wrong = String((Number(code) + 1) % 1_000_000).padStart(6, '0');
    const missed = await post('/interact/track', { n: tracking, code: wrong });
    expect(missed.status).toBe(404);
    expect(missed.html).toContain('没有找到');
    expect(missed.html).toContain(`value="${tracking}"`);
  });

  it('a 纠错 report is kept too, and returns to the page it was about', async () => {
    const sent = await fetch(`${base}/report`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        page: '/news/',
        problem: '链接打不开',
        detail: '第二条新闻打不开',
      }),
      redirect: 'manual',
    });
    expect(sent.status).toBe(303);
    const location = sent.headers.get('location')!;
    expect(location).toMatch(/^\/interact\/track\/JC-\d{8}-\w{6}\?back=%2Fnews%2F$/);
    const cookie = sent.headers.get('set-cookie')!.split(';')[0]!;
    const page = await (await fetch(`${base}${location}`, { headers: { cookie } })).text();
    expect(page).toContain('<a href="/news/">返回刚才的页面</a>');
    const code = /查询码 <strong class="code">(\d{6})<\/strong>/.exec(page)![1]!;
    const tracking = location.split('/').pop()!.split('?')[0]!;
    const found = await post('/interact/track', { n: tracking, code });
    expect(found.html).toContain(`纠错 ${tracking}`);
    expect(found.html).toContain('已受理');
  });

  it('200 letters sent at once get 200 different numbers', async () => {
    const forms = await Promise.all(Array.from({ length: 200 }, blankForm));
    const sent = await Promise.all(
      forms.map((form, i) =>
        send({ ...form, name: `市民${i}`, content: `第 ${i} 封留言，请尽快答复。` }),
      ),
    );
    expect(sent.every(r => r.status === 303)).toBe(true);
    expect(new Set(sent.map(r => r.headers.get('location'))).size).toBe(200);
  }, 120_000);
});
