import { test, expect, open, setMode, control, axe, summary } from '../helpers/test.js';
import type { Page } from '@playwright/test';

/** The region list as the reader sees it (Yilan+L). */
async function regionList(page: Page): Promise<string[]> {
  await page.keyboard.press('Alt+Shift+KeyL');
  const dialog = page.getByRole('dialog', { name: '区域列表' });
  await expect(dialog).toBeVisible();
  const items = await dialog.getByRole('listitem').allTextContents();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  return items.map(s => s.trim());
}

/** Name of what has focus, looking into shadow roots and iframes. */
const focused = (page: Page) =>
  page.evaluate(() => {
    let el: Element | null = document.activeElement;
    for (;;) {
      if (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
      else if (el instanceof HTMLIFrameElement && el.contentDocument?.activeElement)
        el = el.contentDocument.activeElement;
      else break;
    }
    return el ? `${el.localName}${el.id ? `#${el.id}` : ''}` : 'none';
  });

const EXPECTED: Record<string, string[]> = {
  landmarks: [
    '1. 视窗区：示例市人民政府',
    '2. 导航区：主导航，4 个链接',
    '3. 交互区：1 个输入项',
    '4. 正文区：关于做好冬季供暖工作的通知，2 段文字',
    '5. 列表区：相关新闻，4 项',
    '6. 服务区：示例市人民政府办公室 主办 联系我们，1 个链接',
  ],
  'table-layout': [
    '1. 视窗区：示例县人民政府门户网站',
    '2. 导航区：6 个链接',
    '3. 列表区：5 项',
    '4. 交互区：2 个输入项',
    '5. 正文区：县政府关于秋冬季农业生产的通知，4 段文字',
    '6. 服务区：版权所有：示例县人民政府 主办：示例县人民政府…',
  ],
  annotated: [
    '1. 视窗区：网站标题',
    '2. 导航区：栏目导航，3 个链接',
    '3. 正文区：正文标题，1 段文字',
    '4. 列表区：2 个链接',
    '5. 服务区：2 个链接',
  ],
  'shadow-iframe': [
    '1. 导航区：组件导航，3 个链接',
    '2. 正文区：页面标题，1 段文字',
    '3. 交互区：咨询，1 个输入项',
  ],
};

for (const [fixture, expected] of Object.entries(EXPECTED)) {
  test(`regions found on the ${fixture} fixture`, async ({ page }) => {
    await open(page, `/fixtures/regions/${fixture}.html`);
    expect(await regionList(page)).toEqual(expected);
  });
}

test('keyboard journey: Yilan+N/P move real focus through every region, announced, never onto <body>', async ({
  page,
}) => {
  await open(page, '/fixtures/regions/landmarks.html');
  const status = page.getByRole('status');
  const stops: string[] = [];
  for (let i = 0; i < 6; i++) {
    await page.keyboard.press('Alt+Shift+KeyN');
    await expect(status).toContainText(`第 ${i + 1} 个，共 6 个`);
    stops.push(await focused(page));
    expect(stops.at(-1)).not.toBe('body');
  }
  expect(stops).toEqual(['header', 'nav', 'search', 'main', 'section', 'footer']);
  await expect(status).toHaveText(
    '服务区：示例市人民政府办公室 主办 联系我们，1 个链接（第 6 个，共 6 个）',
  );
  // Wraps around, and back again.
  await page.keyboard.press('Alt+Shift+KeyN');
  await expect.poll(() => focused(page)).toBe('header');
  await page.keyboard.press('Alt+Shift+KeyP');
  await expect.poll(() => focused(page)).toBe('footer');
  await page.keyboard.press('Alt+Shift+KeyP');
  await expect.poll(() => focused(page)).toBe('section');

  // Enter a region and Tab inside it; the temporary tabindex goes when focus leaves.
  await page.keyboard.press('Alt+Shift+KeyP');
  await page.keyboard.press('Alt+Shift+KeyP');
  await page.keyboard.press('Alt+Shift+KeyP');
  await expect.poll(() => focused(page)).toBe('nav');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: '首页' })).toBeFocused();
  expect(await page.locator('nav').getAttribute('tabindex')).toBeNull();
  // The visible outline of the region reached.
  await page.keyboard.press('Alt+Shift+KeyN');
  const box = await page.evaluate(() => {
    const b = document
      .querySelector('yilan-layer')!
      .shadowRoot!.querySelector('.box.current')!
      .getBoundingClientRect();
    const r = document.querySelector('search')!.getBoundingClientRect();
    return [Math.round(b.top - r.top), Math.round(b.height - r.height)];
  });
  expect(box).toEqual([0, 0]);
});

