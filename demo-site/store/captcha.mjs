// Picture codes that a script cannot replay: each token is good for one try, for 10 minutes. The
// answer lives only here, never in the page (the page shows a picture and can read it aloud
// through the server). DEMO_CAPTCHA=test makes every answer 0000, for automated tests only.
import { randomBytes, randomInt } from 'node:crypto';

export const CAPTCHA_TTL_MS = 10 * 60 * 1000;

export function captchaMode(env = process.env) {
  return env.DEMO_CAPTCHA === 'test' ? 'test' : 'real';
}

/** A new token and its answer (the answer goes into the picture, not the page). */
export async function issueCaptcha(db, { mode = captchaMode(), ttlMs = CAPTCHA_TTL_MS } = {}) {
  const token = randomBytes(18).toString('base64url');
  const answer = mode === 'test' ? '0000' : String(randomInt(10_000)).padStart(4, '0');
  await db.query(
    `insert into captchas (token, answer, expires_at)
     values ($1, $2, now() + make_interval(secs => $3::double precision))`,
    [token, answer, ttlMs / 1000],
  );
  return { token, answer };
}

/** The answer for a live token, to draw or say it; null when used or expired. */
export async function captchaAnswer(db, token) {
  const { rows } = await db.query(
    'select answer from captchas where token = $1 and used_at is null and expires_at > now()',
    [String(token)],
  );
  return rows[0]?.answer ?? null;
}

/** One try per token: right or wrong, the token is spent. */
export async function checkCaptcha(db, token, answer) {
  const { rows } = await db.query(
    `update captchas set used_at = now()
     where token = $1 and used_at is null and expires_at > now() returning answer`,
    [String(token ?? '')],
  );
  const typed = String(answer ?? '').replace(/\s/g, '');
  return rows.length === 1 && rows[0].answer === typed;
}

/** Old tokens go: run now and then. */
export async function sweepCaptchas(db) {
  await db.query("delete from captchas where expires_at < now() - interval '1 hour'");
}
