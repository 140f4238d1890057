import { test, expect, open, setMode } from '../helpers/test.js';
import { SCHEMES } from '../helpers/modes.js';
import { textContrasts } from '../helpers/text-contrast.js';

/**
 * Pages whose own CSS fights a colour scheme: `!important` with more specificity than Yilan's
 * selectors, inline `style="… !important"`, `!important` inside the page's own `@layer`s,
 * `:is()` specificity tricks, gradients behind and inside text, SVG text and form fields.
 */
const PAGES = ['/fixtures/cascade/bad/home.html', '/fixtures/cascade/patterns.html'];

for (const path of PAGES) {
  test(`every visible text reaches 7:1 in every colour scheme: ${path}`, async ({ page }) => {
    await open(page, path);
    for (const scheme of SCHEMES) {
      await setMode(page, { scheme });
      const texts = await textContrasts(page);
      expect(texts.length, 'texts measured').toBeGreaterThan(10);
      const failures = texts
        .filter(t => t.problem || t.ratio < 7)
        .map(t => `${t.text}: ${t.fg} on ${t.bg} = ${t.ratio.toFixed(2)}:1 ${t.problem ?? ''}`);
      expect(failures, `${scheme}`).toEqual([]);
    }
  });
}

test('turning the scheme off gives the page back its own inline !important styles', async ({
  page,
}) => {
  await open(page, '/fixtures/cascade/patterns.html');
  const styles = () =>
    page.evaluate(() =>
      Array.from(document.querySelectorAll('[style]'), el => el.getAttribute('style')),
    );
  const colours = () =>
    page.evaluate(() =>
      Array.from(document.querySelectorAll('[style]'), el => {
        const s = getComputedStyle(el);
        return `${s.color} ${s.backgroundColor} ${s.backgroundImage}`;
      }),
    );
  const before = { styles: await styles(), colours: await colours() };
  await setMode(page, { scheme: 'yellow-on-black' });
  expect(await colours()).not.toEqual(before.colours);
  await setMode(page, { scheme: 'default' });
  expect(await styles()).toEqual(before.styles);
  expect(await colours()).toEqual(before.colours);
});
