// Appointments with real capacity: the slot row's CHECK (taken <= capacity) refuses the booking
// that would overfill it, however many arrive at once; a cancellation gives the place back.
import { codeMatches } from './codes.mjs';
import { submit } from './submissions.mjs';

/** Opens slots (or changes their capacity): [{ service, day: 'YYYY-MM-DD', half, capacity }]. */
export async function openSlots(db, slots) {
  for (const s of slots)
    await db.query(
      `insert into slots (service, day, half, capacity) values ($1, $2, $3, $4)
       on conflict (service, day, half) do update set capacity = excluded.capacity`,
      [s.service, s.day, s.half, s.capacity],
    );
}

/** Places left per slot of a service, from a day on. */
export async function freePlaces(db, service, from) {
  const { rows } = await db.query(
    `select to_char(day, 'YYYY-MM-DD') as day, half, capacity - taken as free
     from slots where service = $1 and day >= $2 order by day, half`,
    [service, from],
  );
  return rows;
}

/**
 * Books a place: { booked } with the tracking number and code, or { full: true }, or
 * { noSlot: true } when the slot is not one the office opened.
 * @param {import('./db.mjs').Database} db
 */
export async function book(db, { service, day, half, fields, key }) {
  return db
    .transaction(async tx => {
      const slot = await tx.query(
        'select 1 from slots where service = $1 and day = $2 and half = $3',
        [service, day, half],
      );
      if (!slot.rows.length) return { noSlot: true };
      const kept = await submit(tx, {
        kind: 'booking',
        fields: { ...fields, service, day, half },
        key,
      });
      if (kept.duplicate) return { booked: kept };
      const taken = await tx.query(
        `update slots set taken = taken + 1
       where service = $1 and day = $2 and half = $3 and taken < capacity`,
        [service, day, half],
      );
      // Full: throwing rolls the submission back with the transaction.
      if (taken.rowCount !== 1) throw new SlotFull();
      await tx.query(
        'insert into bookings (submission_id, service, day, half) values ($1, $2, $3, $4)',
        [kept.id, service, day, half],
      );
      return { booked: kept };
    })
    .catch(error => {
      if (error instanceof SlotFull || error?.code === '23514') return { full: true };
      throw error;
    });
}

class SlotFull extends Error {}

/** Cancels with the tracking number and code; the place goes back to the slot. */
export async function cancel(db, tracking, code) {
  return db.transaction(async tx => {
    const { rows } = await tx.query(
      `select s.id, s.code_hash, b.service, b.day, b.half from submissions s
       join bookings b on b.submission_id = s.id
       where s.tracking = $1 and b.cancelled_at is null for update of s`,
      [String(tracking).trim().toUpperCase()],
    );
    const row = rows[0];
    if (!row || !(await codeMatches(String(code).trim(), row.code_hash))) return false;
    await tx.query(`update bookings set cancelled_at = now() where submission_id = $1`, [row.id]);
    await tx.query(`update submissions set status = 'cancelled' where id = $1`, [row.id]);
    await tx.query(
      'update slots set taken = taken - 1 where service = $1 and day = $2 and half = $3',
      [row.service, row.day, row.half],
    );
    return true;
  });
}
