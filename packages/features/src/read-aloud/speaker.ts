import type { FeatureContext } from '@yilan/core/feature/feature.js';
import type { EngineModule, SpeechEngine, SpeechVoice } from '@yilan/core/speech/engine.js';
import { moreTranslator } from '@yilan/core/i18n/more-translate.js';
import { WebSpeechEngine } from './engines/web-speech.js';
import { HttpEngine } from './engines/http.js';
import { languageOf, speechChunks } from './text-chunks.js';

export type SpeakerState = 'idle' | 'speaking' | 'paused';

export interface SpeakOptions {
  /** Language of the text; by default the page's, with Latin-only pieces read as English. */
  readonly lang?: string;
  /** Called as each piece starts, with its offsets in the text (the reader highlights it). */
  readonly onPiece?: (start: number, end: number) => void;
}

/** Pace of silent reading (no engine, or voice off): the caption and highlight still move on. */
function silentMs(text: string, rate: number): number {
  const cjk = (text.match(/[\u3400-\u9fff]/g) ?? []).length;
  return Math.max(900, (cjk * 230 + (text.length - cjk) * 65) / rate);
}

/**
 * The one voice of a page. Everything that speaks (point reading, continuous reading, region
 * announcements, `Yilan.speak`) goes through it, so two utterances never overlap: a new `speak`
 * cancels the previous one. Engines are tried in the site's order until one has a voice for the
 * language; when none has, text still reaches the caption screen and the toolbar says why.
 */
export class Speaker {
  state: SpeakerState = 'idle';
  private readonly listeners = new Set<(state: SpeakerState) => void>();
  private readonly engines = new Map<string, Promise<SpeechEngine | undefined>>();
  private readonly picked = new Map<string, Promise<SpeechEngine | undefined>>();
  private readonly failed = new Set<string>();
  private engine: SpeechEngine | undefined;
  private run = 0;
  private finish: ((done: boolean) => void) | undefined;
  private silentTimer = 0;
  private silentResume: (() => void) | undefined;
  private noticed = false;

  /** `engines` replaces the site's engine list (tests use a recording engine). */
  constructor(
    private readonly context: FeatureContext,
    private readonly given?: readonly SpeechEngine[],
  ) {
    const win = context.document.defaultView;
    win?.addEventListener('keydown', this.onKey);
    win?.addEventListener('pagehide', () => this.cancel());
  }

  private get settings(): { on: boolean; rate: number; volume: number; voice: string } {
    const s = this.context.store.get();
    return {
      on: s.speech !== false,
      rate: typeof s.rate === 'number' ? s.rate : 1,
      volume: typeof s.volume === 'number' ? s.volume : 1,
      voice: typeof s.voiceName === 'string' ? s.voiceName : '',
    };
  }

  get pageLang(): string {
    const lang = this.context.document.documentElement.getAttribute('lang')?.trim();
    return lang || this.context.locale;
  }

