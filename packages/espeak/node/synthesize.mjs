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
 * Text → mono 16-bit PCM samples at the engine's rate.
 * @param {string} text
 * @param {{ lang?: string, rate?: number }} [options] rate 0.5–2, 1 = 175 words a minute
 * @returns {Promise<{ samples: Int16Array, sampleRate: number }>}
 */
export async function synthesize(text, { lang = 'zh-CN', rate = 1 } = {}) {
  const worker = await load();
  const voice = VOICES[String(lang).toLowerCase().split(/[-_]/)[0]];
  if (!voice) throw new Error(`no eSpeak voice for ${lang}`);
  worker.set_voice(voice);
  worker.set_rate(Math.round(Math.min(450, Math.max(80, 175 * rate))));
  const parts = [];
  worker.synthesize(text, samples => {
    if (samples?.length) parts.push(samples.slice());
    return false;
  });
  const samples = new Int16Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    samples.set(part, at);
    at += part.length;
  }
  return { samples, sampleRate: worker.get_samplerate() };
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
