import { AudioEngine } from '@yilan/core/speech/audio-engine.js';
import type { Rendered } from '@yilan/core/speech/audio-engine.js';
import type { SpeechEngine, Utterance } from '@yilan/core/speech/engine.js';
import { espeakVoice, wordsPerMinute } from './voices.js';

type Reply =
  { id: number; samples: Float32Array; sampleRate: number } | { id: number; error: string };

/**
 * eSpeak NG as a Yilan speech engine, for machines with no voice for the page's language. The
 * synthesiser runs in a module worker loaded from this file's folder; nothing leaves the page.
 */
class EspeakEngine extends AudioEngine {
  readonly name = 'espeak';
  private worker: Worker | undefined;
  private next = 0;
  private readonly waiting = new Map<number, (reply: Reply) => void>();

  constructor(
    win: Window,
    private readonly base: URL,
  ) {
    super(win);
  }

  check(lang: string): Promise<true | string> {
    if (!espeakVoice(lang)) return Promise.resolve('no-voice');
    if (typeof (this.win as Window & typeof globalThis).Worker !== 'function')
      return Promise.resolve('no-worker');
    return Promise.resolve(this.canPlay() ? true : 'no-audio');
  }

  private start(): Worker {
    if (this.worker) return this.worker;
    const Ctor = (this.win as Window & typeof globalThis).Worker;
    const worker = new Ctor(new URL('espeak-worker.js', this.base), { type: 'module' });
    worker.addEventListener('message', (event: MessageEvent<Reply>) => {
      this.waiting.get(event.data.id)?.(event.data);
      this.waiting.delete(event.data.id);
    });
    this.worker = worker;
    return worker;
  }

  protected render(utterance: Utterance, signal: AbortSignal): Promise<Rendered> {
    const worker = this.start();
    const id = ++this.next;
    return new Promise((resolve, reject) => {
      signal.addEventListener('abort', () => {
        this.waiting.delete(id);
        reject(new Error('cancelled'));
      });
      this.waiting.set(id, reply =>
        'error' in reply ? reject(new Error(reply.error)) : resolve(reply),
      );
      worker.postMessage({
        id,
        text: utterance.text,
        voice: espeakVoice(utterance.lang) ?? 'cmn',
        wpm: wordsPerMinute(utterance.rate),
      });
    });
  }
}

/** Called by Yilan's speaker when a site lists "espeak" in data-tts. */
export function createEngine(options: { base: URL; window: Window }): SpeechEngine {
  return new EspeakEngine(options.window, options.base);
}
