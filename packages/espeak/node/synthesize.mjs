// eSpeak NG in Node: the demo server's text-to-speech endpoint and the real-audio test use it.
// The same Emscripten build the browser engine loads, reading its voice data from disk.
import Module from '@echogarden/espeak-ng-emscripten';

let engine;

function load() {
  engine ??= Module().then(m => new m.eSpeakNGWorker());
  return engine;
}

/** eSpeak voices by primary language subtag (as the browser engine maps them). */
const VOICES = { zh: 'cmn', cmn: 'cmn', en: 'en-us' };

/**
 * This build of eSpeak NG reads its input as SSML (the flag is compiled in): `<break time="3600s"/>`
 * in 132 bytes made 16 minutes of silence. Text is only ever text here: the three characters that
 * start markup or entities become their full-width forms, which eSpeak says (or skips) as text.
 */
export const plainText = text =>
  String(text).replace(/[<>&]/g, c => ({ '<': '＜', '>': '＞', '&': '＆' })[c]);

/**
 * Longest audio one call returns: 600 characters of Chinese at half rate measured 345 s, so the cap
 * only stops input that would never end (it bounds memory, not normal speech).
 */
export const MAX_SECONDS = 360;

/**
 * Text → mono 16-bit PCM samples at the engine's rate.
 * @param {string} text
 * @param {{ lang?: string, rate?: number, maxSeconds?: number }} [options] rate 0.5–2,
 *   1 = 175 words a minute; synthesis stops after maxSeconds of audio (`truncated` then true)
 * @returns {Promise<{ samples: Int16Array, sampleRate: number, truncated: boolean }>}
 */
export async function synthesize(
  text,
  { lang = 'zh-CN', rate = 1, maxSeconds = MAX_SECONDS } = {},
) {
  const worker = await load();
  const voice = VOICES[String(lang).toLowerCase().split(/[-_]/)[0]];
  if (!voice) throw new Error(`no eSpeak voice for ${lang}`);
  worker.set_voice(voice);
  worker.set_rate(Math.round(Math.min(450, Math.max(80, 175 * rate))));
  const parts = [];
  const limit = maxSeconds * worker.get_samplerate();
  let length = 0;
  let truncated = false;
  worker.synthesize(plainText(text), samples => {
    if (samples?.length) {
      parts.push(samples.slice(0, Math.max(0, limit - length)));
      length += samples.length;
    }
    // true stops eSpeak (its callback's "abort").
    truncated = length >= limit;
    return truncated;
  });
  const samples = new Int16Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    samples.set(part, at);
    at += part.length;
  }
  return { samples, sampleRate: worker.get_samplerate(), truncated };
}

/** PCM samples as a WAV file. */
export function toWav({ samples, sampleRate }) {
  const data = Buffer.from(samples.buffer, samples.byteOffset, samples.byteLength);
  const head = Buffer.alloc(44);
  head.write('RIFF', 0);
  head.writeUInt32LE(36 + data.length, 4);
  head.write('WAVE', 8);
  head.write('fmt ', 12);
  head.writeUInt32LE(16, 16);
  head.writeUInt16LE(1, 20);
  head.writeUInt16LE(1, 22);
  head.writeUInt32LE(sampleRate, 24);
  head.writeUInt32LE(sampleRate * 2, 28);
  head.writeUInt16LE(2, 32);
  head.writeUInt16LE(16, 34);
  head.write('data', 36);
  head.writeUInt32LE(data.length, 40);
  return Buffer.concat([head, data]);
}
