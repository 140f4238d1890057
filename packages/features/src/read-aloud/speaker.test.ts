import { describe, expect, it, vi } from 'vitest';
import type { FeatureContext } from '@yilan/core/feature/feature.js';
import type { SpeechEngine, Utterance, UtteranceEvents } from '@yilan/core/speech/engine.js';
import { SettingsStore } from '@yilan/core/settings/settings-store.js';
import { freeText, oneOf } from '@yilan/core/settings/schema.js';
import { translator } from '@yilan/core/i18n/translate.js';
import { Speaker } from './speaker.js';

/** A recording engine: utterances end when the test says so, or after `ms`. */
class RecordingEngine implements SpeechEngine {
  said: Utterance[] = [];
  playing = 0;
  most = 0;
  private pending: UtteranceEvents | undefined;
  constructor(
    readonly name: string,
    private readonly langs: readonly string[],
    private readonly ms = 0,
  ) {}
  check(lang: string): Promise<true | string> {
    return Promise.resolve(this.langs.includes(lang.split('-')[0]!) ? true : 'no-voice');
  }
  voices() {
    return Promise.resolve([]);
  }
  speak(u: Utterance, events: UtteranceEvents) {
    this.said.push(u);
    this.playing++;
    this.most = Math.max(this.most, this.playing);
    this.pending = events;
    events.start();
    setTimeout(() => this.end(events), this.ms);
  }
  private end(events: UtteranceEvents) {
    if (this.pending !== events) return;
    this.pending = undefined;
    this.playing--;
    events.end();
  }
  cancel() {
    if (this.pending) this.playing--;
    this.pending = undefined;
  }
  pause() {}
  resume() {}
}

function context(settings: Record<string, unknown> = {}) {
  const store = new SettingsStore({
    schema: {
      speech: { values: [false, true], default: true },
      rate: oneOf([0.5, 0.75, 1, 2], 1),
      volume: oneOf([0.5, 1], 1),
      voiceName: freeText(),
    },
  });
  store.set(settings);
  const notice = vi.fn();
  const warn = vi.fn();
  const ctx: FeatureContext = {
    document,
    store,
    base: new URL('http://127.0.0.1/yilan/'),
    warn,
    t: translator('zh-CN'),
    locale: 'zh-CN',
    layer: () => document.createElement('div').attachShadow({ mode: 'open' }),
    isOwnUi: () => false,
    loadChunk: () => Promise.reject(new Error('none')),
    announce: vi.fn(),
    notice,
  };
  return { ctx, notice, warn };
}

describe('Speaker', () => {
  it('says long text in short pieces, one at a time, with the reader’s rate and volume', async () => {
    const engine = new RecordingEngine('fake', ['zh', 'en'], 1);
    const { ctx } = context({ rate: 0.75, volume: 0.5 });
    const speaker = new Speaker(ctx, [engine]);
    const text = `${'这是一个很长的句子，'.repeat(20)}结束。Then English.`;
    expect(await speaker.speak(text)).toBe(true);
    expect(engine.most).toBe(1);
    expect(engine.said.length).toBeGreaterThan(2);
    expect(engine.said.every(u => u.text.length <= 90)).toBe(true);
    expect(engine.said.at(-1)).toMatchObject({ text: 'Then English.', lang: 'en', rate: 0.75 });
    expect(engine.said[0]).toMatchObject({ lang: 'zh-CN', volume: 0.5 });
  });

  it('a new speak cancels the one before: the first resolves false, nothing overlaps', async () => {
    const engine = new RecordingEngine('fake', ['zh'], 20);
    const speaker = new Speaker(context().ctx, [engine]);
    const first = speaker.speak('第一句。第二句。');
    await new Promise(r => setTimeout(r, 5));
    const second = speaker.speak('新的目标');
    expect(await first).toBe(false);
    expect(await second).toBe(true);
    expect(engine.most).toBe(1);
    expect(engine.said.map(u => u.text)).toEqual(['第一句。', '新的目标']);
  });

  it('falls back to the next engine that has a voice, and says why when none has', async () => {
    const zhOnly = new RecordingEngine('first', ['zh']);
    const enToo = new RecordingEngine('second', ['en']);
    const { ctx, notice, warn } = context();
    const speaker = new Speaker(ctx, [zhOnly, enToo]);
    await speaker.speak('Hello there.');
    expect(enToo.said.map(u => u.text)).toEqual(['Hello there.']);
    expect(zhOnly.said).toEqual([]);
    const none = new Speaker(context().ctx, []);
    const captions: string[] = [];
    const listen = (e: Event) => captions.push(String((e as CustomEvent).detail));
    document.addEventListener('yilan:caption', listen);
    const { ctx: silentCtx, notice: silentNotice } = context();
    const silent = new Speaker(silentCtx, [new RecordingEngine('mute', [])]);
    vi.useFakeTimers();
    const done = silent.speak('没有声音也要显示。');
    await vi.runAllTimersAsync();
    expect(await done).toBe(true);
    vi.useRealTimers();
    document.removeEventListener('yilan:caption', listen);
    expect(captions).toContain('没有声音也要显示。');
    expect(silentNotice).toHaveBeenCalledWith(expect.stringContaining('显示屏'));
    expect(notice).not.toHaveBeenCalled();
    expect(warn).not.toHaveBeenCalled();
    expect(none.state).toBe('idle');
  });

  it('voice off: nothing reaches the engine, the caption still gets the text', async () => {
    const engine = new RecordingEngine('fake', ['zh']);
    const speaker = new Speaker(context({ speech: false }).ctx, [engine]);
    vi.useFakeTimers();
    const done = speaker.speak('静音时只显示。');
    await vi.runAllTimersAsync();
    vi.useRealTimers();
    expect(await done).toBe(true);
    expect(engine.said).toEqual([]);
  });

  it('Escape stops speech without taking the key from the page', async () => {
    const engine = new RecordingEngine('fake', ['zh'], 1000);
    const speaker = new Speaker(context().ctx, [engine]);
    const said = speaker.speak('很长的一句话');
    await new Promise(r => setTimeout(r, 5));
    const key = new KeyboardEvent('keydown', { key: 'Escape', cancelable: true, bubbles: true });
    window.dispatchEvent(key);
    expect(await said).toBe(false);
    expect(key.defaultPrevented).toBe(false);
    expect(speaker.state).toBe('idle');
  });
});
