import { test, expect, setMode, control, axe, summary } from '../helpers/test.js';

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = seen;
    document.addEventListener('securitypolicyviolation', e =>
      seen.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
});

const violations = (page: import('@playwright/test').Page) =>
  page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);

test('strict CSP (script-src/style-src/img-src self, no unsafe-inline) with Trusted Types enforced', async ({
  page,
}) => {
  const response = await page.goto('/fixtures/basic.html?csp=strict');
  expect(response!.headers()['content-security-policy']).toContain(
    "require-trusted-types-for 'script'",
  );
  await page.waitForFunction(() => !!window.Yilan);
  await control(page, '无障碍').click();
  await expect(page.getByRole('toolbar')).toBeVisible();
  await control(page, '长辈版').click();
  await control(page, '辅助线').click();
  await control(page, '帮助').click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.keyboard.press('Escape');
  await setMode(page, { scheme: 'yellow-on-blue', grayscale: true });
  await page.locator('#para').hover();
  await expect
    .poll(() =>
      page.evaluate(
        () =>
          document
            .querySelector('yilan-layer')
            ?.shadowRoot?.querySelector('[data-yilan-caption-bar]')?.textContent,
      ),
    )
    .toContain('测试的正文');
  expect(
    await page.evaluate(() => getComputedStyle(document.querySelector('#para')!).cursor),
  ).toContain('cursors/arrow-black.svg');
  const cursor = await page.request.get('/yilan/cursors/arrow-black.svg');
  expect(cursor.status()).toBe(200);
  expect(await violations(page)).toEqual([]);
  expect(summary(await axe(page))).toEqual([]);
});

test("a page whose Trusted Types list refuses lit-html's policy: a warning, modes and chords still work", async ({
  page,
  log,
}) => {
  // Chromium itself reports the refused policy as a console error; that one is the page's choice.
  log.allow(/Trusted Type|trusted-types|Refused to create a TrustedTypePolicy/i);
  await page.goto('/fixtures/basic.html?csp=strict-tt-none');
  await page.waitForFunction(() => !!window.Yilan);
  await control(page, '无障碍').click();
  await expect.poll(() => log.warnings.some(w => w.includes('[yilan] chunk-failed'))).toBe(true);
  await page.keyboard.press('Alt+Shift+Equal');
  await expect(page.locator('html')).toHaveAttribute('data-yilan-zoom', '125');
  await setMode(page, { scheme: 'white-on-black' });
  await expect(page.locator('html')).toHaveAttribute('data-yilan-scheme', 'white-on-black');
});
