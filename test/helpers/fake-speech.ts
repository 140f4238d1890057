import type { Page } from '@playwright/test';

export interface Spoken {
  text: string;
  lang: string;
  rate: number;
  volume: number;
  voice: string;
}

export interface FakeSpeechOptions {
  /** Voices the fake browser has (default: one zh-CN and one en-US local voice). */
  voices?: { name: string; lang: string; localService?: boolean }[];
  /** How long each utterance "plays" (default 30 ms). */
  ms?: number;
  /** Voices arrive only after this delay, as in Chrome (default 60 ms). */
  voicesAfterMs?: number;
}

export interface FakeSpeech {
  /** Every utterance the page started, in order. */
  spoken: Spoken[];
  /** The most utterances that were playing at the same time (must stay 1). */
  maxOverlap: () => Promise<number>;
  /** Events in order: "speak:<text>", "cancel", "pause", "resume". */
  events: string[];
}

/**
 * Real utterances accept only real voices; a stand-in engine's are plain objects. Run in the page
 * (self-contained) before the stand-in is used.
 */
export function acceptPlainVoices(): void {
  const chosen = new WeakMap<object, unknown>();
  Object.defineProperty(SpeechSynthesisUtterance.prototype, 'voice', {
    configurable: true,
    get(this: object) {
      return chosen.get(this) ?? null;
    },
    set(this: object, v: unknown) {
      chosen.set(this, v);
    },
  });
}

/**
 * Replaces `speechSynthesis` with a recorder before any page script runs. It behaves like a
 * browser's: voices arrive late with `voiceschanged`, utterances queue and end after a while,
 * cancel interrupts. What is said is reported to the test as it happens, so even a page that
 * navigated away has its record.
 */
export async function fakeSpeech(page: Page, options: FakeSpeechOptions = {}): Promise<FakeSpeech> {
  await page.addInitScript(acceptPlainVoices);
  const record: FakeSpeech = { spoken: [], events: [], maxOverlap: async () => 0 };
  await page.exposeBinding('__speechLog', (_source, type: string, data: Spoken | undefined) => {
    if (type === 'speak' && data) {
      record.spoken.push(data);
      record.events.push(`speak:${data.text}`);
    } else record.events.push(type);
  });
  record.maxOverlap = () =>
    page.evaluate(() => (window as unknown as { __speechMax: number }).__speechMax);
  await page.addInitScript(
    ({ voices, ms, voicesAfterMs }) => {
      type Log = (type: string, data?: unknown) => void;
      const w = window as unknown as {
        __speechLog: Log;
        __speechMax: number;
        __speechHold: boolean;
      };
      w.__speechMax = 0;
      w.__speechHold = false;
      const list = voices.map(v => ({
        name: v.name,
        lang: v.lang,
        localService: v.localService ?? true,
        default: false,
        voiceURI: `fake:${v.name}`,
      }));
      let ready = false;
      let current: SpeechSynthesisUtterance | undefined;
      let timer = 0;
      let playing = 0;
      const queue: SpeechSynthesisUtterance[] = [];
      const target = new EventTarget();
      const fire = (
        u: SpeechSynthesisUtterance,
        type: string,
        extra: Record<string, unknown> = {},
      ) =>
        u.dispatchEvent(
          type === 'error'
            ? new SpeechSynthesisErrorEvent('error', {
                utterance: u,
                error: 'interrupted',
                ...extra,
              })
            : new SpeechSynthesisEvent(type, { utterance: u, ...extra }),
        );
      const next = (): void => {
        if (current || !queue.length) return;
        const u = queue.shift()!;
        current = u;
        playing++;
        w.__speechMax = Math.max(w.__speechMax, playing);
        w.__speechLog('speak', {
          text: u.text,
          lang: u.lang,
          rate: u.rate,
          volume: u.volume,
          voice: u.voice?.name ?? '',
        });
        fire(u, 'start');
        fire(u, 'boundary', { charIndex: 0, name: 'word' });
        const finish = (): void => {
          if (current !== u) return;
          if (w.__speechHold) {
            timer = window.setTimeout(finish, 20);
            return;
          }
          current = undefined;
          playing--;
          fire(u, 'end');
          next();
        };
        timer = window.setTimeout(finish, ms);
      };
      Object.defineProperties(target, {
        speaking: { get: () => !!current },
        pending: { get: () => queue.length > 0 },
      });
      const fake = Object.assign(target, {
        paused: false,
        onvoiceschanged: null,
        getVoices: () => (ready ? list : []),
        speak(u: SpeechSynthesisUtterance) {
          queue.push(u);
          next();
        },
        cancel() {
          w.__speechLog('cancel');
          // Kept across navigation, to show that leaving a page stopped its speech.
          sessionStorage.setItem(
            'fakeSpeechCancels',
            String(Number(sessionStorage.getItem('fakeSpeechCancels') ?? 0) + 1),
          );
          queue.length = 0;
          window.clearTimeout(timer);
          const u = current;
          current = undefined;
          if (u) {
            playing--;
            fire(u, 'error');
          }
        },
        pause() {
          w.__speechLog('pause');
        },
        resume() {
          w.__speechLog('resume');
        },
      });
      Object.defineProperty(window, 'speechSynthesis', { value: fake, configurable: true });
      setTimeout(() => {
        ready = true;
        target.dispatchEvent(new Event('voiceschanged'));
      }, voicesAfterMs);
    },
    {
      voices: options.voices ?? [
        { name: 'Fake 普通话', lang: 'zh-CN' },
        { name: 'Fake 普通话 2', lang: 'zh-CN' },
        { name: 'Fake English', lang: 'en-US' },
      ],
      ms: options.ms ?? 30,
      voicesAfterMs: options.voicesAfterMs ?? 60,
    },
  );
  return record;
}
