import { test, expect, open, setMode, axe, summary, control } from '../helpers/test.js';
import { MODES } from '../helpers/modes.js';

// Every rule axe-core has, best practices included: Yilan must add nothing to a clean page.
for (const { name, settings } of MODES) {
  for (const panel of ['closed', 'open'] as const) {
    test(`clean page has zero axe violations: ${name}, toolbar ${panel}`, async ({ page }) => {
      await open(page, '/fixtures/clean.html');
      await setMode(page, { ...settings, open: panel === 'open' });
      // 简繁 switches Yilan's own strings to zh-TW, where reset is 重設.
      if (panel === 'open') await expect(control(page, /^(重置|重設)$/)).toBeVisible();
      // Hover and focus something so the caption bar and guide lines have content to show.
      await page.mouse.move(400, 500);
      await page.waitForTimeout(200);
      expect(summary(await axe(page))).toEqual([]);
    });
  }
}

test('zero axe violations with the colour list, cursor list and keyboard help open', async ({
  page,
}) => {
  await open(page, '/fixtures/clean.html');
  await setMode(page, { open: true });
  await control(page, '选择配色').click();
  await control(page, '鼠标样式').click();
  expect(summary(await axe(page))).toEqual([]);
  await control(page, '帮助').click();
  await expect(page.getByRole('dialog', { name: '键盘操作帮助' })).toBeVisible();
  expect(summary(await axe(page))).toEqual([]);
});

test('Yilan adds no violation to a page that already has some (diff, every mode)', async ({
  page,
}) => {
  // The same page without Yilan: its script answered with nothing.
  await page.route('**/yilan/yilan.js', route =>
    route.fulfill({ contentType: 'text/javascript', body: '' }),
  );
  await page.goto('/fixtures/with-violations.html');
  // Keyed by rule and element markup: axe's selectors change when Yilan's elements join the body.
  // Chinese characters and a lang="zh-TW" are left out of the key: 简繁 rewrites the same
  // elements' text and gives them the language it converted to. Pinyin's
  // annotations repeat the page's own text in the page's own colours, so a failing paragraph's
  // contrast fails again in its <rt>s: the page's violation, moved, not one Yilan adds (the clean
  // pages above show pinyin adds none).
  const pinyinCopy = (html: string) => /^<(rt|ruby)[ >]|data-yilan-pinyin/.test(html);
  const key = (v: { id: string; nodes: { html: string }[] }[]) =>
    v
      .flatMap(x =>
        x.nodes
          .filter(n => !pinyinCopy(n.html))
          .map(n => `${x.id} ${n.html.replace(/[\u3400-\u9fff]| lang="zh-TW"/g, '')}`),
      )
      .sort();
  const without = key(await axe(page));
  expect(without.length).toBeGreaterThan(0);
  await page.unroute('**/yilan/yilan.js');
  await open(page, '/fixtures/with-violations.html');
  for (const { settings } of MODES) {
    for (const openPanel of [false, true]) {
      await setMode(page, { ...settings, open: openPanel });
      const added = key(await axe(page)).filter(v => !without.includes(v));
      expect(added, JSON.stringify(settings)).toEqual([]);
      await page.evaluate(() => window.Yilan!.reset());
    }
  }
});
