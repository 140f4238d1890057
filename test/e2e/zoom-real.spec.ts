import { test, expect, open, setMode } from '../helpers/test.js';
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';

/** Real pages nobody here wrote: this feature's own, and the shared corpus (test/fixtures/real). */
const corpus = JSON.parse(
  readFileSync(new URL('../fixtures/real/pages.json', import.meta.url), 'utf8'),
) as { id: string; path: string }[];
const PAGES = [
  { id: 'wanzai-gov', path: '/fixtures/zoom/real/wanzai-gov/index.html' },
  { id: 'yui-progressbar', path: '/fixtures/zoom/real/yui-progressbar/index.html' },
  ...corpus.map(({ id, path }) => ({ id, path })),
];

/**
 * Text a reader cannot see because a box hides what does not fit (overflow hidden or clip), by
 * index in document order, and how far the page scrolls sideways.
 */
async function layout(page: Page): Promise<{ clipped: number[]; overflow: number }> {
  return page.evaluate(() => {
    const clipped: number[] = [];
    const hides = (v: string): boolean => v === 'hidden' || v === 'clip';
    Array.from(document.querySelectorAll('body *')).forEach((el, i) => {
      if (el.closest('yilan-toolbar, yilan-layer')) return;
      const s = getComputedStyle(el);
      const x = hides(s.overflowX) && el.scrollWidth > el.clientWidth + 1;
      const y = hides(s.overflowY) && el.scrollHeight > el.clientHeight + 1;
      if (!x && !y) return;
      if (s.visibility === 'hidden' || el.getClientRects().length === 0) return;
      if (!(el as HTMLElement).innerText?.trim()) return;
      clipped.push(i);
    });
    const root = document.documentElement;
    return { clipped, overflow: Math.max(0, root.scrollWidth - root.clientWidth) };
  });
}

for (const { id, path } of PAGES) {
  test(`${id}: at 200 % on 1280 px nothing is newly cut off and nothing scrolls sideways`, async ({
    page,
  }, info) => {
    await open(page, path);
    const before = await layout(page);
    await setMode(page, { zoom: 200 });
    const after = await layout(page);
    const newly = after.clipped.filter(i => !before.clipped.includes(i));
    info.annotations.push({
      type: `${id} at 200 %`,
      description: `clipped ${before.clipped.length} → ${after.clipped.length}, newly ${newly.length}, overflow ${after.overflow} px`,
    });
    expect({ newly, overflow: after.overflow }).toEqual({ newly: [], overflow: 0 });
  });
}

test('Word-pasted text grows too: <font size> and inline font sizes double', async ({ page }) => {
  await open(page, '/fixtures/zoom/real/wanzai-gov/index.html');
  const targets = [
    '#zoomcon font[size="6"]',
    '#zoomcon font[size="+0"] > span',
    '#zoomcon p[style] > span[style]',
    '#zoomcon td span[style]',
    '.mainNav li a',
  ];
  const sizes = (): Promise<number[]> =>
    page.evaluate(
      sels => sels.map(s => parseFloat(getComputedStyle(document.querySelector(s)!).fontSize)),
      targets,
    );
  const before = await sizes();
  await setMode(page, { zoom: 200 });
  // Each doubles within 5 % (closeTo(2, 1): |ratio − 2| < 0.05). The nav link animates its size
  // (the page's own `transition`), so the ratios are polled until they settle.
  await expect
    .poll(async () => (await sizes()).map((s, i) => s / before[i]!))
    .toEqual(targets.map(() => expect.closeTo(2, 1)));
  // Back at 100 %, every inline style is the page's own again.
  await setMode(page, { zoom: 100 });
  await expect
    .poll(() => page.evaluate(() => document.querySelectorAll('[style*="--yilan-zoom"]').length))
    .toBe(0);
  await expect.poll(sizes).toEqual(before);
});
