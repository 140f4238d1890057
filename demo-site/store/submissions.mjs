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

/** Staff: answer it. The sender sees the answer at once with their code. */
export async function answer(db, tracking, text) {
  if (!String(text).trim()) throw new TypeError('an answer needs text');
  const { rowCount } = await db.query(
    `update submissions set answer = $2, answered_at = now(), status = 'answered'
     where tracking = $1 and status <> 'cancelled'`,
    [tracking, String(text).trim()],
  );
  return rowCount === 1;
}

/**
 * Publisher: show an answered letter on the portal, under a title and a question the publisher
 * wrote from it: the sender's name, phone and own words are never published.
 */
export async function publish(db, tracking, { title, question }) {
  const { rowCount } = await db.query(
    `update submissions set published_at = now(), public_title = $2, public_question = $3
     where tracking = $1 and kind = 'letter' and status = 'answered'`,
    [tracking, String(title).trim(), String(question).trim()],
  );
  return rowCount === 1;
}

/** The portal's 公开信件: published letters with their answers, newest first. */
export async function published(db, limit = 20, offset = 0) {
  const { rows } = await db.query(
    `select tracking, public_title as title, public_question as question, answer,
            created_at, answered_at
     from submissions where published_at is not null
     order by published_at desc, id desc limit $1 offset $2`,
    [limit, offset],
  );
  return rows;
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
