// POST /api/tts: { text, lang, rate } as JSON → audio/wav (the contract of Yilan's
// data-tts-endpoint). Synthesis runs in a pool of worker threads with a bounded queue, so a page
// request never waits behind speech; each client may ask a limited number of times a minute.
import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import { MAX_SECONDS } from '../../packages/espeak/node/synthesize.mjs';

/** Longest text one request may ask for: a few sentences, as Yilan sends them. */
export const TTS_MAX_CHARS = 600;

/**
 * The synthesis threads, shared by /api/tts and the CAPTCHA's audio (server/captcha.mjs).
 * @param {{ threads?: number, queue?: number }} options
 */
export function speechPool(options = {}) {
  const {
    // One core stays free for pages: on the 2-core benchmark machine, one synthesis thread.
    threads = Math.max(1, availableParallelism() - 1),
    queue = 32,
  } = options;
  const pool = new Piscina({
    filename: new URL('./speech-worker.mjs', import.meta.url).href,
    minThreads: 0,
    maxThreads: threads,
    maxQueue: queue,
    idleTimeout: 60_000,
  });
  return {
    /** True when a new task would wait past the queue's bound: answer 503 instead. */
    full: () => pool.queueSize >= queue,
    /** @param {{ text: string, lang: string, rate: number }} task  WAV bytes */
    run: async task => Buffer.from(await pool.run(task)),
    close: () => pool.close({ force: true }),
  };
}

/**
 * @param {import('fastify').FastifyInstance} app
 * @param {{ pool: ReturnType<typeof speechPool>, perMinute?: number, sendTimeoutMs?: number }} options
 */
export async function speechRoute(app, options) {
  const {
    pool,
    perMinute = Number(process.env.TTS_PER_MINUTE) || 120,
    sendTimeoutMs = 30_000,
  } = options;

  app.route({
    method: 'POST',
    url: '/api/tts',
    // 600 characters are at most a few KB of JSON.
    bodyLimit: 16_384,
    config: { rateLimit: { max: perMinute, timeWindow: 60_000 } },
    // JSON only: a cross-site <form> can send text/plain without asking, never application/json.
    onRequest: async (request, reply) => {
      if (!/^application\/json\s*(;|$)/i.test(request.headers['content-type'] ?? ''))
        return reply.code(415).send({ error: 'send the text as application/json' });
    },
    schema: {
      body: {
        type: 'object',
        required: ['text'],
        properties: {
          text: { type: 'string', minLength: 1, maxLength: TTS_MAX_CHARS },
          lang: {
            type: 'string',
            maxLength: 35,
            pattern: '^[A-Za-z]{2,3}([-_][A-Za-z0-9]{1,8})*$',
          },
          rate: { type: 'number' },
          voice: {},
        },
      },
    },
    async handler(request, reply) {
      const text = request.body.text.trim();
      if (!text)
        return reply.code(400).send({ error: `text must be 1–${TTS_MAX_CHARS} characters` });
      const rate = Number.isFinite(request.body.rate)
        ? Math.min(2, Math.max(0.5, request.body.rate))
        : 1;
      const lang = request.body.lang ?? 'zh-CN';
      if (pool.full()) {
        // Said before queueing: Piscina would refuse the task anyway, this answers without it.
        return reply
          .code(503)
          .header('retry-after', '5')
          .send({ error: 'speech is busy, try again in a few seconds' });
      }
      let wav;
      try {
        wav = await pool.run({ text, lang, rate });
      } catch (error) {
        const message = String(error?.message ?? error);
        if (/queue/i.test(message))
          return reply.code(503).header('retry-after', '5').send({ error: 'speech is busy' });
        return reply.code(422).send({ error: message });
      }
      // A client that stops reading is dropped after sendTimeoutMs without progress, so it cannot
      // keep megabytes of audio waiting in the server's memory.
      reply.raw.setTimeout(sendTimeoutMs, () => reply.raw.destroy());
      return (
        reply
          .header('content-type', 'audio/wav')
          // Audio cut at the cap (only input that would never end reaches it) is marked so.
          .header(
            'x-speech-truncated',
            wav.readUInt32LE(40) >= MAX_SECONDS * wav.readUInt32LE(24) * 2 ? '1' : '0',
          )
          .send(wav)
      );
    },
  });
}
