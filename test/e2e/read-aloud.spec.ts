import type { Page } from '@playwright/test';
import { test, expect, open, setMode, axe, summary, control } from '../helpers/test.js';
import { fakeSpeech } from '../helpers/fake-speech.js';
import { ARTICLE, ARTICLE_ORDER } from '../helpers/reading.js';

const hold = (page: Page, on: boolean) =>
  page.evaluate(h => ((window as unknown as { __speechHold: boolean }).__speechHold = h), on);

const highlighted = (page: Page) =>
  page.evaluate(() => {
    const h = (CSS as unknown as { highlights: Map<string, Iterable<Range>> }).highlights.get(
      'yilan-reading',
    );
    return h ? Array.from(h, r => r.toString().replace(/\s+/g, ' ').trim()).join('') : '';
  });

test.describe('continuous reading (连读)', () => {
  test('reads the main content in order, skipping hidden text and password values', async ({
    page,
  }) => {
    const speech = await fakeSpeech(page);
    await open(page, ARTICLE);
    await setMode(page, { reading: true });
    await expect.poll(() => page.evaluate(() => window.Yilan!.get().reading)).toBe(false);
    const said = speech.spoken.map(s => s.text);
    expect(said).toEqual(ARTICLE_ORDER);
    expect(said.join()).not.toMatch(/隐藏|不显示|看不见|hunter2/);
    const english = speech.spoken.filter(s => /^[A-Z]/.test(s.text));
    expect(english.every(s => s.lang.startsWith('en'))).toBe(true);
    expect(speech.spoken[0]!.lang).toBe('zh-CN');
    expect(await speech.maxOverlap()).toBe(1);
  });

  test('highlights the sentence being read; pause, resume and stop with the keyboard', async ({
    page,
  }) => {
    const speech = await fakeSpeech(page);
    await open(page, ARTICLE);
    await hold(page, true);
    await page.keyboard.press('Alt+Shift+KeyR');
    await expect.poll(() => speech.spoken.length).toBe(1);
    await expect.poll(() => highlighted(page)).toBe('养老服务补贴政策');
    const bar = page.getByRole('region', { name: '连读控制' });
    await expect(bar).toBeVisible();
    // Next sentence from the reading controls: the highlight follows what is said.
    await bar.getByRole('button', { name: '下一句' }).click();
    await expect.poll(() => speech.spoken.at(-1)?.text).toBe('本市户籍老年人可以申请补贴。');
    await expect.poll(() => highlighted(page)).toBe('本市户籍老年人可以申请补贴。');
    await bar.getByRole('button', { name: '下一段' }).click();
    await expect.poll(() => speech.spoken.at(-1)?.text).toBe('年满八十周岁');
    await bar.getByRole('button', { name: '上一句' }).click();
    await expect.poll(() => speech.spoken.at(-1)?.text).toBe('详情见办事指南！');

    await page.keyboard.press('Alt+Shift+KeyR');
    await expect(bar.getByRole('button', { name: '继续' })).toBeVisible();
    const countPaused = speech.spoken.length;
    await hold(page, false);
    await page.waitForTimeout(200);
    expect(speech.spoken.length).toBe(countPaused);
    await page.keyboard.press('Alt+Shift+KeyR');
    await expect.poll(() => speech.spoken.length).toBeGreaterThan(countPaused);
    await hold(page, true);

    // Escape stops Yilan's speech but is not taken from the page.
    await page.evaluate(() =>
      document.addEventListener(
        'keydown',
        e =>
          ((window as unknown as { __escPrevented: boolean }).__escPrevented = e.defaultPrevented),
        { once: true },
      ),
    );
    await page.keyboard.press('Escape');
    expect(
      await page.evaluate(() => (window as unknown as { __escPrevented: boolean }).__escPrevented),
    ).toBe(false);
    await expect.poll(() => page.evaluate(() => window.Yilan!.get().reading)).toBe(false);
    await expect(bar).toBeHidden();
    expect(await highlighted(page)).toBe('');
  });

  test('starts from a selection, and from the focused element', async ({ page }) => {
    const speech = await fakeSpeech(page);
    await open(page, ARTICLE);
    await page.evaluate(() => {
      const text = document.querySelector('#english')!.firstChild!;
      const range = document.createRange();
      range.setStart(text, 14);
      range.setEnd(text, 20);
      getSelection()!.addRange(range);
    });
    await hold(page, true);
    await setMode(page, { reading: true });
    await expect.poll(() => speech.spoken[0]?.text).toBe('It takes five minutes.');
    await setMode(page, { reading: false });
    await page.evaluate(() => getSelection()!.removeAllRanges());
    await page.locator('#send').focus();
    await page.keyboard.press('Alt+Shift+KeyR');
    await expect.poll(() => speech.spoken.at(-1)?.text).toBe('提交申请，按钮');
  });

  test('is not restored on the next page and stops when the page is left', async ({ page }) => {
    const speech = await fakeSpeech(page);
    await open(page, ARTICLE);
    await hold(page, true);
    await setMode(page, { reading: true, rate: 1.5 });
    await expect.poll(() => speech.spoken.length).toBe(1);
    await page.goto('/fixtures/basic.html');
    await page.waitForFunction(() => !!window.Yilan);
    expect(await page.evaluate(() => sessionStorage.getItem('fakeSpeechCancels'))).toBe('1');
    expect(await page.evaluate(() => window.Yilan!.get())).toMatchObject({
      reading: false,
      rate: 1.5,
    });
  });

  test('axe finds nothing with reading active, the highlight and the controls shown', async ({
    page,
  }) => {
    await fakeSpeech(page);
    await open(page, ARTICLE);
    await hold(page, true);
    await setMode(page, { reading: true, caption: true });
    await expect.poll(() => highlighted(page)).not.toBe('');
    expect(summary(await axe(page))).toEqual([]);
  });
});

