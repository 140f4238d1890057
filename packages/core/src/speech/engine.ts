/** One short piece of text to say (the speaker cuts long text into these). */
export interface Utterance {
  readonly text: string;
  /** BCP 47 language of the text, e.g. "zh-CN" or "en". */
  readonly lang: string;
  /** 0.5 – 2, 1 is the engine's normal speed. */
  readonly rate: number;
  /** 0 – 1. */
  readonly volume: number;
  /** A voice id from `voices()`; empty for the engine's choice. */
  readonly voice: string;
}

/** What an engine reports while it speaks one utterance. */
export interface UtteranceEvents {
  start(): void;
  /** A word boundary, as an index into the utterance's text. */
  boundary(charIndex: number): void;
  end(): void;
  error(reason: string): void;
}

export interface SpeechVoice {
  readonly id: string;
  readonly name: string;
  readonly lang: string;
  /** Speaks without a network (a remote voice may be unreachable, e.g. behind a firewall). */
  readonly local: boolean;
}

/**
 * A speech engine: the browser's Web Speech API, a site's HTTP endpoint, or eSpeak NG in
 * WebAssembly. One utterance at a time; the speaker never calls speak before the previous one
 * ended or was cancelled.
 */
export interface SpeechEngine {
  readonly name: string;
  /** Whether this engine can say `lang` here; a reason ("no-voice", "no-api") when not. */
  check(lang: string): Promise<true | string>;
  voices(lang: string): Promise<readonly SpeechVoice[]>;
  speak(utterance: Utterance, events: UtteranceEvents): void;
  cancel(): void;
  pause(): void;
  resume(): void;
}

/** How an optional engine package (yilan-espeak.js) hands its engine to Yilan. */
export interface EngineModule {
  createEngine(options: { base: URL; window: Window }): SpeechEngine;
}
