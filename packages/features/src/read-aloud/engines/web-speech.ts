import type {
  SpeechEngine,
  SpeechVoice,
  Utterance,
  UtteranceEvents,
} from '@yilan/core/speech/engine.js';

/** How long to wait for a browser to announce its voices before saying it has none. */
const VOICES_WAIT_MS = 1500;

const primary = (lang: string): string => lang.toLowerCase().split('-')[0];

/** Voices for `lang`, best first: the exact region, then local voices, then the default. */
export function rankVoices(
  voices: readonly SpeechSynthesisVoice[],
  lang: string,
): SpeechSynthesisVoice[] {
  const want = lang.toLowerCase().replace(/_/g, '-');
  const score = (v: SpeechSynthesisVoice): number => {
    const l = v.lang.toLowerCase().replace(/_/g, '-');
    return (l === want ? 4 : 0) + (v.localService ? 2 : 0) + (v.default ? 1 : 0);
  };
  return voices
    .filter(v => primary(v.lang.replace(/_/g, '-')) === primary(want))
    .sort((a, b) => score(b) - score(a));
}

/**
 * The browser's Web Speech API. Voices arrive late (an empty list until `voiceschanged`), so the
 * engine waits for that event once instead of polling. Pausing cancels and later speaks the rest
 * from the last word boundary, because `speechSynthesis.pause()` is unreliable across platforms.
 */
export class WebSpeechEngine implements SpeechEngine {
  readonly name = 'browser';
  private list: Promise<readonly SpeechSynthesisVoice[]> | undefined;
  private current: SpeechSynthesisUtterance | undefined;
  private resumeFrom: { utterance: Utterance; events: UtteranceEvents; at: number } | undefined;
  private spoken = 0;
  private token = 0;

  constructor(private readonly win: Window & typeof globalThis) {}

  private get synth(): SpeechSynthesis | undefined {
    try {
      return this.win.speechSynthesis;
    } catch {
      return undefined;
    }
  }

  private allVoices(): Promise<readonly SpeechSynthesisVoice[]> {
    const synth = this.synth;
    if (!synth) return Promise.resolve([]);
    this.list ??= new Promise(resolve => {
      const now = synth.getVoices();
      if (now.length) return resolve(now);
      const done = (): void => {
        synth.removeEventListener('voiceschanged', done);
        this.win.clearTimeout(timer);
        resolve(synth.getVoices());
      };
      const timer = this.win.setTimeout(done, VOICES_WAIT_MS);
      synth.addEventListener('voiceschanged', done);
    });
    return this.list;
  }

  async check(lang: string): Promise<true | string> {
    if (!this.synth || typeof this.win.SpeechSynthesisUtterance !== 'function') return 'no-api';
    return rankVoices(await this.allVoices(), lang).length ? true : 'no-voice';
  }

  async voices(lang: string): Promise<readonly SpeechVoice[]> {
    return rankVoices(await this.allVoices(), lang).map(v => ({
      id: v.voiceURI || v.name,
      name: v.name,
      lang: v.lang,
      local: v.localService,
    }));
  }

  speak(utterance: Utterance, events: UtteranceEvents, from = 0): void {
    const synth = this.synth;
    if (!synth) return events.error('no-api');
    this.cancel();
    const token = this.token;
    void this.allVoices()
      .then(all => {
        if (token !== this.token) return;
        const ranked = rankVoices(all, utterance.lang);
        const voice = ranked.find(v => (v.voiceURI || v.name) === utterance.voice) ?? ranked[0];
        const u = new this.win.SpeechSynthesisUtterance(utterance.text.slice(from));
        u.lang = voice?.lang ?? utterance.lang;
        if (voice) u.voice = voice;
        u.rate = utterance.rate;
        u.volume = utterance.volume;
        // Events of a cancelled utterance can arrive after the next one started: ignore them.
        const live = (): boolean => this.current === u;
        u.addEventListener('start', () => live() && from === 0 && events.start());
        u.addEventListener('boundary', (e: SpeechSynthesisEvent) => {
          if (!live()) return;
          this.spoken = from + e.charIndex;
          events.boundary(this.spoken);
        });
        u.addEventListener('end', () => {
          if (!live()) return;
          this.current = undefined;
          events.end();
        });
        u.addEventListener('error', (e: SpeechSynthesisErrorEvent) => {
          if (!live()) return;
          this.current = undefined;
          if (e.error === 'interrupted' || e.error === 'canceled') return;
          events.error(e.error);
        });
        this.current = u;
        this.spoken = from;
        this.resumeFrom = { utterance, events, at: from };
        synth.speak(u);
      })
      .catch((error: unknown) => {
        if (token === this.token) events.error(String(error));
      });
  }

  cancel(): void {
    this.token++;
    const had = this.current;
    this.current = undefined;
    this.resumeFrom = undefined;
    const synth = this.synth;
    if (synth && (had || synth.speaking || synth.pending)) synth.cancel();
  }

  pause(): void {
    const keep = this.resumeFrom && { ...this.resumeFrom, at: this.spoken };
    this.cancel();
    this.resumeFrom = keep;
  }

  resume(): void {
    const from = this.resumeFrom;
    if (!from) return;
    this.speak(from.utterance, from.events, from.at);
  }
}