  onState(listener: (state: SpeakerState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private setState(state: SpeakerState): void {
    if (state === this.state) return;
    this.state = state;
    for (const listener of [...this.listeners]) listener(state);
  }

  /**
   * Say `text`, cancelling whatever was being said. Resolves true when all of it was said (or
   * shown, when speech is off or unavailable), false when something cancelled it.
   */
  async speak(text: string, options: SpeakOptions = {}): Promise<boolean> {
    this.stop();
    const run = ++this.run;
    const clean = text.replace(/\s+/g, ' ').trim();
    if (!clean) return true;
    this.setState('speaking');
    const done = new Promise<boolean>(resolve => (this.finish = resolve));
    void this.play(run, text, options);
    return done;
  }

  private async play(run: number, text: string, options: SpeakOptions): Promise<void> {
    const doc = this.context.document;
    for (const piece of speechChunks(text)) {
      if (run !== this.run) return;
      const lang = options.lang ?? languageOf(piece.text, this.pageLang);
      options.onPiece?.(piece.start, piece.end);
      doc.dispatchEvent(new CustomEvent('yilan:caption', { detail: piece.text }));
      const ok = await this.sayPiece(run, piece.text, lang);
      if (!ok || run !== this.run) return;
    }
    if (run === this.run) this.end(true);
  }

  /** One piece through the first engine that can say it; silent reading when none can. */
  private async sayPiece(run: number, text: string, lang: string): Promise<boolean> {
    const { on, rate, volume, voice } = this.settings;
    const engine = on ? await this.pick(lang) : undefined;
    if (run !== this.run) return false;
    this.engine = engine;
    if (!engine) return this.silent(run, text, rate);
    return new Promise<boolean>(resolve => {
      engine.speak(
        { text, lang, rate, volume, voice },
        {
          start: () => undefined,
          boundary: () => undefined,
          end: () => resolve(run === this.run),
          error: reason => {
            if (run !== this.run) return resolve(false);
            this.context.warn('speech-failed', `${engine.name} could not speak: ${reason}`);
            this.failed.add(engine.name);
            this.picked.clear();
            resolve(this.sayPiece(run, text, lang));
          },
        },
      );
    });
  }

  private silent(run: number, text: string, rate: number): Promise<boolean> {
    const win = this.context.document.defaultView!;
    return new Promise(resolve => {
      const wait = (): void => {
        this.silentTimer = win.setTimeout(() => resolve(run === this.run), silentMs(text, rate));
      };
      this.silentResume = wait;
      wait();
    });
  }

  private end(done: boolean): void {
    const finish = this.finish;
    this.finish = undefined;
    this.setState('idle');
    finish?.(done);
  }

  /** Stop speaking; the promise of the current `speak` resolves false. */
  cancel(): void {
    if (this.state === 'idle') return;
    this.stop();
  }

  private stop(): void {
    this.run++;
    this.context.document.defaultView?.clearTimeout(this.silentTimer);
    this.silentResume = undefined;
    this.engine?.cancel();
    if (this.finish) this.end(false);
  }

  pause(): void {
    if (this.state !== 'speaking') return;
    this.engine?.pause();
    if (!this.engine) this.context.document.defaultView?.clearTimeout(this.silentTimer);
    this.setState('paused');
  }

  resume(): void {
    if (this.state !== 'paused') return;
    this.engine?.resume();
    if (!this.engine) this.silentResume?.();
    this.setState('speaking');
  }

  /** Escape stops Yilan's speech; it is left to the page as well, never swallowed. */
  private readonly onKey = (event: KeyboardEvent): void => {
    if (event.key === 'Escape' && this.state !== 'idle') this.cancel();
  };

  /** Voices for the page's language from the engine that would speak it. */
  async voices(): Promise<readonly SpeechVoice[]> {
    const engine = await this.pick(this.pageLang);
    return engine ? engine.voices(this.pageLang) : [];
  }

  /** The engine that will speak `lang`, or undefined (and a notice) when none can. */
  pick(lang: string): Promise<SpeechEngine | undefined> {
    const key = lang.split('-')[0];
    let picked = this.picked.get(key);
    if (!picked) {
      picked = this.choose(lang);
      this.picked.set(key, picked);
    }
    return picked;
  }

  private async choose(lang: string): Promise<SpeechEngine | undefined> {
    const reasons: string[] = [];
    const names = this.given?.map(e => e.name) ?? this.context.speech?.engines ?? ['browser'];
    for (const name of names) {
      if (this.failed.has(name)) continue;
      const engine = this.given?.find(e => e.name === name) ?? (await this.create(name));
      if (!engine) continue;
      const ok = await engine.check(lang).catch((e: unknown) => String(e));
      if (ok === true) {
        if (this.noticed) this.context.notice?.('');
        this.noticed = false;
        return engine;
      }
      reasons.push(`${name}: ${ok}`);
    }
    this.unavailable(lang, reasons);
    return undefined;
  }

  private unavailable(lang: string, reasons: readonly string[]): void {
    if (this.noticed) return;
    this.noticed = true;
    const why = reasons.length ? reasons.join('; ') : 'no engine allowed';
    this.context.warn(
      'no-speech',
      `nothing can speak ${lang} here (${why}); text goes to the caption screen`,
    );
    this.context.notice?.(moreTranslator(this.context.locale)('speechUnavailable'));
  }

  private create(name: string): Promise<SpeechEngine | undefined> {
    let engine = this.engines.get(name);
    if (!engine) {
      engine = this.build(name).catch((error: unknown) => {
        this.context.warn('speech-engine', `the ${name} engine could not load: ${String(error)}`);
        return undefined;
      });
      this.engines.set(name, engine);
    }
    return engine;
  }

  private async build(name: string): Promise<SpeechEngine | undefined> {
    const win = this.context.document.defaultView!;
    if (name === 'browser') return new WebSpeechEngine(win);
    const endpoint = this.context.speech?.endpoint;
    if (name === 'http') return endpoint ? new HttpEngine(win, endpoint) : undefined;
    if (name === 'espeak') {
      const url = new URL('espeak/yilan-espeak.js', this.context.base).href;
      const module = (await import(/* @vite-ignore */ url)) as EngineModule;
      return module.createEngine({ base: new URL('espeak/', this.context.base), window: win });
    }
    return undefined;
  }
}

const speakers = new WeakMap<FeatureContext, Speaker>();

/** The page's one speaker. */
export function speakerFor(context: FeatureContext): Speaker {
  let speaker = speakers.get(context);
  if (!speaker) {
    speaker = new Speaker(context);
    speakers.set(context, speaker);
  }
  return speaker;
}
