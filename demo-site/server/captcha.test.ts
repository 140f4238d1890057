// @vitest-environment node
// The message form's CAPTCHA as a script would attack it (issue 18): the answer is in no page,
// each picture allows one try within its time, and the picture and audio are rate-limited.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildServer } from '../server.mjs';
import { openDatabase } from '../store/db.mjs';
import { captchaAnswer, captchaMode, issueCaptcha } from '../store/captcha.mjs';

let app: FastifyInstance;
let db: Awaited<ReturnType<typeof openDatabase>>;

beforeAll(async () => {
  db = await openDatabase({});
  app = await buildServer({ db, captcha: 'real', speech: { threads: 1, perMinute: 10_000 } });
}, 60_000);
afterAll(async () => {
  await app.close();
  await db.close();
});

/** The form as a browser gets it: the page, its CAPTCHA token and its form key. */
async function form() {
  const page = (await app.inject('/interact/message')).body;
  const pick = (re: RegExp) => re.exec(page)?.[1] ?? '';
  return {
    page,
    token: pick(/name="token" value="([^"]+)"/),
    key: pick(/name="key" value="([^"]+)"/),
  };
}
const send = (fields: Record<string, string>) =>
  app.inject({
    method: 'POST',
    url: '/interact/message',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    payload: new URLSearchParams(fields).toString(),
  });
const letter = { name: '李阿姨', content: '请问高龄津贴提标以后什么时候开始发放？' };

describe('the CAPTCHA', () => {
  it('its answer is in no page: two forms differ only in their token and key', async () => {
    const [a, b] = [await form(), await form()];
    expect(await captchaAnswer(db, a.token)).toMatch(/^\d{4}$/);
    const plain = (f: typeof a) => f.page.replaceAll(f.token, 'TOKEN').replaceAll(f.key, 'KEY');
    expect(plain(a)).toBe(plain(b));
    // The picture is drawn with paths: no text or font a script could read the digits from.
    const svg = await app.inject(`/captcha/${a.token}.svg`);
    expect(svg.statusCode).toBe(200);
    expect(svg.headers['content-type']).toMatch(/^image\/svg\+xml/);
    expect(svg.headers['cache-control']).toBe('no-store');
    expect(svg.body).toMatch(/<path d="M/);
    expect(svg.body).not.toMatch(/<text|font|<title|<desc/i);
  });

  it('is spoken from the server, for a live token only', async () => {
    const { token } = await form();
    const wav = await app.inject(`/captcha/${token}.wav`);
    expect(wav.statusCode).toBe(200);
    expect(wav.headers['content-type']).toBe('audio/wav');
    // Four digits read slowly: well over a second of 16-bit audio.
    expect(wav.rawPayload.readUInt32LE(40)).toBeGreaterThan(wav.rawPayload.readUInt32LE(28));
    await send({ ...letter, token, captcha: 'x', key: crypto.randomUUID() });
    expect((await app.inject(`/captcha/${token}.wav`)).statusCode).toBe(404);
    expect((await app.inject(`/captcha/${token}.svg`)).statusCode).toBe(404);
    expect((await app.inject('/captcha/not-a-token.svg')).statusCode).toBe(404);
  }, 30_000);

  it('allows one try: a replayed token fails even with the right answer, and keeps what was typed', async () => {
    const { token, key } = await form();
    const answer = (await captchaAnswer(db, token))!;
    const first = await send({ ...letter, token, captcha: answer, key });
    expect(first.statusCode).toBe(303);
    const replay = await send({ ...letter, token, captcha: answer, key: crypto.randomUUID() });
    expect(replay.statusCode).toBe(422);
    expect(replay.body).toContain('验证码不对或已失效');
    expect(replay.body).toContain('value="李阿姨"');
    expect(replay.body).toContain(`${letter.content}</textarea>`);
    // A wrong answer spends the token too: guessing needs a new picture each time.
    const other = await form();
    const right = (await captchaAnswer(db, other.token))!;
    const wrong = String((Number(right) + 1) % 10_000).padStart(4, '0');
    expect(
      (await send({ ...letter, token: other.token, captcha: wrong, key: other.key })).statusCode,
    ).toBe(422);
    expect(
      (await send({ ...letter, token: other.token, captcha: right, key: other.key })).statusCode,
    ).toBe(422);
  });

  it('expires', async () => {
    const old = await issueCaptcha(db, { mode: 'real', ttlMs: -1000 });
    const sent = await send({
      ...letter,
      token: old.token,
      captcha: old.answer,
      key: crypto.randomUUID(),
    });
    expect(sent.statusCode).toBe(422);
    expect((await app.inject(`/captcha/${old.token}.svg`)).statusCode).toBe(404);
  });

  it('pictures and audio are rate-limited per client', async () => {
    const { token } = await form();
    const codes = [];
    for (let i = 0; i < 61; i++) codes.push((await app.inject(`/captcha/${token}.svg`)).statusCode);
    // 60 a minute per route and client (the tests above used a few of this minute's already).
    const refused = codes.indexOf(429);
    expect(refused).toBeGreaterThan(50);
    expect(codes.slice(0, refused).every(c => c === 200)).toBe(true);
  });

  it('the test mode is never the default, and says so when it is on', async () => {
    expect(captchaMode({})).toBe('real');
    expect(captchaMode({ DEMO_CAPTCHA: '0000' })).toBe('real');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const testing = await buildServer({ db, captcha: 'test' });
    expect(warn.mock.calls.flat().join(' ')).toMatch(/DEMO_CAPTCHA=test.*0000/);
    warn.mockRestore();
    const { token } = await (async () => {
      const page = (await testing.inject('/interact/message')).body;
      return { token: /name="token" value="([^"]+)"/.exec(page)![1]! };
    })();
    expect(await captchaAnswer(db, token)).toBe('0000');
    await testing.close();
  });
});
