import type { Page } from '@playwright/test';
import { test, expect, open, setMode, axe, summary } from '../helpers/test.js';

/** Every CAPTCHA's answer on the test server (DEMO_CAPTCHA=test, set by the Playwright config). */
const TEST_CAPTCHA = '0000';

/** The element that has focus, through shadow roots; never <body>. */
async function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    let el: Element | null = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    return el
      ? `${el.localName}:${(el.textContent ?? '').trim().slice(0, 30) || el.id || el.getAttribute('name')}`
      : 'none';
  });
}

/** Tab until the focused element matches, asserting focus is never lost on the way. */
async function tabTo(page: Page, match: RegExp, limit = 40): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const now = await focused(page);
    expect(now).not.toMatch(/^(body|none)/);
    if (match.test(now)) return;
  }
  throw new Error(`never reached ${match}`);
}

/** No horizontal scrolling, measured on the page a click has just navigated to (once loaded). */
async function noSideScroll(page: Page): Promise<boolean> {
  await page.waitForLoadState('load');
  return page.evaluate(
    () => document.documentElement.scrollWidth <= document.documentElement.clientWidth,
  );
}

test('keyboard only: search the library, open a document, its Q&A, then leave a message', async ({
  page,
  log,
}) => {
  // A form sent with mistakes comes back as 422 on purpose; the browser logs the status.
  log.allow(/status of 422 \(Unprocessable Entity\)/);
  await open(page, '/');
  await tabTo(page, /^a:政策文件$/);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/policies\/$/);
  await tabTo(page, /^input:lib-q$/);
  await page.keyboard.type('高龄津贴');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: /共找到 \d+ 件文件/ })).toBeVisible();
  await tabTo(page, /^a:示例市人民政府办公室关于进一步做好高龄/);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('高龄津贴发放工作的通知');
  await tabTo(page, /^a:我父亲今年满八十岁/);
  await page.keyboard.press('Enter');
  await expect(page.getByText('依据：')).toBeVisible();
  await tabTo(page, /^a:在线留言$/);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: '市长信箱' })).toBeVisible();
  // Submitting empty: the errors are listed and focus lands on the first field to fix.
  await tabTo(page, /^button:提交留言$/, 60);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert')).toContainText('提交前请修改');
  await expect(page.locator('#name')).toBeFocused();
  await page.keyboard.type('李阿姨');
  await tabTo(page, /^textarea:content$/);
  await page.keyboard.type('请问高龄津贴提标以后什么时候开始发放？');
  await tabTo(page, /^input:captcha$/);
  await page.keyboard.type(TEST_CAPTCHA);
  await page.keyboard.press('Enter');
  const status = page.getByRole('status').filter({ hasText: '留言编号' });
  await expect(status).toBeVisible();
  // The letter is kept: its number and query code find it on the lookup page.
  const [, tracking, query] = /(XX-\d{8}-\w{6})，查询码 (\d{6})/.exec(
    (await status.textContent())!,
  )!;
  expect(summary(await axe(page))).toEqual([]);
  await page.getByRole('link', { name: '办件查询' }).first().click();
  await page.getByLabel('编号 *').fill(tracking!);
  await page.getByLabel('查询码 *').fill(query!);
  await page.getByRole('button', { name: '查询' }).click();
  await expect(page.locator('.facts [role=status]')).toHaveText('已受理');
});

