import { test, expect, open, setMode, axe, summary } from '../helpers/test.js';

// The demo site loads Yilan exactly as a customer would; it must stay clean in Yilan's modes.
for (const { name, settings } of [
  { name: 'closed', settings: {} },
  { name: 'open', settings: { open: true } },
  { name: 'elder', settings: { elder: true, open: true } },
  { name: 'yellow-on-black, 200 %', settings: { scheme: 'yellow-on-black', zoom: 200 } },
]) {
  test(`the demo home page has zero axe violations: ${name}`, async ({ page }) => {
    await open(page, '/');
    await setMode(page, settings);
    expect(summary(await axe(page))).toEqual([]);
  });
}
