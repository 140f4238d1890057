// @vitest-environment node
// 预约办事 against the database (issue 18): a slot's places are real, so the last place goes to
// one person however many press 确认预约 at once; the code cancels and gives the place back.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildServer } from '../../server.mjs';
import { openDatabase } from '../../store/db.mjs';
import { openSlots, freePlaces } from '../../store/bookings.mjs';
import { openBookingSlots } from './booking.mjs';

let app: FastifyInstance;
let db: Awaited<ReturnType<typeof openDatabase>>;

beforeAll(async () => {
  db = await openDatabase({});
  app = await buildServer({ db, captcha: 'test', formsPerMinute: 10_000 });
}, 60_000);
afterAll(async () => {
  await app.close();
  await db.close();
});

const post = (url: string, fields: Record<string, string>, cookie?: string) =>
  app.inject({
    method: 'POST',
    url,
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      ...(cookie ? { cookie } : {}),
    },
    payload: new URLSearchParams(fields).toString(),
  });
const person = (i: number) => ({ name: `市民${i}`, phone: `1380000${String(i).padStart(4, '0')}` });
const places = async (service: string, day: string, half: string) =>
  (await freePlaces(db, service, day)).find(f => f.day === day && f.half === half)?.free;

describe('booking', () => {
  it('every service is open on the working days of the calendar, and a restart keeps the counts', async () => {
    expect(await places('elder-card', '2026-12-01', 'am')).toBe(20);
    expect(await places('elder-card', '2026-12-05', 'am')).toBe(10);
    expect(await places('elder-card', '2026-12-05', 'pm')).toBeUndefined();
    expect(await places('elder-card', '2026-12-06', 'am')).toBeUndefined();
    const sent = await post('/interact/booking', {
      service: 'elder-card',
      date: '2026-12-01',
      slot: 'pm',
      ...person(1),
      key: crypto.randomUUID(),
    });
    expect(sent.statusCode).toBe(303);
    await openBookingSlots(db);
    expect(await places('elder-card', '2026-12-01', 'pm')).toBe(19);
  });

  it('the last places go to as many people as there are places, however many ask at once', async () => {
    await openSlots(db, [{ service: 'fund-withdraw', day: '2026-12-02', half: 'am', capacity: 2 }]);
    const sent = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        post('/interact/booking', {
          service: 'fund-withdraw',
          date: '2026-12-02',
          slot: 'am',
          ...person(i + 10),
          key: crypto.randomUUID(),
        }),
      ),
    );
    expect(sent.filter(r => r.statusCode === 303)).toHaveLength(2);
    const refused = sent.filter(r => r.statusCode === 422);
    expect(refused).toHaveLength(4);
    // Refused with the reason beside the time, and everything typed still in the form.
    expect(refused[0]!.body).toContain('这个时段已经约满了');
    expect(refused[0]!.body).toMatch(/value="1380000\d{4}"/);
    expect(await places('fund-withdraw', '2026-12-02', 'am')).toBe(0);
    const form = (await app.inject('/interact/booking?service=fund-withdraw')).body;
    expect(form).toContain('12月2日 星期三（上午已满，下午余 20 个）');
  });

  it('the same form sent twice books one place', async () => {
    const fields = {
      service: 'elder-card',
      date: '2026-12-03',
      slot: 'am',
      ...person(30),
      key: crypto.randomUUID(),
    };
    const [a, b] = await Promise.all([
      post('/interact/booking', fields),
      post('/interact/booking', fields),
    ]);
    expect(a.headers.location).toBe(b.headers.location);
    expect(await places('elder-card', '2026-12-03', 'am')).toBe(19);
  });

  it('is confirmed with its number and code, found with them, and cancelled with them', async () => {
    const sent = await post('/interact/booking', {
      service: 'elder-card',
      date: '2026-12-04',
      slot: 'am',
      ...person(40),
      key: crypto.randomUUID(),
    });
    const location = String(sent.headers.location);
    const cookie = sent.cookies.map(c => `${c.name}=${c.value}`).join('; ');
    const shown = (await app.inject({ url: location, headers: { cookie } })).body;
    expect(shown).toContain('您已预约 2026-12-04 上午 9:00–12:00 办理“');
    expect(shown).not.toContain('市民40');
    const code = /查询码 <strong class="code">(\d{6})<\/strong>/.exec(shown)![1]!;
    const tracking = location.split('/').pop()!;
    expect(tracking).toMatch(/^YY-/);
    expect(await places('elder-card', '2026-12-04', 'am')).toBe(19);

    const found = await post('/interact/track', { n: tracking, code });
    expect(found.body).toContain('取消这个预约');
    const wrong = await post('/interact/booking/cancel', {
      n: tracking,
      code: '000000' === code ? '111111' : '000000',
    });
    expect(wrong.statusCode).toBe(404);
    expect(await places('elder-card', '2026-12-04', 'am')).toBe(19);
    const cancelled = await post('/interact/booking/cancel', { n: tracking, code });
    expect(cancelled.statusCode).toBe(200);
    expect(cancelled.body).toContain('预约已取消');
    expect(await places('elder-card', '2026-12-04', 'am')).toBe(20);
    const again = await post('/interact/booking/cancel', { n: tracking, code });
    expect(again.statusCode).toBe(404);
    expect(await places('elder-card', '2026-12-04', 'am')).toBe(20);
    const after = await post('/interact/track', { n: tracking, code });
    expect(after.body).toContain('已取消');
    expect(after.body).not.toContain('取消这个预约');
  });

  it('a letter cannot be cancelled as a booking', async () => {
    const r = await post('/interact/booking/cancel', { n: 'XX-20261203-ABCDEF', code: '123456' });
    expect(r.statusCode).toBe(404);
  });
});
