// Letters and 纠错 reports: kept, looked up by their sender, answered and published by staff.
// A submission is acknowledged only when this resolves, i.e. after the database committed it.
import { codeMatches, hashCode, queryCode, trackingNumber } from './codes.mjs';

export const STATUS_WORDS = {
  received: '已受理',
  in_progress: '办理中',
  answered: '已答复',
  cancelled: '已取消',
};

/** A hash no code matches, checked when the number is unknown so both answers take as long. */
const NOBODY = hashCode('no such submission');

/**
 * Keeps one submission. Posting the same form twice (same key) keeps it once and says so.
 * @param {import('./db.mjs').Queryable} db
 * @param {{ kind: 'letter' | 'report' | 'booking', fields: object, key: string }} input
 * @returns {Promise<{ id: number, tracking: string, code?: string, duplicate: boolean }>}
 */
export async function submit(db, { kind, fields, key }) {
  if (typeof key !== 'string' || key.length < 8 || key.length > 100)
    throw new TypeError('an idempotency key of 8–100 characters is required');
  const code = queryCode();
  const hash = await hashCode(code);
  for (let attempt = 0; ; attempt++) {
    try {
      const { rows } = await db.query(
        `insert into submissions (kind, tracking, code_hash, idempotency_key, fields)
         values ($1, $2, $3, $4, $5::jsonb)
         on conflict (idempotency_key) do nothing
         returning id, tracking`,
        [kind, trackingNumber(kind), hash, key, JSON.stringify(fields)],
      );
      if (rows.length)
        return { id: Number(rows[0].id), tracking: rows[0].tracking, code, duplicate: false };
      const again = await db.query(
        'select id, tracking from submissions where idempotency_key = $1 and kind = $2',
        [key, kind],
      );
      if (!again.rows.length) throw new Error('this form key was used for another kind of form');
      return { id: Number(again.rows[0].id), tracking: again.rows[0].tracking, duplicate: true };
    } catch (error) {
      // Two numbers alike in one day (1 in ~10^9): draw another.
      if (
        error?.code === '23505' &&
        /tracking/.test(error.constraint ?? error.message) &&
        attempt < 3
      )
        continue;
      throw error;
    }
  }
}

/** The submission a form key already kept, if any: { tracking } (a re-sent form finds it). */
export async function keptUnder(db, key, kind) {
  const { rows } = await db.query(
    'select tracking from submissions where idempotency_key = $1 and kind = $2',
    [String(key), kind],
  );
  return rows[0];
}

/**
 * What its sender may see of a submission: null when the number is unknown or the code wrong
 * (one answer for both, so the lookup tells a guesser nothing).
 */
export async function lookup(db, tracking, code) {
  const { rows } = await db.query(
    `select kind, tracking, status, code_hash, created_at, answer, answered_at, fields
     from submissions where tracking = $1`,
    [String(tracking).trim().toUpperCase()],
  );
  const row = rows[0];
  const ok = await codeMatches(String(code).trim(), row?.code_hash ?? (await NOBODY));
  if (!row || !ok) return null;
  delete row.code_hash;
  return { ...row, statusText: STATUS_WORDS[row.status] };
}

/** Staff: the queue of one kind, oldest first. */
export async function queue(db, kind, status = 'received', limit = 50) {
  const { rows } = await db.query(
    `select id, tracking, status, created_at, assigned_to, fields from submissions
     where kind = $1 and status = $2 order by created_at, id limit $3`,
    [kind, status, limit],
  );
  return rows;
}

/** Staff: take a submission in hand. */
export async function assign(db, tracking, clerk) {
  const { rowCount } = await db.query(
    `update submissions set assigned_to = $2, status = 'in_progress'
     where tracking = $1 and status in ('received', 'in_progress')`,
    [tracking, clerk],
  );
  return rowCount === 1;
}

/**
 * Staff: answer it. The sender sees the answer at once with their code. `by`: only if it is in
 * this clerk's hands (the console's rule; checked in the same statement, so no race).
 */
