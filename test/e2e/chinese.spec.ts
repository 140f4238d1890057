import type { Page } from '@playwright/test';
import { test, expect, open, setMode, axe, summary } from '../helpers/test.js';
import { SCHEMES } from '../helpers/modes.js';

const CONVERT = '/fixtures/chinese/convert.html';

/** The page as markup plus the values and attributes a reader sees, to compare exactly. */
const snapshot = (page: Page) =>
  page.evaluate(() => ({
    body: document.body.innerHTML,
    title: document.title,
    lang: document.documentElement.getAttribute('lang'),
  }));

const converted = (page: Page) =>
  page.waitForFunction(() => document.documentElement.getAttribute('lang') !== 'zh-CN');

test.describe('simplified ↔ traditional (简繁)', () => {
  test('converts by phrase, with one-to-many characters right, and leaves code and values alone', async ({
    page,
  }) => {
    await open(page, CONVERT);
    await setMode(page, { traditional: true });
    await converted(page);
    await expect(page.locator('#h')).toHaveText('頭髮和發展');
    await expect(page.locator('#p1')).toHaveText('皇后後來在這裡吃了一碗麵條，幹部說天氣乾燥。');
    await expect(page.locator('#p2')).toHaveText(
      '軟件更新於2026年11月27日，價格為35.5元，聯繫電話12345。',
    );
    await expect(page.locator('#mixed')).toHaveText('Yilan 易覽 supports simplified 漢字 too.');
    await expect(page.locator('#img')).toHaveAttribute('alt', '政府網站標誌');
    await expect(page.locator('#abbr')).toHaveAttribute('title', '國務院辦公廳');
    await expect(page.locator('#name')).toHaveAttribute('placeholder', '請輸入真實姓名');
    expect(await page.title()).toBe('簡繁轉換測試頁');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-TW');
    // What readers typed or chose, code, and text marked translate="no" are never changed.
    await expect(page.locator('#name')).toHaveValue('张国荣');
    await expect(page.locator('#note')).toHaveValue('这里的文字是用户输入的');
    await expect(page.locator('#city option').first()).toHaveText('广州');
    // An option with its own value shows converted text; one whose text is its value does not.
    await expect(page.locator('#city option').nth(1)).toHaveText('東城區');
    await expect(page.locator('#code')).toHaveText('const 说明 = "代码不转换";');
    await expect(page.locator('#keep')).toHaveText('示例市人民政府');
    // Yilan's own strings follow the page into traditional characters, and come back.
    await page.evaluate(() => window.Yilan!.open());
    await expect(page.getByRole('button', { name: '簡繁' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await expect(page.getByRole('toolbar', { name: '無障礙工具列' })).toBeVisible();
    await page.getByRole('button', { name: '簡繁' }).click();
    await expect(page.getByRole('button', { name: '简繁' })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
  });

  test('follows content added later, and turning it off restores the page exactly', async ({
    page,
  }) => {
    await open(page, CONVERT);
    const before = await snapshot(page);
    await setMode(page, { traditional: true });
    await converted(page);
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.id = 'added';
      p.textContent = '新增的办事指南';
      document.getElementById('later')!.append(p);
    });
    await expect(page.locator('#added')).toHaveText('新增的辦事指南');
    await page.evaluate(() => document.getElementById('added')!.remove());
    await setMode(page, { traditional: false });
    expect(await snapshot(page)).toEqual(before);
  });

  test('a traditional page is converted to simplified, and back exactly', async ({ page }) => {
    await open(page, '/fixtures/chinese/traditional.html');
    const before = await snapshot(page);
    await setMode(page, { traditional: true });
    await page.waitForFunction(() => document.documentElement.lang === 'zh-CN');
    await expect(page.locator('#h')).toHaveText('头发和发展');
    await expect(page.locator('#p1')).toHaveText('皇后后来在这里吃了一碗面条，干部说天气干燥。');
    await setMode(page, { traditional: false });
    expect(await snapshot(page)).toEqual(before);
  });

  test("what Yilan shows after the switch is in traditional characters too (the region list's hint)", async ({
    page,
  }) => {
    await open(page, CONVERT);
    await setMode(page, { traditional: true });
    await converted(page);
    await page.keyboard.press('Alt+Shift+KeyL');
    const dialog = page.getByRole('dialog', { name: '區域列表' });
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText('用上下方向鍵選擇區域');
    await page.keyboard.press('Escape');
  });

  test('axe finds nothing with the page converted, in every colour scheme', async ({ page }) => {
    await open(page, CONVERT);
    await setMode(page, { traditional: true });
    await converted(page);
    for (const scheme of ['default', ...SCHEMES] as const) {
      await setMode(page, { scheme });
      expect(summary(await axe(page)), scheme).toEqual([]);
    }
  });
});

test.describe('pinyin (拼音)', () => {
  const PINYIN = '/fixtures/chinese/pinyin.html';
  const marks = (page: Page, selector: string) =>
    page.locator(`${selector} rt`).evaluateAll(rts => rts.map(rt => rt.textContent));

  test('tone marks over each character, polyphones read from context', async ({ page }) => {
    await open(page, PINYIN);
    await setMode(page, { pinyin: true });
    await expect(page.locator('#p2 a rt')).toHaveCount(4);
    expect(await marks(page, '#h')).toEqual(['yín', 'háng', 'hé', 'xíng', 'zǒu']);
    expect(await marks(page, '#p1')).toEqual([
      'chóng',
      'qìng',
      'de',
      'zhòng',
      'yào',
      'jǐng',
      'diǎn',
      'zhǎng',
      'dà',
      'yǐ',
      'hòu',
      'qù',
      'kàn',
      'cháng',
      'chéng',
    ]);
    // Numbers, Latin text, punctuation, form values and code stay as they are.
    await expect(page.locator('#p2')).toContainText('2026');
    await expect(page.locator('#p2 a rt')).toHaveCount(4);
    await expect(page.locator('#q')).toHaveValue('银行');
    await expect(page.locator('#code rt')).toHaveCount(0);
  });

  test('screen readers meet the same text, not every syllable twice; off restores exactly', async ({
    page,
  }) => {
    await open(page, PINYIN);
    const before = await snapshot(page);
    const tree = await page.locator('main').ariaSnapshot();
    await setMode(page, { pinyin: true });
    await expect(page.locator('#p2 a rt')).toHaveCount(4);
    expect(await page.locator('main').ariaSnapshot()).toBe(tree);
    await setMode(page, { pinyin: false });
    expect(await snapshot(page)).toEqual(before);
  });

  test('content added later is annotated too, and off gives it back as it was added', async ({
    page,
  }) => {
    await open(page, PINYIN);
    await setMode(page, { pinyin: true });
    await expect(page.locator('#p2 a rt')).toHaveCount(4);
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.id = 'later';
      p.textContent = '新开的银行在市中心。';
      document.querySelector('main')!.append(p);
    });
    await expect
      .poll(() => marks(page, '#later'))
      .toEqual(['xīn', 'kāi', 'de', 'yín', 'háng', 'zài', 'shì', 'zhōng', 'xīn']);
    // The page's own script changes text that is already annotated: the new text is what stays.
    await page.evaluate(() => {
      document.querySelector('#h')!.textContent = '银行门口';
    });
    await expect.poll(() => marks(page, '#h')).toEqual(['yín', 'háng', 'mén', 'kǒu']);
    await setMode(page, { pinyin: false });
    await expect(page.locator('rt')).toHaveCount(0);
    expect(await page.locator('#later').evaluate(p => p.outerHTML)).toBe(
      '<p id="later">新开的银行在市中心。</p>',
    );
    await expect(page.locator('#h')).toHaveText('银行门口');
  });

  test('显示屏拼音: pinyin in the caption screen only; the page keeps its text', async ({
    page,
  }) => {
    await open(page, PINYIN);
    const before = await snapshot(page);
    await setMode(page, { captionPinyin: true });
    await expect(page.locator('html')).toHaveAttribute('data-yilan-caption', 'true');
    await page.locator('#h').hover();
    const bar = () =>
      page.evaluate(() => {
        const el = document
          .querySelector('yilan-layer')!
          .shadowRoot!.querySelector('[data-yilan-caption-bar]');
        return {
          marks: [...(el?.querySelectorAll('rt') ?? [])].map(rt => rt.textContent),
          hidden: el?.getAttribute('aria-hidden'),
        };
      });
    await expect
      .poll(async () => (await bar()).marks)
      .toEqual(['yín', 'háng', 'hé', 'xíng', 'zǒu']);
    expect((await bar()).hidden).toBe('true');
    await expect(page.locator('main rt')).toHaveCount(0);
    expect(summary(await axe(page))).toEqual([]);
    // Off: the caption screen it opened closes again, and the page is as it was.
    await setMode(page, { captionPinyin: false });
    await expect(page.locator('html')).not.toHaveAttribute('data-yilan-caption', /.*/);
    // Yilan's drawing layer is gone too: the page's markup is exactly as it was.
    const after = await snapshot(page);
    expect(after).toEqual(before);
  });

  test('lines do not overlap, and axe finds nothing in every colour scheme', async ({ page }) => {
    await open(page, PINYIN);
    await setMode(page, { pinyin: true });
    await expect(page.locator('#p1 rt').first()).toBeAttached();
    const boxes = await page
      .locator('#p1 rt')
      .evaluateAll(rts => rts.map(r => r.getBoundingClientRect().toJSON() as DOMRect));
    const rows = [...new Set(boxes.map(b => Math.round(b.top)))];
    for (let i = 1; i < rows.length; i++) expect(rows[i]! - rows[i - 1]!).toBeGreaterThan(0);
    for (const scheme of [
      'default',
      'white-on-black',
      'yellow-on-blue',
      'black-on-yellow',
    ] as const) {
      await setMode(page, { scheme });
      expect(summary(await axe(page)), scheme).toEqual([]);
    }
  });
});

