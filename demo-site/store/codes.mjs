// Tracking numbers, query codes and their hashes. node:crypto is the maintained primitive here:
// scrypt for the code's hash (a stolen table does not give the codes back), randomInt for codes
// no one can guess from the last one (the old numbers were Date.now()).
import { randomInt, randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';

const scryptAsync = promisify(scrypt);
// N = 2^12: about 5 ms a hash here, so a burst of letters is not held up by hashing, while trying
// all 10^6 codes of one stolen row still costs hours. Kept in the hash, so it can be raised later.
const COST = 4096;
// No 0/O, 1/I/L: a number read over the phone to 12345 should survive it.
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
const PREFIX = { letter: 'XX', report: 'JC', booking: 'YY' };

/** e.g. XX-20261203-7K3QMR: kind, day, and 6 random characters (31^6 ≈ 8.9 × 10^8 per day). */
export function trackingNumber(kind, now = new Date()) {
  const day = now.toISOString().slice(0, 10).replaceAll('-', '');
  const tail = Array.from({ length: 6 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
  return `${PREFIX[kind]}-${day}-${tail}`;
}

/** Six digits, easy to write down and to say. */
export const queryCode = () => String(randomInt(1_000_000)).padStart(6, '0');

export async function hashCode(code) {
  const salt = randomBytes(16);
  const key = await scryptAsync(code, salt, 32, { N: COST });
  return `scrypt:${COST}:${salt.toString('base64')}:${key.toString('base64')}`;
}

export async function codeMatches(code, stored) {
  const [scheme, cost, salt, key] = String(stored).split(':');
  if (scheme !== 'scrypt' || !salt || !key) return false;
  const want = Buffer.from(key, 'base64');
  const got = await scryptAsync(String(code), Buffer.from(salt, 'base64'), want.length, {
    N: Number(cost),
  });
  return timingSafeEqual(want, got);
}
