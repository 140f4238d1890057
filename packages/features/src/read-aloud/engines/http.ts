import { AudioEngine } from '@yilan/core/speech/audio-engine.js';
import type { Rendered } from '@yilan/core/speech/audio-engine.js';
import type { Utterance } from '@yilan/core/speech/engine.js';

/** Longest wait for the site's endpoint before the speaker tries the next engine. */
const TIMEOUT_MS = 8000;

/**
 * The site's own text-to-speech endpoint (`data-tts-endpoint`, same origin): Yilan posts
 * `{ text, lang, rate, voice }` as JSON and plays the audio that comes back (any type the
 * browser decodes: WAV, MP3, Ogg). See docs/features/read-aloud.md for the contract.
 */
export class HttpEngine extends AudioEngine {
  readonly name = 'http';

  constructor(
    win: Window,
    private readonly endpoint: string,
  ) {
    super(win);
  }

  check(): Promise<true | string> {
    return Promise.resolve(this.canPlay() ? true : 'no-audio');
  }

  protected async render(utterance: Utterance, signal: AbortSignal): Promise<Rendered> {
    const controller = new AbortController();
    const timer = this.win.setTimeout(() => controller.abort(), TIMEOUT_MS);
    signal.addEventListener('abort', () => controller.abort());
    try {
      const response = await this.win.fetch(this.endpoint, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'audio/*' },
        body: JSON.stringify({
          text: utterance.text,
          lang: utterance.lang,
          rate: utterance.rate,
          voice: utterance.voice,
        }),
        credentials: 'same-origin',
        signal: controller.signal,
      });
      if (!response.ok) throw new Error(`endpoint answered ${response.status}`);
      return { encoded: await response.arrayBuffer() };
    } finally {
      this.win.clearTimeout(timer);
    }
  }
}
