import { test, expect, open, setMode } from '../helpers/test.js';
import { SCHEMES } from '../helpers/modes.js';
import { textContrasts } from '../helpers/text-contrast.js';
import { REAL_PAGES } from '../helpers/real-pages.js';

/**
 * Pages whose own CSS fights a colour scheme: `!important` with more specificity than Yilan's
 * selectors, inline `style="… !important"`, `!important` inside the page's own `@layer`s,
 * `:is()` specificity tricks, gradients behind and inside text, SVG text and form fields.
 */
const PAGES = [
  '/fixtures/cascade/patterns.html',
  // And every page of the real-page corpus, as its site wrote it: the W3C BAD header's
  // `.subnav li a.current { background-color: #333 !important }` (1.21:1 before the layer) is there.
  ...REAL_PAGES.map(real => real.path),
];

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

test("strong focus and the large cursor also win over the page's !important", async ({ page }) => {
  await open(page, '/fixtures/cascade/patterns.html');
  await setMode(page, { focus: true, cursor: 'black' });
  const link = page.getByRole('link', { name: 'Services' });
  await link.focus();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  const seen = await link.evaluate(el => {
    const s = getComputedStyle(el);
    return { outline: parseFloat(s.outlineWidth), style: s.outlineStyle, cursor: s.cursor };
  });
  expect(seen.style).toBe('solid');
  expect(seen.outline).toBeGreaterThanOrEqual(4);
  expect(seen.cursor).toContain('url(');
});

test('selected text and <mark> take the scheme, inverted, so a selection stays readable', async ({
  page,
}) => {
  await open(page, '/fixtures/cascade/patterns.html');
  await setMode(page, { scheme: 'yellow-on-black' });
  const colours = await page.evaluate(() => {
    const p = document.querySelector('p')!;
    const selected = getComputedStyle(p, '::selection');
    return { color: selected.color, background: selected.backgroundColor };
  });
  // Black on yellow: the scheme's own colours swapped (the rule was dropped before, as
  // `:is()` cannot hold a pseudo-element).
  expect(colours).toEqual({ color: 'rgb(0, 0, 0)', background: 'rgb(255, 255, 0)' });
});
