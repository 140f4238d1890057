import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, control } from '../helpers/test.js';

// Yilan on pages in legacy encodings, with its files served as nginx and most static servers do:
// text/javascript without a charset, so a classic script is decoded in the page's encoding. The
// pages (test/fixtures/encodings, made by its generate.mjs with iconv) hold the Universal
// Declaration of Human Rights in the UN's own translations; each is loaded with its charset in a
// <meta>, only in the HTTP header, and not declared at all (the browser guesses).

const SRC = new URL('../fixtures/encodings/src/', import.meta.url);
/** The text of element #id in a UTF-8 source page: what the reader must see. */
const textOf = (source: string, id: string): string => {
  const html = readFileSync(new URL(`${source}.html`, SRC), 'utf8');
  const match = new RegExp(`id="${id}">([^<]*)<`).exec(html);
  if (!match) throw new Error(`${source}.html has no #${id}`);
  return match[1].replace(/\s+/g, ' ').trim();
};

interface Locale {
  entry: string;
  toolbar: string;
  /** SPEC.md's control names in this locale (语速 and 音量 are steppers with their own names). */
  names: string[];
  scheme: string;
  zoomIn: string;
  traditional: string;
  pinyin: string;
  /** Every character a control's name may hold: anything else is mojibake. */
  clean: RegExp;
}
const ZH_CN: Locale = {
  entry: '无障碍',
  toolbar: '无障碍工具条',
  names: ['长辈版', '配色/高对比度', '放大', '缩小', '大鼠标', '辅助线', '显示屏', '指读', '连读'],
  scheme: '配色/高对比度',
  zoomIn: '放大',
  traditional: '简繁',
  pinyin: '拼音',
  clean: /^[\p{Script=Han}/ ]+$/u,
};
const ZH_TW: Locale = {
  entry: '無障礙',
  toolbar: '無障礙工具列',
  names: ['長輩版', '配色/高對比度', '放大', '縮小', '顯示屏', '指讀', '連讀'],
  scheme: '配色/高對比度',
  zoomIn: '放大',
  traditional: '簡繁',
  pinyin: '拼音',
  clean: /^[\p{Script=Han}/ ]+$/u,
};
const EN: Locale = {
  entry: 'Accessibility',
  toolbar: 'Accessibility toolbar',
  names: ['Elder mode', 'Colour scheme / High contrast', 'Zoom in', 'Zoom out', 'Large cursor'],
  scheme: 'Colour scheme / High contrast',
  zoomIn: 'Zoom in',
  traditional: 'Traditional Chinese',
  pinyin: 'Pinyin',
  clean: /^[\x20-\x7e]+$/,
};
for (const locale of [ZH_CN, ZH_TW])
  locale.names.push(locale.traditional, locale.pinyin, ...(locale === ZH_CN ? ['重置'] : ['重設']));
EN.names.push('Traditional Chinese', 'Pinyin', 'Reset', 'Help');

/** [WHATWG label, document.characterSet, UTF-8 source, Yilan's locale for the page's lang] */
const PAGES = [
  ['utf-8', 'UTF-8', 'zh-hans', ZH_CN],
  ['gbk', 'GBK', 'zh-hans', ZH_CN],
  ['gb18030', 'gb18030', 'zh-hans', ZH_CN],
  ['big5', 'Big5', 'zh-hant', ZH_TW],
  ['shift_jis', 'Shift_JIS', 'ja', EN],
  ['windows-1252', 'windows-1252', 'fr', EN],
] as const;
const DECLARED = [
  ['in a <meta>', (label: string) => `/enc/${label}.meta.html`],
  ['in the HTTP header only', (label: string) => `/enc/${label}.html?charset=${label}`],
  ['nowhere', (label: string) => `/enc/${label}.html`],
] as const;

/** Pinyin marks over the characters of #title, as a reader sees them above the text. */
const marks = (page: Page) =>
  page.locator('#title rt').evaluateAll(rts => rts.map(rt => rt.textContent));

test('Yilan’s files are served as nginx does: text/javascript, no charset', async ({ request }) => {
  for (const path of ['/enc/yilan/yilan.js', '/enc/yilan/chunks/yilan-panel.js'])
    expect((await request.get(path)).headers()['content-type'], path).toBe('text/javascript');
  expect((await request.get('/enc/gbk.html')).headers()['content-type']).toBe('text/html');
});

for (const [label, characterSet, source, locale] of PAGES) {
  for (const [declared, path] of DECLARED) {
    test(`${label} page, charset declared ${declared}: toolbar, names and modes`, async ({
      page,
    }) => {
      await page.goto(path(label));
      const charset = await page.evaluate(() => document.characterSet);
      // A UTF-8 page that declares nothing is read as windows-1252 (Chromium never guesses UTF-8
      // over HTTP): its own text is mojibake, Yilan's must not be. Every other page is read right.
      const pageReadRight = !(label === 'utf-8' && declared === 'nowhere');
      if (declared !== 'nowhere') expect(charset).toBe(characterSet);
      if (pageReadRight) await expect(page.locator('#a1')).toHaveText(textOf(source, 'a1'));
      else expect(charset).toBe('windows-1252');

      // Yilan started: the entry button is on screen with its name in the page's language.
      const entry = control(page, locale.entry);
      await expect(entry).toBeVisible();
      await expect(entry).toBeInViewport();
      expect(await page.evaluate(() => typeof window.Yilan?.set)).toBe('function');

      // The panel (a chunk) opens with SPEC.md's names, and no name holds a stray character.
      await entry.click();
      const toolbar = page.getByRole('toolbar', { name: locale.toolbar });
      await expect(toolbar).toBeVisible();
      for (const name of locale.names) await expect(control(page, name), name).toHaveCount(1);
      const names = await toolbar
        .getByRole('button')
        .evaluateAll(buttons =>
          buttons.map(b => (b.getAttribute('aria-label') ?? b.textContent ?? '').trim()),
        );
      for (const name of names) expect(name, 'a control name').toMatch(locale.clean);

      // A colour scheme and text zoom work from the panel.
      await control(page, locale.scheme).click();
      await expect(page.locator('#a1')).toHaveCSS('color', 'rgb(255, 255, 0)');
      await expect(page.locator('body')).toHaveCSS('background-color', 'rgb(0, 0, 0)');
      // The check mark on a pressed control, written as a CSS escape in the panel's styles.
      const pressed = toolbar.locator('button[aria-pressed="true"]').first();
      expect(await pressed.evaluate(b => getComputedStyle(b, '::before').content)).toBe(
        '"✓ " / ""',
      );
      const size = () =>
        page.locator('#a1').evaluate(p => parseFloat(getComputedStyle(p).fontSize));
      const before = await size();
      for (let i = 0; i < 4; i++) await control(page, locale.zoomIn).click();
      await expect.poll(size).toBe(before * 2);

      if (locale === EN || !pageReadRight) return;
      // 简繁 (a chunk) converts the page's own text: one official translation gives the other.
      const other = source === 'zh-hans' ? 'zh-hant' : 'zh-hans';
      await control(page, locale.traditional).click();
      for (const id of ['a1', 'a2', 'a3'])
        await expect(page.locator(`#${id}`)).toHaveText(textOf(other, id));
      // 拼音 (a chunk) annotates it.
      await control(page, ZH_CN.pinyin).click();
      await expect.poll(() => marks(page)).toEqual(['shì', 'jiè', 'rén', 'quán', 'xuān', 'yán']);
    });
  }
}
