import { test, expect, open, setMode, axe, summary } from '../helpers/test.js';
import { MODES } from '../helpers/modes.js';
import { PORTAL_PAGES } from '../helpers/portal.js';

// The demo portal loads Yilan exactly as a customer would and must itself be clean: every page
// kind in the modes readers use most, and every mode on the pages with the most going on.
const COMMON = [
  { name: 'closed', settings: {} },
  { name: 'toolbar open', settings: { open: true } },
  { name: 'elder', settings: { elder: true } },
  { name: 'yellow-on-black, 200 %', settings: { scheme: 'yellow-on-black', zoom: 200 } },
];

for (const { name, path } of PORTAL_PAGES) {
  test(`portal ${name}: zero axe violations in the common modes`, async ({ page }) => {
    await open(page, path);
    for (const mode of COMMON) {
      await page.evaluate(() => window.Yilan!.reset());
      await setMode(page, mode.settings);
      expect(summary(await axe(page)), mode.name).toEqual([]);
    }
  });
}

for (const path of ['/', `/policies/?q=${encodeURIComponent('养老')}`, '/interact/message']) {
  test(`portal ${path}: zero axe violations in every Yilan mode`, async ({ page }) => {
    await open(page, path);
    for (const mode of MODES) {
      await page.evaluate(() => window.Yilan!.reset());
      await setMode(page, mode.settings);
      expect(summary(await axe(page)), mode.name).toEqual([]);
    }
  });
}

test('portal form with errors: zero axe violations, errors announced, focus on the first', async ({
  page,
}) => {
  await open(page, '/interact/message');
  await page.getByRole('button', { name: '提交留言' }).click();
  await expect(page.getByRole('alert')).toContainText('提交前请修改 3 处问题');
  await expect(page.locator('#name')).toBeFocused();
  await expect(page.locator('#name')).toHaveAttribute('aria-invalid', 'true');
  expect(summary(await axe(page))).toEqual([]);
});
