import type { SpeechEngine, SpeechVoice, Utterance, UtteranceEvents } from './engine.js';

/** Audio an engine rendered: raw samples, or encoded bytes (WAV, MP3, Ogg) to decode. */
export type Rendered =
  | { readonly samples: Float32Array; readonly sampleRate: number }
  | { readonly encoded: ArrayBuffer };

/**
 * An engine that renders text to audio (an HTTP endpoint, eSpeak NG) and plays it through Web
 * Audio, which needs no media-src exception in a strict Content Security Policy and pauses
 * cleanly by suspending its context. Subclasses only render.
 */
/** How long a suspended audio context may take to resume before the engine gives up. */
const RESUME_MS = 3_000;

export abstract class AudioEngine implements SpeechEngine {
  abstract readonly name: string;
  private context: AudioContext | undefined;
  private source: AudioBufferSourceNode | undefined;
  private token = 0;
  private paused = false;

  constructor(protected readonly win: Window) {}

  protected abstract render(utterance: Utterance, signal: AbortSignal): Promise<Rendered>;
  abstract check(lang: string): Promise<true | string>;

  voices(): Promise<readonly SpeechVoice[]> {
    return Promise.resolve([]);
  }

  private audio(): AudioContext | undefined {
    const Ctor = (this.win as Window & typeof globalThis).AudioContext;
    if (!Ctor) return undefined;
    this.context ??= new Ctor();
    return this.context;
  }

  /** True when this browser can play what the engine renders. */
  protected canPlay(): boolean {
    return typeof (this.win as Window & typeof globalThis).AudioContext === 'function';
  }

  speak(utterance: Utterance, events: UtteranceEvents): void {
    this.cancel();
    const token = this.token;
    const abort = new AbortController();
    const context = this.audio();
    if (!context) return events.error('no-audio');
    const live = (): boolean => token === this.token;
    this.stopRender = () => abort.abort();
    this.render(utterance, abort.signal)
      .then(async rendered => {
        if (!live()) return;
        const buffer =
          'encoded' in rendered
            ? await context.decodeAudioData(rendered.encoded)
            : toBuffer(context, rendered.samples, rendered.sampleRate);
        if (!live()) return;
        const source = context.createBufferSource();
        const gain = context.createGain();
        gain.gain.value = utterance.volume;
        source.buffer = buffer;
        source.connect(gain).connect(context.destination);
        source.addEventListener('ended', () => {
          if (!live()) return;
          this.source = undefined;
          events.end();
        });
        this.source = source;
        if (context.state === 'suspended' && !this.paused) await this.wake(context);
        if (!live()) return;
        source.start();
        events.start();
      })
      .catch((error: unknown) => {
        if (live()) events.error(error instanceof Error ? error.message : String(error));
      });
  }

  private stopRender: (() => void) | undefined;

  /**
   * Resume a suspended context, or fail. A browser that may not play sound here (Firefox with
   * autoplay blocked or no audio device) leaves resume() pending for ever: the reader would stall
   * with nothing said. After RESUME_MS the engine fails instead, and the speaker moves on.
   */
  private async wake(context: AudioContext): Promise<void> {
    let timer: number | undefined;
    const blocked = new Promise<never>((_, reject) => {
      timer = this.win.setTimeout(() => reject(new Error('audio-blocked')), RESUME_MS);
    });
    try {
      await Promise.race([context.resume(), blocked]);
    } finally {
      this.win.clearTimeout(timer);
    }
  }

  cancel(): void {
    this.token++;
    this.stopRender?.();
    this.stopRender = undefined;
    const source = this.source;
    this.source = undefined;
    try {
      source?.stop();
    } catch {
      /* never started */
    }
    source?.disconnect();
    if (this.paused) {
      this.paused = false;
      void this.context?.resume();
    }
  }

  pause(): void {
    this.paused = true;
    void this.context?.suspend();
  }

  resume(): void {
    this.paused = false;
    void this.context?.resume();
  }
}

function toBuffer(context: AudioContext, samples: Float32Array, sampleRate: number): AudioBuffer {
  const buffer = context.createBuffer(1, Math.max(1, samples.length), sampleRate);
  buffer.copyToChannel(samples as Float32Array<ArrayBuffer>, 0);
  return buffer;
}
