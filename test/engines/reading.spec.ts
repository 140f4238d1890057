import { test, expect, open, setMode, poll } from './fixtures.js';
import type { BrowserPage } from './adapter.js';
import { ARTICLE, ARTICLE_ORDER } from '../helpers/reading.js';
import { acceptPlainVoices } from '../helpers/fake-speech.js';

/**
 * A recording speech engine put in place of the browser's, in the page, before anything was read
 * (Yilan looks up `speechSynthesis` when it speaks). Like a browser's: voices arrive with
 * `voiceschanged`, utterances queue, start, report a word boundary and end after `ms`; cancel
 * interrupts. Events are plain `Event`s with the fields Yilan reads, as not every engine lets a
 * page construct `SpeechSynthesisEvent`. `window.__said` lists what was spoken, with its language.
 */
async function installRecorder(page: BrowserPage, ms: number): Promise<void> {
  await page.evaluate(acceptPlainVoices);
  await page.evaluate(ms => {
    type W = { __said: { text: string; lang: string }[]; __hold: boolean; __overlap: number };
    const w = window as unknown as W;
    w.__said = [];
    w.__hold = false;
    w.__overlap = 0;
    const voices = [
      { name: 'Recorder zh', lang: 'zh-CN', localService: true, default: true, voiceURI: 'rec:zh' },
      {
        name: 'Recorder en',
        lang: 'en-US',
        localService: true,
        default: false,
        voiceURI: 'rec:en',
      },
    ];
    const queue: SpeechSynthesisUtterance[] = [];
    let current: SpeechSynthesisUtterance | undefined;
    let timer = 0;
    let playing = 0;
    const fire = (u: SpeechSynthesisUtterance, type: string, fields: object = {}) => {
      const event = Object.assign(new Event(type), { utterance: u, charIndex: 0, ...fields });
      u.dispatchEvent(event);
    };
    const next = () => {
      if (current || !queue.length) return;
      const u = queue.shift()!;
      current = u;
      w.__overlap = Math.max(w.__overlap, ++playing);
      w.__said.push({ text: u.text, lang: u.lang });
      fire(u, 'start');
      fire(u, 'boundary', { name: 'word' });
      const finish = () => {
        if (current !== u) return;
        if (w.__hold) return void (timer = window.setTimeout(finish, 20));
        current = undefined;
        playing--;
        fire(u, 'end');
        next();
      };
      timer = window.setTimeout(finish, ms);
    };
    const synth = Object.assign(new EventTarget(), {
      paused: false,
      onvoiceschanged: null,
      getVoices: () => voices,
      speak: (u: SpeechSynthesisUtterance) => (queue.push(u), next()),
      cancel: () => {
        queue.length = 0;
        window.clearTimeout(timer);
        const u = current;
        current = undefined;
        if (u) {
          playing--;
          fire(u, 'error', { error: 'interrupted' });
        }
      },
      pause: () => undefined,
      resume: () => undefined,
    });
    Object.defineProperties(synth, {
      speaking: { get: () => !!current },
      pending: { get: () => queue.length > 0 },
    });
    Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
  }, ms);
}

const said = (page: BrowserPage) =>
  page.evaluate(() => (window as unknown as { __said: { text: string; lang: string }[] }).__said);

/** The text of the sentence being shown as read: the Custom Highlight API's ranges, or the fallback outline. */
const marked = (page: BrowserPage) =>
  page.evaluate(() => {
    const registry = (CSS as unknown as { highlights?: Map<string, Iterable<Range>> }).highlights;
    const ranges = registry?.get('yilan-reading');
    if (ranges) return Array.from(ranges, r => r.toString().replace(/\s+/g, ' ').trim()).join('');
    const mark = document
      .querySelector('yilan-layer')
      ?.shadowRoot?.querySelector('[data-yilan-reading-mark].on');
    return mark ? 'outline' : '';
  });

test('continuous reading says the main content in order, in each language, one at a time', async ({
  browserPage: page,
}) => {
  await open(page, ARTICLE);
  await installRecorder(page, 30);
  await setMode(page, { reading: true });
  await poll(() => page.evaluate(() => window.Yilan!.get().reading), false, 15_000);
  const spoken = await said(page);
  expect(spoken.map(s => s.text)).toEqual(ARTICLE_ORDER);
  expect(spoken[0]!.lang).toBe('zh-CN');
  expect(spoken.filter(s => /^[A-Z]/.test(s.text)).every(s => s.lang.startsWith('en'))).toBe(true);
  expect(await page.evaluate(() => (window as unknown as { __overlap: number }).__overlap)).toBe(1);
});

test('the sentence being read is marked, and the mark goes when reading stops', async ({
  browserPage: page,
}) => {
  await open(page, ARTICLE);
  await installRecorder(page, 30);
  await page.evaluate(() => ((window as unknown as { __hold: boolean }).__hold = true));
  await setMode(page, { reading: true });
  await poll(async () => (await marked(page)) !== '', true);
  // With the API, the mark is the first sentence itself.
  const first = await marked(page);
  if (first !== 'outline') expect(first).toBe(ARTICLE_ORDER[0]);
  test.info().annotations.push({
    type: 'highlight',
    description: first === 'outline' ? 'fallback outline' : 'Custom Highlight API',
  });
  await setMode(page, { reading: false });
  await poll(() => marked(page), '');
});

test('point reading says what the pointer rests on and what is focused', async ({
  browserPage: page,
}) => {
  await open(page, ARTICLE);
  await installRecorder(page, 300);
  await setMode(page, { point: true });
  const last = async () => (await said(page)).at(-1)?.text ?? '';
  const centre = (selector: string) =>
    page.evaluate(sel => {
      const r = document.querySelector(sel)!.getBoundingClientRect();
      return {
        x: Math.round(r.left + Math.min(r.width / 2, 20)),
        y: Math.round(r.top + r.height / 2),
      };
    }, selector);
  const link = await centre('#guide-link');
  await page.mouse.move(link.x, link.y);
  await poll(last, '办事指南', 5_000);
  await page.evaluate(() => (document.getElementById('secret') as HTMLInputElement).focus());
  await poll(last, '密码，密码框', 5_000);
  expect((await said(page)).map(s => s.text).join()).not.toContain('hunter2');
});
