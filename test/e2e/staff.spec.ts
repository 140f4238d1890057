import type { Page } from '@playwright/test';
import { test, expect, open, axe, summary } from '../helpers/test.js';
import { STAFF_LOGIN, STAFF_PASSWORD } from '../helpers/staff.js';

// A letter's whole life as the people involved see it: a citizen writes, staff log in with the
// keyboard, take it, answer it and publish it, the portal shows it under 公开信件 without the
// sender, and the citizen's lookup shows the answer. Every page on the way passes axe.

const clean = async (page: Page, where: string) =>
  expect(summary(await axe(page)), where).toEqual([]);

test('a letter from 市长信箱 through the staff console to 公开信件', async ({ page, log }) => {
  test.setTimeout(120_000);
  // A wrong password (401) and a publish form with personal data (422) come back on purpose.
  log.allow(/status of (401 \(Unauthorized\)|422 \(Unprocessable Entity\))/);
  const name = `测试居民${Date.now() % 100000}`;
  const question = `浏览器测试：${name}家的老楼能加装电梯吗？住在三楼，腿脚不便。`;

  // The citizen.
  await open(page, '/interact/message');
  await page.getByLabel('您的称呼 *').fill(name);
  await page.getByLabel('联系电话（选填）').fill('13912345678');
  await page.getByLabel('留言内容 *').fill(question);
  // The test server's CAPTCHA answer (DEMO_CAPTCHA=test, set by the Playwright config).
  await page.getByLabel('验证码 *').fill('0000');
  await page.getByRole('button', { name: '提交留言' }).click();
  const status = page.getByRole('main').getByRole('status').filter({ hasText: '留言编号' });
  const [, tracking, code] = /(XX-\d{8}-\w{6})，查询码 (\d{6})/.exec(
    (await status.textContent())!,
  )!;

  // Staff: the console sends them to the login page; they log in with the keyboard.
  await open(page, '/staff/');
  await expect(page).toHaveURL(/\/staff\/login$/);
  await expect(page.getByRole('heading', { level: 1, name: '工作人员登录' })).toBeVisible();
  await clean(page, 'login');
  await page.getByLabel('登录名').focus();
  await page.keyboard.type(STAFF_LOGIN);
  await page.keyboard.press('Tab');
  await page.keyboard.type('wrong password!');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert')).toContainText('登录名或密码不对');
  await expect(page.getByLabel('登录名')).toHaveValue(STAFF_LOGIN);
  await clean(page, 'login with an error');
  await page.getByLabel('密码').fill(STAFF_PASSWORD);
  await page.getByLabel('密码').press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: '工作台' })).toBeVisible();
  await clean(page, 'overview');

  await page
    .getByRole('navigation', { name: '工作人员导航' })
    .getByRole('link', { name: '待办信件' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: '待办信件：已受理' })).toBeVisible();
  await clean(page, 'queue');
  await page.getByRole('link', { name: tracking! }).click();
  await expect(page.getByRole('heading', { level: 1, name: `留言 ${tracking}` })).toBeVisible();
  await expect(page.getByRole('main')).toContainText(name);
  await clean(page, 'submission');
  await page.getByRole('button', { name: '由我办理' }).click();
  await expect(page.getByRole('main').getByRole('status')).toHaveText('已由您办理。');

  const reply = `${name}您好：老楼加装电梯可向所在街道申请，政府按每台 20 万元补贴。`;
  await page.getByLabel('答复内容').fill(reply);
  await clean(page, 'answer form');
  await page.getByRole('button', { name: '发送答复' }).click();
  await expect(page.getByRole('main').getByRole('status')).toHaveText('答复已发送。');

  // Publishing: the answer still names the sender, so the first try is refused.
  const title = `老楼加装电梯有补贴吗（${Date.now() % 100000}）`;
  await page.getByLabel('公开标题').fill(title);
  await page.getByLabel('公开的问题').fill('老楼能加装电梯吗？住在三楼，腿脚不便。');
  await page.getByRole('button', { name: '公开', exact: true }).click();
  await expect(page.getByRole('alert')).toContainText('个人信息（姓名）');
  await expect(page.getByLabel('公开标题')).toHaveValue(title);
  await clean(page, 'publish form with an error');
  const publicAnswer = reply.replace(`${name}您好：`, '');
  await page.getByLabel('公开的答复').fill(publicAnswer);
  await page.getByRole('button', { name: '公开', exact: true }).click();
  await expect(page.getByRole('main').getByRole('status')).toHaveText('已公开。');
  await page.getByRole('link', { name: '查看公开信件' }).click();

  // The public letter: title, question and answer as published; nothing of the sender.
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page.getByRole('main')).toContainText(publicAnswer);
  await clean(page, 'published letter');
  for (const secret of [name, '13912345678', tracking!])
    await expect(page.locator('body')).not.toContainText(secret);
  await page.getByRole('link', { name: '返回公开信件' }).click();
  await expect(page.getByRole('link', { name: title })).toBeVisible();
  await clean(page, '公开信件');

  // The citizen's lookup: 已答复, with the answer they were sent.
  await open(page, '/interact/track');
  await page.getByLabel('编号 *').fill(tracking!);
  await page.getByLabel('查询码 *').fill(code!);
  await page.getByRole('button', { name: '查询' }).click();
  await expect(page.getByRole('main').getByRole('status')).toHaveText('已答复');
  await expect(page.getByRole('main')).toContainText(reply);

  // At 360 px wide (a phone, or 400 % zoom) no console page scrolls sideways.
  await page.setViewportSize({ width: 360, height: 740 });
  for (const path of [
    '/staff/',
    '/staff/queue/letters?status=answered',
    `/staff/item/${tracking}`,
  ]) {
    await open(page, path);
    const fits = await page.evaluate(
      () => document.documentElement.scrollWidth <= document.documentElement.clientWidth,
    );
    expect(fits, path).toBe(true);
  }

  // Logging out ends the session: the console is closed again.
  await open(page, '/staff/');
  await page.getByRole('button', { name: '退出登录' }).click();
  await expect(page).toHaveURL(/\/staff\/login$/);
  await open(page, '/staff/queue/letters');
  await expect(page).toHaveURL(/\/staff\/login$/);
});
