import { test, expect, open, setMode, poll, axe } from './fixtures.js';
import type { BrowserPage } from './adapter.js';
import { MODES } from '../helpers/modes.js';

/** What a reader or a script could tell apart: <html>'s attributes, the body's markup, the title. */
const snapshot = (page: BrowserPage) =>
  page.evaluate(() => ({
    html: Array.from(document.documentElement.attributes, a => `${a.name}=${a.value}`).sort(),
    body: document.body.innerHTML,
    title: document.title,
    sheets: document.adoptedStyleSheets.length,
  }));

test('reset restores <html> attributes and body markup exactly, and forgets the settings', async ({
  browserPage: page,
}) => {
  await open(page, '/fixtures/basic.html');
  const before = await snapshot(page);
  await setMode(page, {
    elder: true,
    scheme: 'yellow-on-black',
    grayscale: true,
    zoom: 200,
    cursor: 'white',
    guides: true,
    caption: true,
    focus: true,
    traditional: true,
  });
  await page.evaluate(async () => {
    window.Yilan!.reset();
    await window.Yilan!.ready();
  });
  // The page is exactly as it was: Yilan's emptied drawing layer leaves <body> too.
  const after = await snapshot(page);
  expect(after).toEqual(before);
  const shown = await page.evaluate(
    () =>
      Array.from(
        document.querySelector('yilan-layer')?.shadowRoot?.querySelectorAll('*') ?? [],
        el => el.getBoundingClientRect(),
      ).filter(r => r.width > 0 && r.height > 0).length,
  );
  expect(shown).toBe(0);
  expect(await page.evaluate(() => localStorage.getItem('yilan'))).toBeNull();
});

test('settings persist across a reload', async ({ browserPage: page }) => {
  await open(page, '/fixtures/basic.html');
  await setMode(page, { scheme: 'black-on-yellow', zoom: 175, cursor: 'white' });
  await page.reload();
  await page.waitForFunction(() => !!window.Yilan);
  const root = await page.evaluate(() => ({ ...document.documentElement.dataset }));
  expect(root).toMatchObject({
    yilanScheme: 'black-on-yellow',
    yilanZoom: '175',
    yilanCursor: 'white',
  });
  expect(await page.evaluate(() => Object.keys(localStorage))).toEqual(['yilan']);
});

test('region navigation moves real focus through every region, never onto <body>', async ({
  browserPage: page,
}) => {
  await open(page, '/fixtures/regions/landmarks.html');
  const active = () => page.evaluate(() => document.activeElement!.localName);
  const stops: string[] = [];
  for (let i = 0; i < 6; i++) {
    await page.keyboard.press('Alt+Shift+KeyN');
    await page.waitForFunction(n => document.activeElement !== document.body && n >= 0, i);
    stops.push(await active());
  }
  expect(stops).toEqual(['header', 'nav', 'search', 'main', 'section', 'footer']);
  await page.keyboard.press('Alt+Shift+KeyP');
  await poll(active, 'section');
  // Tab from a region goes on inside it.
  await page.keyboard.press('Alt+Shift+KeyP');
  await page.keyboard.press('Alt+Shift+KeyP');
  await page.keyboard.press('Alt+Shift+KeyP');
  await poll(active, 'nav');
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement!.textContent)).toBe('首页');
});

test('简繁 converts by phrase and turning it off restores the page exactly', async ({
  browserPage: page,
}) => {
  await open(page, '/fixtures/chinese/convert.html');
  const before = await snapshot(page);
  await setMode(page, { traditional: true });
  await page.waitForFunction(() => document.documentElement.lang === 'zh-TW');
  const text = await page.evaluate(() => ({
    h: document.getElementById('h')!.textContent,
    p1: document.getElementById('p1')!.textContent,
    title: document.title,
  }));
  expect(text).toEqual({
    h: '頭髮和發展',
    p1: '皇后後來在這裡吃了一碗麵條，幹部說天氣乾燥。',
    title: '簡繁轉換測試頁',
  });
  await setMode(page, { traditional: false });
  await page.waitForFunction(() => document.documentElement.lang === 'zh-CN');
  expect(await snapshot(page)).toEqual(before);
});

test('拼音 puts tone marks over each character and off restores the page exactly', async ({
  browserPage: page,
}) => {
  await open(page, '/fixtures/chinese/pinyin.html');
  const before = await snapshot(page);
  await setMode(page, { pinyin: true });
  await page.waitForFunction(() => document.querySelectorAll('#h rt').length === 5);
  expect(
    await page.evaluate(() => Array.from(document.querySelectorAll('#h rt'), rt => rt.textContent)),
  ).toEqual(['yín', 'háng', 'hé', 'xíng', 'zǒu']);
  await setMode(page, { pinyin: false });
  expect(await snapshot(page)).toEqual(before);
});

test('axe-core finds nothing on a clean page in every mode, toolbar open', async ({
  browserPage: page,
}) => {
  test.setTimeout(180_000);
  await open(page, '/fixtures/clean.html');
  const found: string[] = [];
  for (const mode of MODES) {
    await page.evaluate(async () => {
      window.Yilan!.reset();
      await window.Yilan!.ready();
    });
    await setMode(page, { ...mode.settings, open: true });
    for (const v of await axe(page)) found.push(`${mode.name}: ${v.id} ${v.targets.join(' ')}`);
  }
  expect(found).toEqual([]);
});

test('reading view: the main content alone in large type; Escape closes it', async ({
  browserPage: page,
}) => {
  await open(page, '/fixtures/reading/article.html');
  await setMode(page, { readingView: true });
  const view = () =>
    page.evaluate(() => {
      const d = document.querySelector('yilan-layer')?.shadowRoot?.querySelector('dialog[open]');
      let a: Element | null = document.activeElement;
      while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
      return d
        ? {
            text: d.textContent!.replace(/\s+/g, ''),
            font: parseFloat(getComputedStyle(d.querySelector('p') ?? d).fontSize),
            width: d.getBoundingClientRect().width,
            focus: a?.textContent ?? null,
          }
        : null;
    });
  await page.waitForFunction(
    () => !!document.querySelector('yilan-layer')?.shadowRoot?.querySelector('dialog[open]'),
  );
  const shown = (await view())!;
  expect(shown.text).toContain('养老服务补贴政策本市户籍老年人可以申请补贴。');
  expect(shown.font).toBeGreaterThanOrEqual(20);
  expect(shown.width).toBeGreaterThan(600);
  expect(shown.focus).toBe('关闭阅读模式');
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => window.Yilan!.get().readingView === false);
  expect(await view()).toBeNull();
});

test('a setting that does not take fails the test that asked for it', async ({
  browserPage: page,
}) => {
  await open(page, '/fixtures/clean.html');
  // @ts-expect-error a setting that does not exist, on purpose
  await expect(setMode(page, { noSuchSetting: true })).rejects.toThrow(
    /did not apply noSuchSetting/,
  );
});
