import type { SettingsStore } from '@yilan/core/settings/settings-store.js';
import type { YilanChangeEvent } from '@yilan/core/events/yilan-change-event.js';
import { warn } from '@yilan/core/warn/warn.js';
import type { YilanToolbar } from '@yilan/elements/toolbar/toolbar.js';
import type { YilanOptions } from './options.js';
import type { Settings } from './registry.js';

declare global {
  interface Window {
    /** Yilan's page API, once yilan.js has run (or `mount()` was called). */
    Yilan?: YilanApi;
    /** Options for the drop-in script, set before its tag (they win over its `data-*`). */
    YilanConfig?: YilanOptions;
  }
}

/** `window.Yilan`: the one global, for site maintainers. Yilan's own modules never read it. */
export interface YilanApi {
  readonly version: string;
  /** Every current setting (only the chosen features' settings when `data-features` picks some). */
  get(): Partial<Settings>;
  /**
   * Change some settings; returns the keys that changed. Bad values (from untyped callers) are
   * warned about and ignored.
   */
  set(partial: Partial<Settings>): string[];
  /** Back to defaults; also forgets what was stored. */
  reset(): void;
  open(): void;
  close(): void;
  /** Listen for "change" (the `yilan:change` event); returns a function that stops listening. */
  on(event: string, fn: (event: YilanChangeEvent) => void): () => void;
  /** Resolves when every mode has finished applying (chunks loaded). */
  ready(): Promise<void>;
  /**
   * Say `text` with the reader's voice, rate and volume (e.g. a voice CAPTCHA). Resolves true when
   * it was said to the end, false when something cancelled it.
   */
  speak(text: string): Promise<boolean>;
  /** Read an element aloud in reading order, highlighting each sentence. */
  readElement(el: Element): Promise<void>;
  /** Stop any speech. */
  stopSpeaking(): void;
}

/** What the facade needs of read-aloud (loaded on first use). */
export interface SpeechParts {
  speak(text: string): Promise<boolean>;
  readElement(el: Element): Promise<void>;
  stop(): void;
}

interface FacadeParts {
  version: string;
  store: SettingsStore;
  set: (partial: Readonly<Record<string, unknown>>) => string[];
  toolbar: YilanToolbar;
  doc: Document;
  settled: () => Promise<void>;
  speech: () => Promise<SpeechParts>;
}

export function createFacade({
  version,
  store,
  set,
  toolbar,
  doc,
  settled,
  speech,
}: FacadeParts): YilanApi {
  const failed = (error: unknown): false => {
    warn('speech-failed', `read-aloud could not load: ${String(error)}`);
    return false;
  };
  const inPage = (): boolean => toolbar.isConnected;
  return {
    version,
    // The store's schema is the registry's (or the chosen subset), which Settings is derived from.
    get: () => store.get(),
    set: partial => set(partial),
    reset: () => {
      store.reset();
    },
    open: () => (inPage() ? toolbar.open() : void store.set({ open: true })),
    close: () => (inPage() ? toolbar.close() : void store.set({ open: false })),
    on(event, fn) {
      if (event !== 'change' && event !== 'yilan:change') {
        warn('unknown-event', `Yilan.on("${event}"): the only event is "change"`);
        return () => undefined;
      }
      if (typeof fn !== 'function') {
        warn('bad-listener', 'Yilan.on() needs a function');
        return () => undefined;
      }
      const listener = (e: YilanChangeEvent): void => fn(e);
      doc.addEventListener('yilan:change', listener);
      return () => doc.removeEventListener('yilan:change', listener);
    },
    ready: () => settled(),
    speak(text) {
      if (typeof text !== 'string') {
        warn('bad-argument', 'Yilan.speak() needs a string');
        return Promise.resolve(false);
      }
      return speech()
        .then(s => s.speak(text))
        .catch(failed);
    },
    readElement(el) {
      if (!(el instanceof Element) || !el.isConnected) {
        warn('bad-argument', 'Yilan.readElement() needs an element in the page');
        return Promise.resolve();
      }
      return speech()
        .then(s => s.readElement(el))
        .catch(failed)
        .then(() => undefined);
    },
    stopSpeaking() {
      void speech()
        .then(s => s.stop())
        .catch(failed);
    },
  };
}