test.describe('point reading (指读)', () => {
  test('reads what the pointer rests on and what is focused, marking it', async ({ page }) => {
    // Long utterances, so the mark is still shown when the test looks for it.
    const speech = await fakeSpeech(page, { ms: 3000 });
    await open(page, ARTICLE);
    await setMode(page, { point: true });
    await page.locator('#guide-link').hover();
    await expect.poll(() => speech.spoken.at(-1)?.text).toBe('办事指南');
    await expect(page.locator('yilan-layer [data-yilan-reading-mark]')).toHaveClass(/on/);
    await page.locator('img[alt="市徽"]').hover();
    await expect.poll(() => speech.spoken.at(-1)?.text).toBe('市徽');
    await page.locator('#secret').focus();
    await expect.poll(() => speech.spoken.at(-1)?.text).toBe('密码，密码框');
    await page.locator('#p1').hover({ position: { x: 5, y: 5 } });
    await expect.poll(() => speech.spoken.at(-1)?.text).toBe('本市户籍老年人可以申请补贴。');
    expect(speech.spoken.map(s => s.text).join()).not.toContain('hunter2');
  });

  test('a sweep across the page says nothing until the pointer rests; never two at once', async ({
    page,
  }) => {
    const speech = await fakeSpeech(page, { ms: 400 });
    await open(page, ARTICLE);
    await setMode(page, { point: true });
    await page.waitForTimeout(100);
    const box = (await page.locator('main').boundingBox())!;
    for (let y = box.y + 5; y < box.y + box.height - 5; y += 12)
      await page.mouse.move(box.x + 40, y, { steps: 1 });
    expect(speech.spoken.length).toBeLessThanOrEqual(1);
    await page.locator('li').first().hover();
    await page.locator('li').nth(1).hover();
    await page.waitForTimeout(450);
    const before = speech.spoken.length;
    await page.locator('#english').hover();
    // The paragraph is spoken sentence by sentence; on a slow machine the second may already
    // have started by the time the poll looks, so look for the first anywhere after the sweep.
    await expect
      .poll(() => speech.spoken.slice(before).map(s => s.text))
      .toContain('Apply online.');
    expect(await speech.maxOverlap()).toBe(1);
  });

  test('speaks region jumps while it is on', async ({ page }) => {
    const speech = await fakeSpeech(page);
    await open(page, '/fixtures/basic.html');
    await setMode(page, { point: true });
    await page.keyboard.press('Alt+Shift+KeyN');
    await expect.poll(() => speech.spoken.map(s => s.text).join('|')).toMatch(/区/);
  });

  test('axe finds nothing with the point-reading mark shown', async ({ page }) => {
    await fakeSpeech(page, { ms: 5000 });
    await open(page, ARTICLE);
    await setMode(page, { point: true });
    await page.locator('#guide-link').hover();
    await expect(page.locator('yilan-layer [data-yilan-reading-mark]')).toHaveClass(/on/);
    expect(summary(await axe(page))).toEqual([]);
  });
});

test.describe('speak focus (self-voicing)', () => {
  test('says each focused element with its kind and state, and nothing on hover', async ({
    page,
  }) => {
    const speech = await fakeSpeech(page, { ms: 2000 });
    await open(page, ARTICLE);
    await setMode(page, { speakFocus: true });
    await page.locator('#guide-link').hover();
    await page.waitForTimeout(500);
    expect(speech.spoken).toEqual([]);
    await page.locator('#agree').focus();
    await expect.poll(() => speech.spoken.at(-1)?.text).toBe('我已阅读须知，复选框，已选中');
    await page.locator('#guide-link').focus();
    await expect.poll(() => speech.spoken.at(-1)?.text).toBe('办事指南，链接');
    await page.keyboard.press('Tab');
    await expect.poll(() => speech.spoken.at(-1)?.text).toBe('姓名，编辑框，张三');
  });

  test('a page whose speechSynthesis throws keeps a working toolbar and captions', async ({
    page,
    log,
  }) => {
    await page.addInitScript(() => {
      const broken = {
        getVoices() {
          throw new Error('broken voices');
        },
        speak() {
          throw new Error('broken speak');
        },
        cancel() {},
        addEventListener() {},
        removeEventListener() {},
      };
      Object.defineProperty(window, 'speechSynthesis', { value: broken, configurable: true });
    });
    await open(page, ARTICLE);
    await setMode(page, { caption: true, point: true });
    await page.locator('#guide-link').hover();
    await expect(page.locator('yilan-layer [data-yilan-caption-bar]')).toHaveText('办事指南');
    // Point the pointer away, so point reading does not cancel what the site says next.
    await page.mouse.move(1, 1);
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => window.Yilan!.speak('还能用吗'))).toBe(true);
    expect(log.warnings.join('\n')).toMatch(/no-speech/);
    await page.evaluate(() => window.Yilan!.open());
    await expect(control(page, '连读')).toBeVisible();
  });
});