export async function answer(db, tracking, text, by) {
  if (!String(text).trim()) throw new TypeError('an answer needs text');
  const { rowCount } = await db.query(
    `update submissions set answer = $2, answered_at = now(), status = 'answered'
     where tracking = $1 and status <> 'cancelled'
       and ($3::text is null or (assigned_to = $3 and status = 'in_progress'))`,
    [tracking, String(text).trim(), by ?? null],
  );
  return rowCount === 1;
}

/** Staff: how many of each kind are in each state, as { 'letter:received': n, … }. */
export async function queueCounts(db) {
  const { rows } = await db.query(
    `select kind, status, count(*)::int as n from submissions
     where kind in ('letter', 'report') group by kind, status`,
  );
  return Object.fromEntries(rows.map(r => [`${r.kind}:${r.status}`, r.n]));
}

/** Staff: one submission, all of it (what the sender wrote included), or null. */
export async function submission(db, tracking) {
  const { rows } = await db.query(
    `select id, kind, tracking, status, fields, created_at, assigned_to, answer, answered_at,
            published_at, public_title, public_question, public_answer
     from submissions where tracking = $1`,
    [String(tracking).trim().toUpperCase()],
  );
  return rows[0] ? { ...rows[0], id: Number(rows[0].id) } : null;
}

/**
 * Publisher: show an answered letter on the portal, under a title and a question the publisher
 * wrote from it (and the answer, edited if it named the sender): the sender's name, phone and own
 * words are never published.
 */
export async function publish(db, tracking, { title, question, answer }) {
  const { rowCount } = await db.query(
    `update submissions set published_at = now(), public_title = $2, public_question = $3,
            public_answer = $4
     where tracking = $1 and kind = 'letter' and status = 'answered'`,
    [
      tracking,
      String(title).trim(),
      String(question).trim(),
      answer ? String(answer).trim() : null,
    ],
  );
  return rowCount === 1;
}

/**
 * Which of the sender's details (name, phone, email, ID number) a text to be published contains,
 * and any phone, email or ID number at all: [] when it is safe to publish.
 */
export function personalData(fields, text) {
  const found = [];
  const own = { name: '姓名', phone: '电话', email: '邮箱', idNumber: '身份证号' };
  for (const [key, word] of Object.entries(own)) {
    const value = String(fields?.[key] ?? '').trim();
    if (value.length >= 2 && text.includes(value)) found.push(word);
  }
  if (/1[3-9]\d{9}|\d{3,4}-?\d{7,8}/.test(text) && !found.includes('电话')) found.push('电话号码');
  if (/[\w.+-]+@[\w-]+\.[\w.]+/.test(text)) found.push('邮箱地址');
  if (/\d{17}[\dXx]/.test(text)) found.push('身份证号码');
  return [...new Set(found)];
}

/** Columns the portal may show of a published letter: no tracking number, nothing of its sender. */
const PUBLIC = `id, public_title as title, public_question as question,
  coalesce(public_answer, answer) as answer, created_at, answered_at, published_at`;

/** The portal's 公开信件: published letters with their answers, newest first. */
export async function published(db, limit = 20, offset = 0) {
  const { rows } = await db.query(
    `select ${PUBLIC} from submissions where published_at is not null
     order by published_at desc, id desc limit $1 offset $2`,
    [limit, offset],
  );
  return rows.map(r => ({ ...r, id: Number(r.id) }));
}

export async function publishedCount(db) {
  const { rows } = await db.query(
    'select count(*)::int as n from submissions where published_at is not null',
  );
  return rows[0].n;
}

/** One published letter by its id, or null. */
export async function publishedLetter(db, id) {
  if (!/^\d{1,15}$/.test(String(id))) return null;
  const { rows } = await db.query(
    `select ${PUBLIC} from submissions where published_at is not null and id = $1`,
    [id],
  );
  return rows[0] ? { ...rows[0], id: Number(rows[0].id) } : null;
}

/**
 * What the privacy page promises: what citizens sent is kept for two years, then deleted (with its
 * booking). The server runs this at start and once a day.
 */
export async function expire(db, keep = '2 years') {
  return db.transaction(async tx => {
    const old = `select id from submissions where created_at < now() - $1::interval`;
    await tx.query(`delete from bookings where submission_id in (${old})`, [keep]);
    const { rowCount } = await tx.query(`delete from submissions where id in (${old})`, [keep]);
    return rowCount;
  });
}