test('elder mode: the same journey with the mouse, larger text and no sideways scrolling', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await open(page, '/');
  await setMode(page, { elder: true });
  expect(await noSideScroll(page)).toBe(true);
  await page.getByRole('link', { name: '找政策文件' }).click();
  await page.getByLabel('检索词').fill('住房公积金');
  await page.getByRole('button', { name: '检索' }).click();
  await expect(page).toHaveURL(/q=/);
  expect(await noSideScroll(page)).toBe(true);
  await page.locator('.results a').filter({ hasText: '住房公积金' }).first().click();
  await expect(page).toHaveURL(/\/policies\/[A-Z]\w+$/);
  expect(await noSideScroll(page)).toBe(true);
  await expect(page.getByRole('table', { name: '文件信息' })).toBeVisible();
  await page.getByRole('link', { name: '政策问答' }).first().click();
  await page.getByLabel('用自己的话描述您的问题').fill('加装电梯可以用公积金吗');
  await page.getByRole('button', { name: '提问' }).click();
  await expect(page.getByRole('heading', { name: '为您找到以下回答' })).toBeVisible();
  await expect(page.locator('.answer').first()).toContainText('公积金');
  expect(await noSideScroll(page)).toBe(true);
  await page.goto('/interact/booking');
  expect(await noSideScroll(page)).toBe(true);
  await page.getByLabel('办理事项 *').selectOption('fund-withdraw');
  await page.getByLabel(/12月1日/).check();
  await page.getByLabel('上午 9:00–12:00').check();
  await page.getByLabel('姓名 *').fill('张大爷');
  await page.getByLabel('手机号码 *').fill('13800000000');
  await page.getByRole('button', { name: '确认预约' }).click();
  await expect(page.getByRole('status').filter({ hasText: '预约' })).toContainText(
    '您已预约 2026-12-01 上午 9:00–12:00',
  );
  expect(await noSideScroll(page)).toBe(true);
});

test('the CAPTCHA grows at least twice as large and is read aloud by the server; no time limit', async ({
  page,
}) => {
  await open(page, '/interact/message');
  const picture = page.getByRole('img', { name: /验证码图片/ });
  await expect(picture).toHaveJSProperty('complete', true);
  const before = (await picture.boundingBox())!;
  const zoom = page.getByRole('button', { name: '放大验证码' });
  await zoom.click();
  await expect(zoom).toHaveAttribute('aria-pressed', 'true');
  const after = (await picture.boundingBox())!;
  expect(after.height / before.height).toBeGreaterThanOrEqual(2);
  // The digits are spoken by the server's speech engine: the page never holds them.
  const audio = page.waitForResponse(r => /\/captcha\/[\w-]+\.wav$/.test(r.url()));
  await page.getByRole('link', { name: '朗读验证码' }).click();
  const wav = await audio;
  expect(wav.status()).toBe(200);
  expect(wav.headers()['content-type']).toBe('audio/wav');
  expect((await wav.body()).length).toBeGreaterThan(16_000);
  await expect(page).toHaveURL(/\/interact\/message$/);
  // 换一张: a new picture in place (an old one expires after ten minutes), nothing typed lost.
  await page.getByLabel('您的称呼 *').fill('王先生');
  const token = page.locator('input[name=token]');
  const old = await token.inputValue();
  await page.getByRole('button', { name: '换一张' }).click();
  await expect(token).not.toHaveValue(old);
  await expect(picture).toHaveAttribute('src', `/captcha/${await token.inputValue()}.svg`);
  await expect(page.getByLabel('您的称呼 *')).toHaveValue('王先生');
  // A form left open for a long time still accepts its code.
  await page.clock.install();
  await page.clock.fastForward('02:00:00');
  await page.getByLabel('您的称呼 *').fill('王先生');
  await page.getByLabel('留言内容 *').fill('建议在公交站增加座椅，方便老人候车。');
  await page.getByLabel('验证码 *').fill(TEST_CAPTCHA);
  await page.getByRole('button', { name: '提交留言' }).click();
  await expect(page.getByRole('status').filter({ hasText: '留言编号' })).toBeVisible();
});

test('live results as you type, the count announced, the URL kept for sharing', async ({
  page,
}) => {
  await open(page, '/policies/');
  const box = page.getByLabel('检索词');
  await box.fill('营商环境');
  await expect(page.getByRole('status').filter({ hasText: /共找到 \d+ 件文件/ })).toBeVisible();
  await expect(page.locator('.results mark').first()).toHaveText('营商环境');
  await expect(box).toBeFocused();
  await expect(page).toHaveURL(/q=%E8%90%A5%E5%95%86%E7%8E%AF%E5%A2%83/);
  const facet = page.getByRole('link', { name: /^通知（\d+）$/ });
  await facet.click();
  await expect(page.getByRole('heading', { name: /共找到/ })).toBeVisible();
  await expect(page.locator('.results .meta').first()).toContainText('通知');
});