test.describe('voice settings', () => {
  test('rate, volume and voice choice reach the engine; elder mode slows the rate', async ({
    page,
  }) => {
    const speech = await fakeSpeech(page);
    await open(page, ARTICLE);
    await setMode(page, { elder: true });
    await page.evaluate(() => window.Yilan!.speak('长辈'));
    expect(speech.spoken.at(-1)).toMatchObject({ text: '长辈', rate: 0.75 });
    await page.evaluate(() => window.Yilan!.reset());
    await page.evaluate(() => window.Yilan!.open());
    await control(page, '语速加快').click();
    await control(page, '音量减小').click();
    await control(page, '声音切换').click();
    await expect.poll(() => speech.spoken.at(-1)?.text).toMatch(/Fake 普通话/);
    const voice = speech.spoken.at(-1)!.voice;
    await page.evaluate(() => window.Yilan!.speak('测试'));
    expect(speech.spoken.at(-1)).toMatchObject({ text: '测试', rate: 1.25, voice });
    expect(speech.spoken.at(-1)!.volume).toBeCloseTo(0.8);
    await control(page, '声音切换').click();
    await expect.poll(() => speech.spoken.at(-1)?.voice).not.toBe(voice);
    await control(page, '语音').click();
    const before = speech.spoken.length;
    await page.evaluate(() => window.Yilan!.speak('静音'));
    expect(speech.spoken.length).toBe(before);
  });

  test('with no voice at all: the caption shows the text and the toolbar says why', async ({
    page,
    log,
  }) => {
    await fakeSpeech(page, { voices: [] });
    await open(page, ARTICLE);
    await setMode(page, { caption: true, point: true });
    await page.locator('#guide-link').hover();
    const caption = page.locator('yilan-layer [data-yilan-caption-bar]');
    await expect(caption).toHaveText('办事指南');
    await expect.poll(() => log.warnings.join('\n')).toMatch(/no-speech: nothing can speak/);
    await page.evaluate(() => window.Yilan!.open());
    await expect(page.locator('yilan-panel').getByText('没有可用的朗读语音')).toBeVisible();
  });

  test('Yilan.readElement reads one element and resolves when done', async ({ page }) => {
    const speech = await fakeSpeech(page);
    await open(page, ARTICLE);
    await page.evaluate(() => window.Yilan!.readElement(document.querySelector('ul')!));
    expect(speech.spoken.map(s => s.text)).toEqual(['年满八十周岁', '本市户籍']);
  });
});

test.describe('speech engines on a machine without voices', () => {
  const SENTENCE = '欢迎访问示例市人民政府网站';

  test("the site's endpoint: Yilan posts the text and plays the audio to its end", async ({
    page,
  }) => {
    await fakeSpeech(page, { voices: [] });
    await open(page, '/fixtures/reading/http-tts.html');
    const request = page.waitForRequest(r => r.url().endsWith('/api/tts'));
    const started = Date.now();
    const done = await page.evaluate(t => window.Yilan!.speak(t), SENTENCE);
    const elapsed = Date.now() - started;
    const sent = (await request).postDataJSON() as Record<string, unknown>;
    expect(sent).toMatchObject({ text: SENTENCE, lang: 'zh-CN', rate: 1 });
    expect(done).toBe(true);
    // The WAV eSpeak makes of this sentence lasts about 3.6 s; "done" waits for its end.
    expect(elapsed).toBeGreaterThan(2500);
  });

  test('eSpeak NG in WebAssembly, only when the site opts in', async ({ page }) => {
    const loads: string[] = [];
    page.on('request', r => {
      if (r.url().includes('/yilan/espeak/')) loads.push(r.url());
    });
    await fakeSpeech(page, { voices: [] });
    await open(page, ARTICLE);
    await page.evaluate(() => window.Yilan!.speak('没有选择离线语音'));
    expect(loads).toEqual([]);

    await open(page, '/fixtures/reading/espeak.html');
    const started = Date.now();
    const done = await page.evaluate(t => window.Yilan!.speak(t), SENTENCE);
    expect(done).toBe(true);
    expect(Date.now() - started).toBeGreaterThan(2500);
    expect(loads.map(u => u.split('/').at(-1))).toEqual([
      'yilan-espeak.js',
      'espeak-worker.js',
      'espeak-ng.js',
      'espeak-ng.data',
    ]);
  });
});
