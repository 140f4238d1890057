import type { Page } from '@playwright/test';
import { test, expect, open } from '../helpers/test.js';
import { coveredControls, inside, screenBox, yilanBoxes } from '../helpers/phone.js';

// Issue 14: the entry button never covers a control of the page: at load, after a resize and
// after scrolling. Synthetic corner/edge pages and real pages (GOV.UK, W3C WAI BAD).

const PHONE = { viewport: { width: 360, height: 640 }, hasTouch: true, isMobile: true };

const PAGES = [
  '/fixtures/placement/corners.html',
  '/fixtures/placement/edges.html',
  '/fixtures/placement/phone-header.html',
  '/fixtures/real/govuk-child-maintenance/index.html',
  '/fixtures/real/govuk-bank-holidays/index.html',
  '/fixtures/real/bad-before/before/home.html',
  '/fixtures/real/bad-after/after/home.html',
];

/** Placement runs after a short delay and one frame; a scroll is placed once it stops. */
async function settle(page: Page): Promise<void> {
  await page.waitForTimeout(450);
}

async function expectClear(page: Page, when: string): Promise<void> {
  await settle(page);
  expect(await coveredControls(page), `covered ${when}`).toEqual([]);
  const { entry } = await yilanBoxes(page);
  expect(inside(entry, await screenBox(page)), `on screen ${when}`).toBe(true);
}

test.describe('on a 360 × 640 touch phone', () => {
  test.use(PHONE);
  for (const path of PAGES)
    test(`the entry button covers no control: ${path}`, async ({ page }) => {
      await open(page, path);
      await expectClear(page, 'at load');
      await page.setViewportSize({ width: 1280, height: 800 });
      await expectClear(page, 'at 1280');
      await page.setViewportSize({ width: 360, height: 640 });
      await expectClear(page, 'back at 360');
      for (let i = 1; i <= 4; i++) {
        await page.evaluate(() => window.scrollBy(0, 137));
        await expectClear(page, `after scroll ${i}`);
      }
    });

  test('a menu button at the top right keeps the corner; the entry moves', async ({ page }) => {
    await open(page, '/fixtures/placement/phone-header.html');
    await settle(page);
    const menu = (await page.getByRole('button', { name: '菜单' }).boundingBox())!;
    expect(menu.x + menu.width).toBeGreaterThan(300);
    await page.getByRole('button', { name: '菜单' }).tap({ trial: true, timeout: 3000 });
  });

  test('every corner taken: a control in each corner leaves the entry at an edge middle', async ({
    page,
  }) => {
    await open(page, '/fixtures/placement/corners.html');
    await settle(page);
    const { entry } = await yilanBoxes(page);
    expect(entry.right).toBeGreaterThan(340);
    expect(entry.top).toBeGreaterThan(200);
    expect(entry.bottom).toBeLessThan(440);
  });

  test('every corner and edge middle taken: the entry docks as a slim tab of at least 24 × 24 px', async ({
    page,
  }) => {
    await open(page, '/fixtures/placement/edges.html');
    await settle(page);
    const { entry } = await yilanBoxes(page);
    expect(entry.right - entry.left).toBeGreaterThanOrEqual(24);
    expect(entry.right - entry.left).toBeLessThanOrEqual(40);
    expect(entry.bottom - entry.top).toBeGreaterThanOrEqual(44);
    // Still the same button, with its name, and it still opens the toolbar.
    const entryButton = page.getByRole('button', { name: '无障碍' });
    await entryButton.tap();
    await expect(page.getByRole('toolbar')).toBeVisible();
    await page.getByRole('button', { name: '关闭' }).tap();
    await expect(entryButton).toBeFocused();
    await settle(page);
    expect(await coveredControls(page)).toEqual([]);
  });
});

test.describe('at 1280 × 800', () => {
  for (const path of PAGES)
    test(`the entry button covers no control: ${path}`, async ({ page }) => {
      await open(page, path);
      await expectClear(page, 'at load');
      await page.evaluate(() => window.scrollBy(0, 300));
      await expectClear(page, 'after scroll');
    });
});
