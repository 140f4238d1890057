// One speech synthesis, run by a worker thread of the pool in speech.mjs (never on the thread
// that answers requests). Returns the WAV as an ArrayBuffer moved, not copied, to the caller
// (audio cut at MAX_SECONDS is recognisable by its length).
import { move } from 'piscina';
import { synthesize, toWav } from '../../packages/espeak/node/synthesize.mjs';

export default async function speak({ text, lang, rate }) {
  const audio = await synthesize(text, { lang, rate });
  const wav = toWav(audio);
  return move(wav.buffer.slice(wav.byteOffset, wav.byteOffset + wav.byteLength));
}