test('the region list: arrows choose, Enter jumps, Escape returns focus', async ({ page }) => {
  await open(page, '/fixtures/regions/table-layout.html');
  await page.keyboard.press('Alt+Shift+KeyY');
  await control(page, '区域列表').click();
  const dialog = page.getByRole('dialog', { name: '区域列表' });
  await expect(dialog.getByRole('button', { name: /^1\. 视窗区/ })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(dialog.getByRole('button', { name: /^5\. 正文区/ })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect.poll(() => focused(page)).toBe('td#article');
  await page.keyboard.press('Alt+Shift+KeyL');
  await page.keyboard.press('End');
  await page.keyboard.press('Escape');
  await expect.poll(() => focused(page)).toBe('td#article');
});

test('region overlay numbers and outlines every region, and goes away', async ({ page }) => {
  await open(page, '/fixtures/regions/landmarks.html');
  await setMode(page, { regions: true });
  const tags = () =>
    page.evaluate(() =>
      Array.from(
        document.querySelector('yilan-layer')?.shadowRoot?.querySelectorAll('.tag') ?? [],
        t => t.textContent,
      ),
    );
  await expect
    .poll(tags)
    .toEqual([
      '1 视窗区 · 示例市人民政府',
      '2 导航区 · 主导航',
      '3 交互区',
      '4 正文区 · 关于做好冬季供暖工作的通知',
      '5 列表区 · 相关新闻',
      '6 服务区 · 示例市人民政府办公室 主办 联系我们',
    ]);
  expect(summary(await axe(page))).toEqual([]);
  await setMode(page, { regions: false });
  expect(await tags()).toEqual([]);
  await expect(page.locator('yilan-layer')).toHaveCount(0);
});

test('zero axe violations with the region list, the keyboard help and the operation guide open', async ({
  page,
}) => {
  await open(page, '/fixtures/regions/landmarks.html');
  await page.keyboard.press('Alt+Shift+KeyN');
  await page.keyboard.press('Alt+Shift+KeyL');
  await expect(page.getByRole('dialog', { name: '区域列表' })).toBeVisible();
  expect(summary(await axe(page))).toEqual([]);
  await page.keyboard.press('Escape');
  await page.keyboard.press('Alt+Shift+KeyH');
  const help = page.getByRole('dialog', { name: '键盘操作帮助' });
  await expect(help).toBeVisible();
  // The help grows into the keyboard guide: it lists the regions found on this page.
  await expect(help.getByRole('heading', { name: '本页的区域' })).toBeVisible();
  await expect(
    help.getByRole('listitem').filter({ hasText: '导航区：主导航，4 个链接' }),
  ).toBeVisible();
  expect(summary(await axe(page))).toEqual([]);
  await page.keyboard.press('Escape');
  await page.keyboard.press('Alt+Shift+KeyG');
  const guide = page.getByRole('dialog', { name: '操作指引' });
  await expect(guide).toBeVisible();
  await expect(
    guide.getByText('按 Alt+Shift+N 和 Alt+Shift+P 在页面的各个区域之间跳转'),
  ).toBeVisible();
  expect(summary(await axe(page))).toEqual([]);
});

test('a single-page app: the index follows content swapped in later', async ({ page }) => {
  await open(page, '/fixtures/regions/spa.html');
  expect(await regionList(page)).toEqual([
    '1. 导航区：应用导航，2 个链接',
    '2. 正文区：首页，1 段文字',
  ]);
  await page.getByRole('link', { name: '在线申请' }).click();
  await expect(page).toHaveURL(/#apply$/);
  expect(await regionList(page)).toEqual([
    '1. 导航区：应用导航，2 个链接',
    '2. 正文区：在线申请',
    '3. 交互区：申请表，1 个输入项',
  ]);
});

test('regions in a same-origin iframe: focus moves into the frame', async ({ page }) => {
  await open(page, '/fixtures/regions/shadow-iframe.html');
  await page.keyboard.press('Alt+Shift+KeyN');
  await page.keyboard.press('Alt+Shift+KeyN');
  await page.keyboard.press('Alt+Shift+KeyN');
  await expect.poll(() => focused(page)).toBe('form');
  await expect(page.getByRole('status')).toContainText('交互区：咨询');
});

test('a skip link from Yilan on pages without one; none on pages that have their own', async ({
  page,
}) => {
  await open(page, '/fixtures/regions/landmarks.html');
  await page.keyboard.press('Tab');
  const skip = control(page, '跳到正文');
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect.poll(() => focused(page)).toBe('main');
  await open(page, '/fixtures/basic.html');
  await expect(control(page, '跳到正文')).toHaveCount(0);
  await expect(page.getByRole('link', { name: '跳到正文' })).toHaveCount(1);
});

test("a page access key on Yilan's chord letter moves that chord, with a warning", async ({
  page,
  log,
}) => {
  await open(page, '/fixtures/regions/accesskey.html');
  // Checked on first use, not at load: it scans the whole page.
  expect(log.warnings.some(w => w.includes('accesskey-conflict'))).toBe(false);
  await page.keyboard.press('Alt+Shift+KeyH');
  const warned = log.warnings.some(
    w => w.includes('[yilan] accesskey-conflict') && w.includes('region-next'),
  );
  expect(warned).toBe(true);
  const help = page.getByRole('dialog', { name: '键盘操作帮助' });
  await expect(help.getByRole('row', { name: /跳到下一个区域/ })).toContainText('Alt+Shift+J');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Alt+Shift+KeyJ');
  await expect.poll(() => focused(page)).toBe('nav');
});

test('region chords typed in a text field do nothing', async ({ page }) => {
  await open(page, '/fixtures/regions/landmarks.html');
  await page.getByRole('searchbox', { name: '搜索' }).focus();
  await page.keyboard.press('Alt+Shift+KeyN');
  await expect(page.getByRole('searchbox', { name: '搜索' })).toBeFocused();
});
