import { test, expect, open, setMode, axe, summary } from '../helpers/test.js';
import { MODES } from '../helpers/modes.js';
import { PORTAL_PAGES } from '../helpers/portal-pages.mjs';

// The demo portal loads Yilan exactly as a customer would and must itself be clean: every kind
// of page, in every Yilan mode (the mode is stored, so it follows the reader from page to page).
for (const mode of MODES) {
  test(`portal, every page: zero axe violations in ${mode.name}`, async ({ page, log }) => {
    // Every portal page, each with axe: a minute on a loaded 2-core machine, more with 拼音.
    test.setTimeout(240_000);
    // The list includes the portal's "not found" page, whose own document is a 404 on purpose.
    log.allow(/status of 404 \(Not Found\)/);
    await open(page, '/');
    await setMode(page, mode.settings);
    for (const { name, path } of PORTAL_PAGES) {
      await open(page, path);
      await page.evaluate(() => window.Yilan!.ready());
      expect(summary(await axe(page)), `${name} (${path})`).toEqual([]);
    }
  });
}

test('portal form with errors: zero axe violations, errors announced, focus on the first', async ({
  page,
  log,
}) => {
  // A form sent with mistakes comes back as 422 on purpose; the browser logs the status.
  log.allow(/status of 422 \(Unprocessable Entity\)/);
  await open(page, '/interact/message');
  await page.getByRole('button', { name: '提交留言' }).click();
  await expect(page.getByRole('alert')).toContainText('提交前请修改 3 处问题');
  await expect(page.locator('#name')).toBeFocused();
  await expect(page.locator('#name')).toHaveAttribute('aria-invalid', 'true');
  expect(summary(await axe(page))).toEqual([]);
});