test.describe('reading view (阅读模式)', () => {
  const ARTICLE = '/fixtures/reading/article.html';

  test('the main content alone, large and plain; Escape closes it and focus returns', async ({
    page,
  }) => {
    await open(page, ARTICLE);
    const before = await snapshot(page);
    await page.locator('#guide-link').focus();
    await setMode(page, { readingView: true });
    const view = page.getByRole('dialog', { name: /阅读模式/ });
    await expect(view).toBeVisible();
    await expect(view.getByRole('heading', { name: '养老服务补贴政策' })).toBeVisible();
    await expect(view.getByRole('link', { name: '办事指南' })).toHaveAttribute('href', /#apply$/);
    await expect(view.getByText('市徽')).toBeVisible();
    await expect(view.getByRole('table')).toBeVisible();
    await expect(view).not.toContainText('不应被读出');
    await expect(view.getByRole('textbox')).toHaveCount(0);
    await expect(view.getByRole('button', { name: '关闭阅读模式' })).toBeFocused();
    const size = (await view
      .locator('p')
      .first()
      .evaluate(p => getComputedStyle(p).fontSize))!;
    expect(parseFloat(size)).toBeGreaterThanOrEqual(22);
    await setMode(page, { zoom: 200, scheme: 'yellow-on-black' });
    expect(
      parseFloat(
        await view
          .locator('p')
          .first()
          .evaluate(p => getComputedStyle(p).fontSize),
      ),
    ).toBeGreaterThanOrEqual(44);
    expect(await view.evaluate(d => getComputedStyle(d).backgroundColor)).toBe('rgb(0, 0, 0)');
    expect(summary(await axe(page))).toEqual([]);
    await page.keyboard.press('Escape');
    await expect(view).toBeHidden();
    expect(await page.evaluate(() => window.Yilan!.get().readingView)).toBe(false);
    await expect(page.locator('#guide-link')).toBeFocused();
    await setMode(page, { zoom: 100, scheme: 'default' });
    // The page is exactly as it was, Yilan's emptied drawing layer gone with the rest.
    const after = await snapshot(page);
    expect(after).toEqual(before);
  });
});
