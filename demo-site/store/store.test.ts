// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKENDS } from './backends.js';
import type { Database } from './backends.js';
// @ts-expect-error plain JS modules of the portal
import {
  answer,
  assign,
  expire,
  lookup,
  publish,
  published,
  queue,
  submission,
  submit,
} from './submissions.mjs';
// @ts-expect-error plain JS module of the portal
import { book, cancel, freePlaces, openSlots } from './bookings.mjs';
// @ts-expect-error plain JS module of the portal
import { captchaAnswer, checkCaptcha, issueCaptcha } from './captcha.mjs';
// @ts-expect-error plain JS module of the portal
import { migrate, migrations } from './migrate.mjs';

const LETTER = {
  name: '张三',
  phone: '13800000000',
  subject: '加装电梯',
  content: '我家楼能加电梯吗？',
};
const key = (n: number | string) => `test-key-${n}-${Math.random().toString(36).slice(2)}`;

describe.each(BACKENDS)('storage on $name', backend => {
  let db: Database;
  beforeAll(async () => {
    db = await backend.open();
  }, 60_000);
  afterAll(async () => {
    await db?.close();
    await backend.dispose();
  });

  it('keeps a letter; its sender finds it with the number and code, nobody else does', async () => {
    const kept = await submit(db, { kind: 'letter', fields: LETTER, key: key('a') });
    expect(kept.tracking).toMatch(/^XX-\d{8}-[2-9A-HJKMNP-Z]{6}$/);
    expect(kept.code).toMatch(/^\d{6}$/);
    const found = await lookup(db, kept.tracking.toLowerCase(), ` ${kept.code} `);
    expect(found).toMatchObject({ kind: 'letter', status: 'received', statusText: '已受理' });
    expect(found.fields).toEqual(LETTER);
    expect(found).not.toHaveProperty('code_hash');
    const wrong = String((Number(kept.code) + 1) % 1_000_000).padStart(6, '0');
    expect(await lookup(db, kept.tracking, wrong)).toBeNull();
    expect(await lookup(db, 'XX-20261203-ZZZZZZ', kept.code)).toBeNull();
  });

  it('200 letters at once get 200 different numbers, every one kept', async () => {
    const all = await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        submit(db, { kind: 'letter', fields: { ...LETTER, n: i }, key: key(`many-${i}`) }),
      ),
    );
    expect(new Set(all.map(s => s.tracking)).size).toBe(200);
    const { rows } = await db.query(
      'select count(*)::int as n from submissions where tracking = any($1::text[])',
      [all.map(s => s.tracking)],
    );
    expect(rows[0].n).toBe(200);
  }, 60_000);

  it('the same form posted 20 times at once (reload, double click) is kept once', async () => {
    const k = key('twice');
    const all = await Promise.all(
      Array.from({ length: 20 }, () => submit(db, { kind: 'letter', fields: LETTER, key: k })),
    );
    expect(new Set(all.map(s => s.tracking)).size).toBe(1);
    expect(all.filter(s => !s.duplicate)).toHaveLength(1);
    const { rows } = await db.query(
      'select count(*)::int as n from submissions where idempotency_key = $1',
      [k],
    );
    expect(rows[0].n).toBe(1);
    await expect(submit(db, { kind: 'letter', fields: LETTER, key: 'short' })).rejects.toThrow(
      /idempotency key/,
    );
  });

  it('staff take, answer and publish a letter; the portal shows no personal data', async () => {
    const kept = await submit(db, { kind: 'letter', fields: LETTER, key: key('staff') });
    expect(
      (await queue(db, 'letter', 'received', 1000)).some(
        (r: { tracking: string }) => r.tracking === kept.tracking,
      ),
    ).toBe(true);
    expect(await assign(db, kept.tracking, 'clerk-li')).toBe(true);
    expect((await lookup(db, kept.tracking, kept.code)).statusText).toBe('办理中');
    // Not answered yet: cannot be published.
    expect(
      await publish(db, kept.tracking, { title: '加装电梯', question: '老楼能否加装电梯？' }),
    ).toBe(false);
    expect(await answer(db, kept.tracking, '可以，请到街道办申请。')).toBe(true);
    const seen = await lookup(db, kept.tracking, kept.code);
    expect(seen).toMatchObject({ statusText: '已答复', answer: '可以，请到街道办申请。' });
    expect(
      await publish(db, kept.tracking, { title: '加装电梯', question: '老楼能否加装电梯？' }),
    ).toBe(true);
    const list = await published(db);
    const { id } = await submission(db, kept.tracking);
    const mine = list.find((l: { id: number }) => l.id === id);
    expect(mine).toMatchObject({ title: '加装电梯', answer: '可以，请到街道办申请。' });
    expect(mine).not.toHaveProperty('tracking');
    expect(JSON.stringify(list)).not.toMatch(/张三|13800000000|我家楼/);
  });

  it('a slot of 5 places, 40 people booking at once: exactly 5 booked, none twice', async () => {
    await openSlots(db, [{ service: 'gaoling', day: '2026-12-07', half: 'am', capacity: 5 }]);
    const tries = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        book(db, {
          service: 'gaoling',
          day: '2026-12-07',
          half: 'am',
          fields: { name: `市民${i}`, phone: '13900000000' },
          key: key(`book-${i}`),
        }),
      ),
    );
    expect(tries.filter(t => t.booked)).toHaveLength(5);
    expect(tries.filter(t => t.full)).toHaveLength(35);
    const { rows } = await db.query(
      "select count(*)::int as n from bookings where service = 'gaoling' and cancelled_at is null",
    );
    expect(rows[0].n).toBe(5);
    // The 35 refused left nothing behind.
    const subs = await db.query(
      "select count(*)::int as n from submissions where kind = 'booking' and fields->>'service' = 'gaoling'",
    );
    expect(subs.rows[0].n).toBe(5);
    expect(await freePlaces(db, 'gaoling', '2026-12-01')).toEqual([
      { day: '2026-12-07', half: 'am', free: 0 },
    ]);
    // A cancellation with the right code gives the place back; a wrong code changes nothing.
    const first = tries.find(t => t.booked)!.booked;
    expect(await cancel(db, first.tracking, '000000' === first.code ? '111111' : '000000')).toBe(
      false,
    );
    expect(await cancel(db, first.tracking, first.code)).toBe(true);
    expect(await cancel(db, first.tracking, first.code)).toBe(false);
    expect((await freePlaces(db, 'gaoling', '2026-12-01'))[0].free).toBe(1);
    expect((await lookup(db, first.tracking, first.code)).statusText).toBe('已取消');
  }, 60_000);

  it('a slot the office never opened is refused', async () => {
    const t = await book(db, {
      service: 'gaoling',
      day: '2026-12-12',
      half: 'pm',
      fields: {},
      key: key('nosuch'),
    });
    expect(t).toEqual({ noSlot: true });
  });

  it('a picture code is good for one try only, and not after it expires', async () => {
    const c = await issueCaptcha(db, { mode: 'real' });
    expect(c.answer).toMatch(/^\d{4}$/);
    expect(await captchaAnswer(db, c.token)).toBe(c.answer);
    expect(await checkCaptcha(db, c.token, c.answer)).toBe(true);
    expect(await checkCaptcha(db, c.token, c.answer)).toBe(false);
    expect(await captchaAnswer(db, c.token)).toBeNull();
    // A wrong answer spends the token too: no guessing 10,000 times.
    const d = await issueCaptcha(db, { mode: 'real' });
    expect(await checkCaptcha(db, d.token, 'nope')).toBe(false);
    expect(await checkCaptcha(db, d.token, d.answer)).toBe(false);
    const old = await issueCaptcha(db, { mode: 'real', ttlMs: -1000 });
    expect(await checkCaptcha(db, old.token, old.answer)).toBe(false);
    expect((await issueCaptcha(db, { mode: 'test' })).answer).toBe('0000');
    expect(await checkCaptcha(db, 'no-such-token', '0000')).toBe(false);
  });

  it('what citizens sent is deleted after two years, as the privacy page says', async () => {
    const old = await submit(db, { kind: 'letter', fields: LETTER, key: key('old') });
    const fresh = await submit(db, { kind: 'letter', fields: LETTER, key: key('fresh') });
    await db.query(
      "update submissions set created_at = now() - interval '2 years 1 day' where tracking = $1",
      [old.tracking],
    );
    expect(await expire(db)).toBeGreaterThanOrEqual(1);
    expect(await lookup(db, old.tracking, old.code)).toBeNull();
    expect(await lookup(db, fresh.tracking, fresh.code)).not.toBeNull();
  });

  it('migrations run once; a database newer than the code is refused', async () => {
    await migrate(db);
    const { rows } = await db.query('select count(*)::int as n from schema_migrations');
    expect(rows[0].n).toBe(migrations().length);
    await db.query("insert into schema_migrations (version, name) values (999, '999-future.sql')");
    await expect(migrate(db)).rejects.toThrow(/newer than this code/);
    await db.query('delete from schema_migrations where version = 999');
  });
});
