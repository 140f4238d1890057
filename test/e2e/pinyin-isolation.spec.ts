import { test, expect, open, setMode } from '../helpers/test.js';

const PAGE = '/fixtures/chinese/hostile-pinyin.html';

test('拼音 on a page whose CSS floats, hides and shrinks spans and ruby: headlines stay, pinyin ≥ 10 px', async ({
  page,
}) => {
  await open(page, PAGE);
  const tree = await page.locator('main').ariaSnapshot();
  await setMode(page, { pinyin: true });
  await expect(page.locator('#n3 rt')).toHaveCount(10);
  const lines = await page.evaluate(() =>
    ['#n1', '#n2', '#n3', '#tips', '#prev'].map(sel => {
      const host = document.querySelector(sel)!;
      const shown = host.querySelector('[data-yilan-pinyin-text]')!;
      const box = shown.getBoundingClientRect();
      const hostBox = host.getBoundingClientRect();
      // The first character's top-left point must hit the headline itself (not a floated or
      // hidden copy, and not the date that would otherwise take its place).
      const hit = document.elementFromPoint(box.left + 4, box.bottom - 6);
      return {
        sel,
        visible: box.width > 20 && box.height > 0,
        hits: !!hit && shown.contains(hit),
        // Same line box as before: starts at the line's start, inside the line's height.
        startsLine: Math.abs(box.left - hostBox.left) < 2,
        inside: box.top >= hostBox.top - 1 && box.bottom <= hostBox.bottom + 1,
        rt: Math.min(
          ...Array.from(shown.querySelectorAll('rt'), rt =>
            parseFloat(getComputedStyle(rt).fontSize),
          ),
        ),
        rtHeight: Math.min(
          ...Array.from(shown.querySelectorAll('rt'), rt => rt.getBoundingClientRect().height),
        ),
      };
    }),
  );
  for (const line of lines) {
    expect(line, line.sel).toMatchObject({ visible: true, hits: true, startsLine: true });
    expect(line.rt, line.sel).toBeGreaterThanOrEqual(10);
    expect(line.rtHeight, line.sel).toBeGreaterThanOrEqual(10);
  }
  // The dates are still the page's own floated spans, on the headline's line.
  const date = await page.locator('#n1 > span:not([data-yilan-pinyin-run])').boundingBox();
  const link = await page.locator('#n1').boundingBox();
  expect(date!.y).toBeGreaterThanOrEqual(link!.y - 1);
  expect(date!.y + date!.height).toBeLessThanOrEqual(link!.y + link!.height + 1);
  // Screen readers still hear each word once.
  expect(await page.locator('main').ariaSnapshot()).toBe(tree);
});

test('拼音 with 显示屏拼音: the caption screen shows each syllable once', async ({ page }) => {
  await open(page, '/fixtures/chinese/pinyin.html');
  await setMode(page, { pinyin: true, captionPinyin: true });
  await expect(page.locator('#h rt')).toHaveCount(5);
  await page.locator('#h').hover();
  const bar = () =>
    page.evaluate(() => {
      const el = document
        .querySelector('yilan-layer')!
        .shadowRoot!.querySelector('[data-yilan-caption-bar]')!;
      return {
        marks: Array.from(el.querySelectorAll('rt'), rt => rt.textContent),
        text: Array.from(el.querySelectorAll('ruby'), r =>
          Array.from(r.childNodes, n => (n.nodeType === Node.TEXT_NODE ? n.textContent : '')).join(
            '',
          ),
        ).join(''),
      };
    });
  await expect
    .poll(bar)
    .toEqual({ marks: ['yín', 'háng', 'hé', 'xíng', 'zǒu'], text: '银行和行走' });
});
