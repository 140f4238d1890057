import { test, expect, open, setMode, control } from '../helpers/test.js';

const ZH_NAMES = [
  '长辈版',
  '配色/高对比度',
  '灰度',
  '缩小',
  '放大',
  '大鼠标',
  '辅助线',
  '显示屏',
  '指读',
  '连读',
  '语音',
  '声音切换',
  '语速减慢',
  '语速加快',
  '音量减小',
  '音量增大',
  '焦点朗读',
  '简繁',
  '拼音',
  '阅读模式',
  '焦点高亮',
  '区域指引',
  '区域列表',
  '重置',
  '操作指引',
  '帮助',
  '关闭',
];
const EN_NAMES = [
  'Elder mode',
  'Colour scheme / High contrast',
  'Zoom out',
  'Zoom in',
  'Large cursor',
  'Guide lines',
  'Caption screen',
  'Point reading',
  'Continuous reading',
  'Voice',
  'Switch voice',
  'Speech rate down',
  'Speech rate up',
  'Volume down',
  'Volume up',
  'Traditional Chinese',
  'Pinyin',
  'Reading view',
  'Reset',
  'Help',
];

test('keyboard-only journey: Tab to the entry button, arrows through every control, Escape back', async ({
  page,
}) => {
  await open(page, '/fixtures/basic.html');
  // The page's own skip link stays the first stop; Yilan's entry button is the second.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: '跳到正文' })).toBeFocused();
  await page.keyboard.press('Tab');
  const entry = control(page, '无障碍');
  await expect(entry).toBeFocused();
  await expect(entry).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByRole('toolbar')).toHaveCount(0);

  await page.keyboard.press('Enter');
  await expect(entry).toHaveAttribute('aria-expanded', 'true');
  const toolbar = page.getByRole('toolbar', { name: '无障碍工具条' });
  await expect(toolbar).toBeVisible();
  await expect(control(page, '长辈版')).toBeFocused();

  // One tab stop: every control but the current one has tabindex -1; arrows visit all of them.
  const seen: string[] = [];
  for (let i = 0; i < 40; i++) {
    const name = await page.evaluate(() => {
      let el: Element | null = document.activeElement;
      while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
      return (el?.getAttribute('aria-label') ?? el?.textContent ?? '').replace('✓', '').trim();
    });
    if (seen.includes(name)) break;
    seen.push(name);
    await page.keyboard.press('ArrowRight');
  }
  for (const name of ZH_NAMES) expect(seen).toContain(name);
  await page.keyboard.press('Home');
  await expect(control(page, '长辈版')).toBeFocused();
  await page.keyboard.press('End');
  await expect(control(page, '关闭')).toBeFocused();

  // Space toggles, aria-pressed reports it, the page gets the root attribute.
  await page.keyboard.press('Home');
  await page.keyboard.press('Space');
  await expect(control(page, '长辈版')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('html')).toHaveAttribute('data-yilan-elder', 'true');
  await expect(page.getByRole('status')).toHaveText('长辈版：已打开');

  // Tab leaves the toolbar in one step (one tab stop), Shift+Tab comes back to the same control.
  await page.keyboard.press('Tab');
  await expect(toolbar.getByRole('button', { name: '长辈版' })).not.toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(control(page, '长辈版')).toBeFocused();

  await page.keyboard.press('Escape');
  await expect(entry).toBeFocused();
  await expect(entry).toHaveAttribute('aria-expanded', 'false');
  await expect(toolbar).toBeHidden();
  // The modes stay on after closing.
  await expect(page.locator('html')).toHaveAttribute('data-yilan-elder', 'true');
});

test('the zoom stepper announces its value and stops at 100 % and 200 %', async ({ page }) => {
  await open(page, '/fixtures/basic.html');
  await setMode(page, { open: true });
  const zoomIn = control(page, '放大');
  const zoomOut = control(page, '缩小');
  await expect(zoomOut).toHaveAttribute('aria-disabled', 'true');
  for (const level of [125, 150, 175, 200]) {
    await zoomIn.click();
    await expect(page.getByRole('status')).toHaveText(`页面缩放 ${level}%`);
  }
  await expect(zoomIn).toHaveAttribute('aria-disabled', 'true');
  // Playwright waits for aria-disabled controls to enable; a user can still press them.
  await zoomIn.click({ force: true });
  await expect(page.locator('html')).toHaveAttribute('data-yilan-zoom', '200');
  await zoomOut.click();
  await expect(page.locator('html')).toHaveAttribute('data-yilan-zoom', '175');
});

