// The message form's CAPTCHA as the server shows it: a picture drawn from strokes (no text a
// script could read from the page or the SVG) and the same digits spoken by eSpeak NG, for
// readers who cannot see it. The answer stays in the database (store/captcha.mjs); each token
// is good for one try within ten minutes. Both routes are rate-limited per client.
import { randomInt } from 'node:crypto';
import { captchaAnswer } from '../store/captcha.mjs';

/** Each digit as one or two pen strokes on a 10 × 16 grid, drawn by hand rather than a font. */
const STROKES = {
  0: [
    [
      [5, 1],
      [2, 3],
      [1, 8],
      [2, 13],
      [5, 15],
      [8, 13],
      [9, 8],
      [8, 3],
      [5, 1],
    ],
  ],
  1: [
    [
      [3, 4],
      [6, 1],
      [6, 15],
    ],
  ],
  2: [
    [
      [1, 4],
      [3, 1],
      [7, 1],
      [9, 4],
      [8, 7],
      [1, 15],
      [9, 15],
    ],
  ],
  3: [
    [
      [1, 2],
      [8, 1],
      [4, 7],
      [8, 9],
      [9, 12],
      [6, 15],
      [1, 14],
    ],
  ],
  4: [
    [
      [7, 15],
      [7, 1],
      [1, 11],
      [9, 11],
    ],
  ],
  5: [
    [
      [9, 1],
      [2, 1],
      [1, 7],
      [6, 6],
      [9, 9],
      [8, 14],
      [4, 15],
      [1, 14],
    ],
  ],
  6: [
    [
      [8, 1],
      [3, 4],
      [1, 10],
      [3, 15],
      [7, 15],
      [9, 11],
      [6, 8],
      [2, 9],
    ],
  ],
  7: [
    [
      [1, 1],
      [9, 1],
      [4, 15],
    ],
  ],
  8: [
    [
      [5, 8],
      [2, 6],
      [2, 2],
      [5, 1],
      [8, 2],
      [8, 6],
      [5, 8],
      [1, 11],
      [2, 15],
      [8, 15],
      [9, 11],
      [5, 8],
    ],
  ],
  9: [
    [
      [8, 7],
      [4, 8],
      [1, 5],
      [3, 1],
      [7, 1],
      [9, 4],
      [8, 10],
      [4, 15],
    ],
  ],
};

export const PICTURE = { width: 240, height: 90 };

/** A little randomness, so no two pictures of the same digits are alike. */
const wobble = spread => (randomInt(2001) / 1000 - 1) * spread;

/**
 * The digits as an SVG picture: paths only (no <text>, no font), each digit turned, moved and
 * its strokes shaken a little, over a few thin lines. Large and dark enough to read easily:
 * it keeps scripts from reading the page, not people from reading the picture.
 */
export function drawDigits(digits) {
  const paths = [...digits].map((d, i) => {
    const angle = wobble(0.2);
    const [cx, cy] = [30 + i * 58 + wobble(4), 45 + wobble(5)];
    const size = 4 + wobble(0.4);
    const point = ([x, y]) => {
      const [dx, dy] = [(x - 5) * size + wobble(1.5), (y - 8) * size + wobble(1.5)];
      const px = cx + dx * Math.cos(angle) - dy * Math.sin(angle);
      const py = cy + dx * Math.sin(angle) + dy * Math.cos(angle);
      return `${px.toFixed(1)} ${py.toFixed(1)}`;
    };
    return STROKES[d].map(stroke => `<path d="M${stroke.map(point).join(' L')}"/>`).join('');
  });
  const noise = Array.from(
    { length: 3 },
    () =>
      `<path d="M0 ${randomInt(90)} C${randomInt(80)} ${randomInt(90)} ${160 + randomInt(80)} ${randomInt(90)} 240 ${randomInt(90)}"/>`,
  );
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${PICTURE.width} ${PICTURE.height}" width="${PICTURE.width}" height="${PICTURE.height}">
<rect width="100%" height="100%" fill="#fff"/>
<g fill="none" stroke="#8a8a8a" stroke-width="1.5">${noise.join('')}</g>
<g fill="none" stroke="#111" stroke-width="5" stroke-linecap="round" stroke-linejoin="round">${paths.join('')}</g>
</svg>`;
}

/** What the audio says: the digits one by one, slowly. */
export const spokenDigits = digits => `验证码：${[...digits].join('，')}`;

const TOKEN = /^[\w-]{16,64}$/;

/**
 * GET /captcha/<token>.svg and /captcha/<token>.wav. A used or expired token is a 404 (the form
 * then shows a new one); neither answer is cached.
 * @param {import('fastify').FastifyInstance} app
 * GET /captcha/new gives a new token ({ token }), for the form's 换一张 button: a picture that
 * expired while the form was open is replaced without reloading, so nothing typed is lost.
 * @param {{ db: import('../store/db.mjs').Database, issue(): Promise<{ token: string }>, speech: { full(): boolean, run(task: object): Promise<Buffer> }, perMinute?: number }} options
 */
export async function captchaRoutes(app, { db, issue, speech, perMinute = 60 }) {
  const answerFor = async (request, reply) => {
    const { token } = request.params;
    const answer = TOKEN.test(token) ? await captchaAnswer(db, token) : null;
    if (!answer) reply.code(404).type('text/plain; charset=utf-8').send('验证码已失效，请刷新页面');
    return answer;
  };
  const config = { rateLimit: { max: perMinute, timeWindow: 60_000 } };
  app.get('/captcha/new', { config }, async (request, reply) => {
    const { token } = await issue();
    return reply.header('cache-control', 'no-store').send({ token });
  });
  app.get('/captcha/:token.svg', { config }, async (request, reply) => {
    const answer = await answerFor(request, reply);
    if (!answer) return reply;
    return reply
      .header('cache-control', 'no-store')
      .type('image/svg+xml; charset=utf-8')
      .send(drawDigits(answer));
  });
  app.get('/captcha/:token.wav', { config }, async (request, reply) => {
    const answer = await answerFor(request, reply);
    if (!answer) return reply;
    if (speech.full()) return reply.code(503).header('retry-after', '5').send('朗读忙，请稍后再试');
    const wav = await speech.run({ text: spokenDigits(answer), lang: 'zh', rate: 0.8 });
    return reply.header('cache-control', 'no-store').type('audio/wav').send(wav);
  });
}
