// @vitest-environment node
// The whole server killed with SIGKILL while 200 citizens press 提交 at once (issue 18): every
// letter it acknowledged with its redirect is there after a restart, and each sender's retry (the
// same form, same key) comes back as the letter already kept; 200 senders, 200 letters, none twice.
// store/durability.test.ts proves the same of the storage layer alone; this is the HTTP path.
import { afterAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { BACKENDS } from '../store/backends.js';

const SERVER = fileURLToPath(new URL('../server.mjs', import.meta.url));
const PORT = 4613;
const base = `http://127.0.0.1:${PORT}`;

/** The portal in a process of its own, on the backend's database; resolves once it answers. */
async function serve(where: object): Promise<ChildProcess> {
  const options = { database: where, captcha: 'test', formsPerMinute: 1_000_000 };
  const child = spawn(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      `const { startServer } = await import(${JSON.stringify(SERVER)});
       await startServer(${PORT}, '127.0.0.1', ${JSON.stringify(options)});`,
    ],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}`);
    if (
      await fetch(`${base}/interact/track`).then(
        r => r.ok,
        () => false,
      )
    )
      return child;
    await new Promise(r => setTimeout(r, 100));
  }
  throw new Error('the server did not start in 60 s');
}

/** A CAPTCHA token from a freshly rendered form (each answer is 0000 in the test mode). */
const token = async () =>
  /name="token" value="([^"]+)"/.exec(await (await fetch(`${base}/interact/message`)).text())![1]!;

const send = (key: string, i: number, captchaToken: string) =>
  fetch(`${base}/interact/message`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      key,
      name: `市民${i}`,
      content: `第 ${i} 封留言：请问高龄津贴什么时候发放？`,
      token: captchaToken,
      captcha: '0000',
    }).toString(),
    redirect: 'manual',
  });

describe.each(BACKENDS)('the server killed in the middle of 200 letters, on $name', backend => {
  afterAll(() => backend.dispose());

  it('keeps every letter it acknowledged; retries keep none twice', async () => {
    const where = await backend.location();
    const keys = Array.from({ length: 200 }, () => randomUUID());
    let server = await serve(where);
    const tokens = await Promise.all(keys.map(token));
    const acked = new Map<string, string>();
    const exited = new Promise(resolve => server.on('exit', resolve));
    await Promise.allSettled(
      keys.map((key, i) =>
        send(key, i, tokens[i]!).then(r => {
          if (r.status !== 303) return;
          acked.set(key, r.headers.get('location')!);
          // Killed once a quarter are acknowledged: the rest are in flight.
          if (acked.size === 50) server.kill('SIGKILL');
        }),
      ),
    );
    await exited;
    expect(acked.size).toBeGreaterThanOrEqual(50);
    expect(acked.size).toBeLessThan(200);

    server = await serve(where);
    try {
      // Every sender presses 提交 again with the same form; one whose CAPTCHA try was spent
      // before the kill gets the form back and sends it with a new picture.
      const retried = await Promise.all(
        keys.map(async (key, i) => {
          let r = await send(key, i, tokens[i]!);
          if (r.status === 422) r = await send(key, i, await token());
          return r;
        }),
      );
      expect(retried.map(r => r.status)).toEqual(keys.map(() => 303));
      for (const [key, location] of acked)
        expect(retried[keys.indexOf(key)]!.headers.get('location')).toBe(location);
      expect(new Set(retried.map(r => r.headers.get('location'))).size).toBe(200);
    } finally {
      server.kill('SIGKILL');
      await new Promise(resolve => server.on('exit', resolve));
    }
    const db = await backend.open();
    try {
      const { rows } = await db.query(
        "select count(*)::int as n, count(distinct idempotency_key)::int as keys from submissions where kind = 'letter'",
      );
      expect(rows[0]).toEqual({ n: 200, keys: 200 });
    } finally {
      await db.close();
    }
  }, 240_000);
});