test('colour and cursor lists: a disclosure of pressed buttons; Escape closes the list first', async ({
  page,
}) => {
  await open(page, '/fixtures/basic.html');
  await setMode(page, { open: true });
  const more = control(page, '选择配色');
  await expect(more).toHaveAttribute('aria-expanded', 'false');
  await more.click();
  await expect(more).toHaveAttribute('aria-expanded', 'true');
  const list = page.getByRole('group', { name: '选择配色' });
  for (const name of ['原始配色', '白底黑字', '黑底白字', '黑底黄字', '黄底黑字', '蓝底黄字']) {
    await expect(list.getByRole('button', { name })).toBeVisible();
  }
  await list.getByRole('button', { name: '蓝底黄字' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-yilan-scheme', 'yellow-on-blue');
  await expect(list.getByRole('button', { name: '蓝底黄字' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(control(page, '配色/高对比度')).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('Escape');
  await expect(list).toBeHidden();
  await expect(more).toBeFocused();
  // The main button toggles between the original colours and the last scheme chosen.
  await control(page, '配色/高对比度').click();
  await expect(page.locator('html')).not.toHaveAttribute('data-yilan-scheme', /.+/);
  await control(page, '配色/高对比度').click();
  await expect(page.locator('html')).toHaveAttribute('data-yilan-scheme', 'yellow-on-blue');
  await page.keyboard.press('Escape');
  await expect(control(page, '无障碍')).toBeFocused();
});

test('accessible names follow the page language (en, zh-TW) and data-lang', async ({ page }) => {
  await open(page, '/fixtures/en.html');
  await setMode(page, { open: true });
  await expect(control(page, 'Accessibility')).toBeVisible();
  for (const name of EN_NAMES) await expect(control(page, name)).toBeVisible();
  await expect(page.getByText('does not make the site accessible by itself')).toBeVisible();

  await open(page, '/fixtures/zh-tw.html');
  await setMode(page, { open: true });
  for (const name of [
    '無障礙',
    '長輩版',
    '放大',
    '縮小',
    '大滑鼠',
    '輔助線',
    '顯示屏',
    '重設',
    '說明',
  ]) {
    await expect(control(page, name)).toBeVisible();
  }
  await open(page, '/fixtures/options-en.html');
  await expect(control(page, 'Elder mode')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Accessibility toolbar' })).toHaveAttribute(
    'lang',
    'en',
  );
});

test('the panel says plainly that it is a set of preferences, not an accessibility fix', async ({
  page,
}) => {
  await open(page, '/fixtures/basic.html');
  await setMode(page, { open: true });
  await expect(page.getByText('工具条本身并不能让网站变得无障碍')).toBeVisible();
});

test('bottom placement: the open bar sits at the bottom and the page gets room for it', async ({
  page,
}) => {
  await open(page, '/fixtures/bottom.html');
  await setMode(page, { open: true });
  const box = await page.getByRole('toolbar').boundingBox();
  expect(box!.y).toBeGreaterThan(500);
  const pad = await page.evaluate(() => getComputedStyle(document.documentElement).paddingBottom);
  expect(parseFloat(pad)).toBeGreaterThan(40);
  await setMode(page, { open: false });
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).paddingBottom)).toBe(
    '0px',
  );
});

test.describe('on a 360 px phone with touch', () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

  test('every control fits the screen, is at least 44 px and works by tap', async ({ page }) => {
    await open(page, '/fixtures/basic.html');
    await control(page, '无障碍').tap();
    await expect(page.getByRole('toolbar')).toBeVisible();
    const boxes = await page
      .getByRole('toolbar')
      .getByRole('button')
      .evaluateAll(els =>
        els
          .map(e => e.getBoundingClientRect())
          .map(r => ({ left: r.left, right: r.right, w: r.width, h: r.height })),
      );
    for (const b of boxes) {
      expect(b.left).toBeGreaterThanOrEqual(0);
      expect(b.right).toBeLessThanOrEqual(360);
      expect(b.h).toBeGreaterThanOrEqual(44);
      expect(b.w).toBeGreaterThanOrEqual(44);
    }
    await control(page, '放大').tap();
    await expect(page.locator('html')).toHaveAttribute('data-yilan-zoom', '125');
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(
      true,
    );
  });
});
