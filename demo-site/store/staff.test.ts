// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKENDS } from './backends.js';
import type { Database } from './backends.js';
// @ts-expect-error plain JS module of the portal
import { addStaff, LIMITS, logIn, logOut, seedDemoAccount, sessionFor } from './staff.mjs';

const PASSWORD = 'correct horse battery';

describe.each(BACKENDS)('staff accounts on $name', backend => {
  let db: Database;
  beforeAll(async () => {
    db = await backend.open();
  }, 60_000);
  afterAll(async () => {
    await db?.close();
    await backend.dispose();
  });

  it('keeps only a scrypt hash of the password; the right one logs in, a wrong one does not', async () => {
    await addStaff(db, { login: 'Li.Clerk', name: '李办事员', role: 'clerk', password: PASSWORD });
    const { rows } = await db.query("select * from staff where login = 'li.clerk'");
    expect(rows[0].password_hash).toMatch(/^scrypt:16384:/);
    expect(JSON.stringify(rows)).not.toContain(PASSWORD);
    const good = await logIn(db, { login: 'LI.CLERK ', password: PASSWORD, ip: '10.0.0.1' });
    expect(good.staff).toMatchObject({ login: 'li.clerk', name: '李办事员', role: 'clerk' });
    expect(good.token).toMatch(/^[\w-]{43}$/);
    expect(good.csrf).toMatch(/^[\w-]{43}$/);
    // The token itself is nowhere in the database; its hash is.
    const sessions = await db.query('select * from staff_sessions');
    expect(JSON.stringify(sessions.rows)).not.toContain(good.token);
    const wrong = await logIn(db, {
      login: 'li.clerk',
      password: 'wrong password',
      ip: '10.0.0.1',
    });
    const unknown = await logIn(db, { login: 'nobody', password: PASSWORD, ip: '10.0.0.1' });
    expect(wrong).toEqual({ error: 'wrong' });
    expect(unknown).toEqual({ error: 'wrong' });
  });

  it('refuses weak input: short passwords, odd logins, unknown roles, the same login twice', async () => {
    const add = (a: object) =>
      addStaff(db, { login: 'zhang', role: 'clerk', password: PASSWORD, ...a });
    await expect(add({ password: 'short' })).rejects.toThrow(/12 characters/);
    await expect(add({ login: 'a b' })).rejects.toThrow(/login/);
    await expect(add({ role: 'admin' })).rejects.toThrow(/role/);
    await add({});
    await expect(add({})).rejects.toMatchObject({ code: '23505' });
  });

  it('a session names its staff member until logout; a made-up token names no one', async () => {
    await addStaff(db, { login: 'wang', role: 'publisher', password: PASSWORD });
    const { token, csrf } = await logIn(db, { login: 'wang', password: PASSWORD, ip: '10.0.0.2' });
    const session = await sessionFor(db, token);
    expect(session).toMatchObject({ csrf, staff: { login: 'wang', role: 'publisher' } });
    expect(await sessionFor(db, token.slice(0, -1) + (token.endsWith('A') ? 'B' : 'A'))).toBeNull();
    expect(await sessionFor(db, undefined)).toBeNull();
    await logOut(db, token);
    expect(await sessionFor(db, token)).toBeNull();
  });

  it('a session ends after 8 hours idle, and after 24 hours however busy', async () => {
    await addStaff(db, { login: 'zhao', role: 'clerk', password: PASSWORD });
    const idle = await logIn(db, { login: 'zhao', password: PASSWORD, ip: '10.0.0.3' });
    const busy = await logIn(db, { login: 'zhao', password: PASSWORD, ip: '10.0.0.3' });
    const hash = async (t: string) =>
      (await import('node:crypto')).createHash('sha256').update(t).digest('base64url');
    await db.query(
      "update staff_sessions set last_seen = now() - interval '8 hours 1 minute' where token_hash = $1",
      [await hash(idle.token)],
    );
    await db.query(
      "update staff_sessions set created_at = now() - interval '24 hours 1 minute' where token_hash = $1",
      [await hash(busy.token)],
    );
    expect(await sessionFor(db, idle.token)).toBeNull();
    expect(await sessionFor(db, busy.token)).toBeNull();
  });

  it('after 5 failures an account is refused even with the right password, for 15 minutes', async () => {
    await addStaff(db, { login: 'qian', role: 'clerk', password: PASSWORD });
    // Many at once: each attempt is counted before it is checked, so none slips past the limit.
    const tries = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        logIn(db, { login: 'qian', password: `guess ${i}`, ip: `10.1.0.${i}` }),
      ),
    );
    expect(tries.filter(t => t.error === 'wrong').length).toBeLessThanOrEqual(LIMITS.perLogin);
    const right = await logIn(db, { login: 'qian', password: PASSWORD, ip: '10.1.1.1' });
    expect(right).toEqual({ error: 'limited' });
    await db.query("update login_failures set at = now() - interval '16 minutes'");
    const later = await logIn(db, { login: 'qian', password: PASSWORD, ip: '10.1.1.1' });
    expect(later.staff?.login).toBe('qian');
  });

  it('one address is refused after 20 failures, whatever logins it tries', async () => {
    for (let i = 0; i < LIMITS.perIp; i++)
      expect(await logIn(db, { login: `guess${i}`, password: 'x', ip: '10.9.9.9' })).toEqual({
        error: 'wrong',
      });
    expect(await logIn(db, { login: 'wang', password: PASSWORD, ip: '10.9.9.9' })).toEqual({
      error: 'limited',
    });
    expect(
      (await logIn(db, { login: 'wang', password: PASSWORD, ip: '10.9.9.8' })).staff,
    ).toBeTruthy();
  });

  it('the demo account is made only when there is no account, with a random password', async () => {
    expect(await seedDemoAccount(db, 'demo-password-123')).toBeNull();
    await db.query('delete from staff');
    const made = await seedDemoAccount(db);
    expect(made).toMatchObject({ login: 'demo', generated: true });
    expect(made.password).toMatch(/^[\w-]{16}$/);
    expect(await seedDemoAccount(db, 'x'.repeat(12))).toBeNull();
    expect(
      (await logIn(db, { login: 'demo', password: made.password, ip: '10.2.0.1' })).staff,
    ).toMatchObject({ role: 'publisher' });
  });
});