test('without JavaScript the library, Q&A and forms work as plain pages', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/policies/');
  await page.getByLabel('检索词').fill('就业补贴');
  await page.getByRole('button', { name: '检索' }).click();
  await expect(page.getByRole('heading', { name: /共找到 \d+ 件文件/ })).toBeVisible();
  await expect(page.getByRole('button', { name: '语音输入' })).toHaveCount(0);
  await page.goto('/interact/message');
  await expect(page.locator('[data-captcha]')).toBeVisible();
  await expect(page.getByRole('button', { name: '放大验证码' })).toBeHidden();
  await context.close();
});

test('voice input appears only where the browser can recognise speech', async ({ page }) => {
  await open(page, '/qa/');
  const hasRecognition = await page.evaluate(() => 'webkitSpeechRecognition' in window);
  await expect(page.getByRole('button', { name: '语音输入' })).toHaveCount(hasRecognition ? 2 : 0);
  await page.addInitScript(() => {
    delete (window as unknown as Record<string, unknown>).webkitSpeechRecognition;
    delete (window as unknown as Record<string, unknown>).SpeechRecognition;
  });
  await open(page, '/qa/');
  await expect(page.getByRole('button', { name: '语音输入' })).toHaveCount(0);
  await page.getByLabel('用自己的话描述您的问题').fill('高龄津贴每个月发多少');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: '为您找到以下回答' })).toBeVisible();
});

test('an honest answer when nothing matches: 12345 and related questions', async ({ page }) => {
  await open(page, `/qa/?q=${encodeURIComponent('我想办理护照')}`);
  await expect(page.getByRole('heading', { name: '没有找到可靠的回答' })).toBeVisible();
  await expect(page.locator('main').getByText('12345', { exact: true })).toBeVisible();
});

test('every page has the error-report link, and the report form works', async ({ page, log }) => {
  // A form sent with mistakes comes back as 422 on purpose; the browser logs the status.
  log.allow(/status of 422 \(Unprocessable Entity\)/);
  await open(page, '/services/elder-card');
  await page.getByRole('link', { name: '我要纠错' }).click();
  await expect(page.getByLabel('出错的页面')).toHaveValue('/services/elder-card');
  await page.getByRole('button', { name: '提交' }).click();
  await expect(page.getByRole('alert')).toContainText('2 处问题');
  await page.getByLabel('链接打不开').check();
  await page.getByLabel('问题描述 *').fill('办理地点的链接打不开');
  await page.getByRole('button', { name: '提交' }).click();
  await expect(page.getByRole('status').filter({ hasText: '纠错' })).toContainText(
    '/services/elder-card',
  );
});

test('the policy matcher lists what applies and why', async ({ page }) => {
  await open(page, '/interact/matcher');
  await page.getByLabel('您的年龄').fill('82');
  await page.getByLabel('患有高血压、糖尿病等慢性病').check();
  await page.getByRole('button', { name: '看看能享受哪些政策' }).click();
  await expect(page.getByRole('heading', { name: /您可能享受 \d+ 项政策/ })).toBeVisible();
  await expect(page.locator('.matches')).toContainText('高龄津贴申领');
  await expect(page.locator('.matches')).toContainText('医保异地就医备案');
});

test('pinyin initials and a wrong character still find the policy, and the page says so', async ({
  page,
}) => {
  await open(page, '/policies/?q=gljt');
  await expect(page.getByText('按拼音“gljt”检索“高龄津贴”')).toBeVisible();
  await expect(page.locator('.results h3').first()).toContainText('高龄津贴');
  await open(page, `/policies/?q=${encodeURIComponent('救业补贴')}`);
  await expect(page.getByText('没有找到“救业补贴”，已为您显示“就业补贴”的结果')).toBeVisible();
  await expect(page.locator('.results mark').first()).toHaveText('就业补贴');
  await open(page, `/policies/?q=${encodeURIComponent('高龄火星')}`);
  await expect(page.getByText('您是不是要找')).toBeVisible();
});
