// Staff accounts and their sessions. Passwords are kept as salted scrypt hashes (node:crypto, as
// codes.mjs does for query codes, at a higher cost); a session is a random token of which only a
// SHA-256 hash is stored, so a copy of the tables logs no one in. Failed logins are counted in the
// database, so the limit holds across restarts and across servers sharing one PostgreSQL.
import { createHash, randomBytes, scrypt } from 'node:crypto';
import { promisify } from 'node:util';
import { codeMatches } from './codes.mjs';

const scryptAsync = promisify(scrypt);
// N = 2^14, r = 8: 16 MB and about 50 ms a try here; stored with the hash, so it can be raised.
const COST = 16_384;
export const ROLES = ['clerk', 'publisher'];
export const LOGIN = /^[a-z0-9][a-z0-9._-]{1,39}$/;
export const MIN_PASSWORD = 12;
/** A session ends after 8 hours without a request, and after 24 hours in any case. */
export const IDLE = '8 hours';
export const LONGEST = '24 hours';
/** Failed logins allowed within WINDOW: per account, and per address. */
export const LIMITS = { perLogin: 5, perIp: 20, window: '15 minutes' };

export async function hashPassword(password) {
  const salt = randomBytes(16);
  const key = await scryptAsync(String(password), salt, 32, { N: COST });
  return `scrypt:${COST}:${salt.toString('base64')}:${key.toString('base64')}`;
}

/** Checked against when the login is unknown, so both mistakes take as long. */
let nobody;
const NOBODY = () => (nobody ??= hashPassword(randomBytes(16).toString('hex')));

const sha256 = text => createHash('sha256').update(text).digest('base64url');
export const newToken = () => randomBytes(32).toString('base64url');
/** A password for the demo account when none is given: 16 characters, shown once. */
export const newPassword = () => randomBytes(12).toString('base64url');

/**
 * Adds a staff account.
 * @param {import('./db.mjs').Queryable} db
 * @param {{ login: string, name?: string, role: 'clerk' | 'publisher', password: string }} account
 */
export async function addStaff(db, { login, name, role, password }) {
  const id = String(login ?? '').toLowerCase();
  if (!LOGIN.test(id))
    throw new TypeError('a login is 2–40 letters, digits, dots, dashes or underscores');
  if (!ROLES.includes(role)) throw new TypeError(`a role is one of: ${ROLES.join(', ')}`);
  if (String(password ?? '').length < MIN_PASSWORD)
    throw new TypeError(`a password has at least ${MIN_PASSWORD} characters`);
  const { rows } = await db.query(
    `insert into staff (login, display_name, role, password_hash) values ($1, $2, $3, $4)
     returning id`,
    [id, String(name || id), role, await hashPassword(password)],
  );
  return Number(rows[0].id);
}

export async function staffCount(db) {
  const { rows } = await db.query('select count(*)::int as n from staff');
  return rows[0].n;
}

/**
 * For `npm start`: when there is no account yet, a publisher "demo" with the given password, or
 * with a new random one. Resolves to what to tell the operator, or null when accounts exist.
 */
export async function seedDemoAccount(db, password) {
  if ((await staffCount(db)) > 0) return null;
  const chosen = password || newPassword();
  try {
    await addStaff(db, { login: 'demo', name: '演示账号', role: 'publisher', password: chosen });
  } catch (error) {
    // Two servers starting on one database at once: the other one made it.
    if (error?.code === '23505') return null;
    throw error;
  }
  return { login: 'demo', password: chosen, generated: !password };
}

/**
 * Checks a login. Every attempt is written down first and counted with the others of the last
 * 15 minutes (so attempts made at the same moment see each other); a success removes its own.
 * @returns {Promise<{ token: string, csrf: string, staff: Staff } | { error: 'wrong' | 'limited' }>}
 * @typedef {{ id: number, login: string, name: string, role: 'clerk' | 'publisher' }} Staff
 */
export async function logIn(db, { login, password, ip }) {
  const id = String(login ?? '')
    .trim()
    .toLowerCase()
    .slice(0, 100);
  const address = String(ip ?? '');
  const attempt = await db.query(
    'insert into login_failures (login, ip) values ($1, $2) returning id',
    [id, address],
  );
  const { rows: counts } = await db.query(
    `select count(*) filter (where login = $1)::int as by_login,
            count(*) filter (where ip = $2)::int as by_ip
     from login_failures where at > now() - $3::interval and (login = $1 or ip = $2)`,
    [id, address, LIMITS.window],
  );
  if (counts[0].by_login > LIMITS.perLogin || counts[0].by_ip > LIMITS.perIp)
    return { error: 'limited' };
  const { rows } = await db.query(
    'select id, login, display_name, role, password_hash from staff where login = $1',
    [id],
  );
  const ok = await codeMatches(String(password ?? ''), rows[0]?.password_hash ?? (await NOBODY()));
  if (!rows[0] || !ok) return { error: 'wrong' };
  await db.query('delete from login_failures where id = $1 or (login = $2 and ip = $3)', [
    attempt.rows[0].id,
    id,
    address,
  ]);
  await sweep(db);
  const token = newToken();
  const csrf = newToken();
  await db.query(
    'insert into staff_sessions (token_hash, staff_id, csrf_token) values ($1, $2, $3)',
    [sha256(token), rows[0].id, csrf],
  );
  return { token, csrf, staff: staffOf(rows[0]) };
}

/** The session a token names, if it is still alive; its idle time starts again. */
export async function sessionFor(db, token) {
  if (typeof token !== 'string' || token.length < 20 || token.length > 100) return null;
  const { rows } = await db.query(
    `update staff_sessions set last_seen = now()
     where token_hash = $1 and last_seen > now() - $2::interval
       and created_at > now() - $3::interval
     returning staff_id, csrf_token`,
    [sha256(token), IDLE, LONGEST],
  );
  if (!rows.length) return null;
  const staff = await db.query('select id, login, display_name, role from staff where id = $1', [
    rows[0].staff_id,
  ]);
  if (!staff.rows.length) return null;
  return { csrf: rows[0].csrf_token, staff: staffOf(staff.rows[0]) };
}

export async function logOut(db, token) {
  if (typeof token !== 'string') return;
  await db.query('delete from staff_sessions where token_hash = $1', [sha256(token)]);
}

/** Ended sessions and old failures: removed whenever someone logs in. */
async function sweep(db) {
  await db.query(
    `delete from staff_sessions
     where last_seen < now() - $1::interval or created_at < now() - $2::interval`,
    [IDLE, LONGEST],
  );
  await db.query('delete from login_failures where at < now() - $1::interval', [LIMITS.window]);
}

const staffOf = row => ({
  id: Number(row.id),
  login: row.login,
  name: row.display_name,
  role: row.role,
});
