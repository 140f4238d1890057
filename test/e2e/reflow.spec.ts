import { test, expect, open, setMode } from '../helpers/test.js';
import type { Page } from '@playwright/test';

const TARGETS = ['#body', '#title', '.tbl td', '.nav a', '.foot p'];

async function sizes(page: Page, selectors: readonly string[]): Promise<number[]> {
  return page.evaluate(
    sels => sels.map(s => parseFloat(getComputedStyle(document.querySelector(s)!).fontSize)),
    selectors,
  );
}

/** Horizontal scrolling of the page, and elements whose text is cut off by overflow. */
async function layout(page: Page) {
  return page.evaluate(() => {
    const root = document.documentElement;
    const clipped = Array.from(document.querySelectorAll('body *'))
      .filter(el => {
        const s = getComputedStyle(el);
        return (
          s.overflowX !== 'visible' &&
          el.scrollWidth > el.clientWidth + 1 &&
          el.closest('yilan-toolbar, yilan-layer') === null
        );
      })
      .map(el => el.nodeName);
    return {
      // One pixel of tolerance: sub-pixel layout rounds scrollWidth up.
      hscroll: root.scrollWidth > root.clientWidth + 1,
      clipped,
      transform: getComputedStyle(document.body).transform + getComputedStyle(root).transform,
      zoom: getComputedStyle(root).zoom + getComputedStyle(document.body).zoom,
    };
  });
}

for (const kind of ['px', 'rem', 'clamp', 'important']) {
  test(`200 % on a responsive ${kind} page at 1280 px: text doubles, no sideways scrolling, nothing clipped`, async ({
    page,
  }) => {
    await open(page, `/fixtures/zoom/${kind}.html`);
    const before = await sizes(page, TARGETS);
    await setMode(page, { zoom: 200 });
    const after = await sizes(page, TARGETS);
    after.forEach((size, i) => expect(size / before[i]!, TARGETS[i]).toBeGreaterThanOrEqual(1.95));
    const result = await layout(page);
    expect(result).toEqual({ hscroll: false, clipped: [], transform: 'nonenone', zoom: '11' });
    // Every step in between grows monotonically.
    let last = before[0]!;
    for (const level of [125, 150, 175] as const) {
      await setMode(page, { zoom: level });
      const [body] = await sizes(page, ['#body']);
      expect(body!).toBeGreaterThan(last);
      last = body!;
    }
  });
}

test('200 % with the toolbar open and elder mode on still does not scroll sideways', async ({
  page,
}) => {
  await open(page, '/fixtures/zoom/px.html');
  await setMode(page, { zoom: 200, elder: true, open: true });
  expect((await layout(page)).hscroll).toBe(false);
});

test('a 360 px phone at 200 %: the responsive page still reflows', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await open(page, '/fixtures/zoom/rem.html');
  await setMode(page, { zoom: 200 });
  expect((await layout(page)).hscroll).toBe(false);
});

test('an old 980 px table layout: text doubles; measured for sideways scrolling', async ({
  page,
}, info) => {
  await open(page, '/fixtures/zoom/table-layout.html');
  const targets = ['#body', '#title', '.left a', '.banner'];
  const before = await sizes(page, targets);
  await setMode(page, { zoom: 200 });
  const after = await sizes(page, targets);
  after.forEach((size, i) => expect(size / before[i]!, targets[i]).toBeGreaterThanOrEqual(1.95));
  const result = await layout(page);
  // Reported, not hidden: a fixed 980 px table cannot reflow below its own width.
  info.annotations.push({
    type: 'table-layout at 1280 px, 200 %',
    description: JSON.stringify(result),
  });
  expect(result.hscroll).toBe(false);
  await page.setViewportSize({ width: 800, height: 800 });
  const narrow = await layout(page);
  info.annotations.push({
    type: 'table-layout at 800 px, 200 %',
    description: JSON.stringify(narrow),
  });
  expect(narrow.hscroll).toBe(true);
});

test('stylesheets a single-page app adds later are zoomed too', async ({ page }) => {
  await open(page, '/fixtures/zoom/rem.html');
  await setMode(page, { zoom: 200 });
  await page.evaluate(async () => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = '/fixtures/zoom/late.css';
    const loaded = new Promise(r => link.addEventListener('load', r));
    document.head.append(link);
    await loaded;
    const p = document.createElement('p');
    p.className = 'late';
    p.textContent = '后来加载的内容';
    document.querySelector('article')!.append(p);
  });
  await expect
    .poll(() => page.evaluate(() => getComputedStyle(document.querySelector('.late')!).fontSize))
    .toBe('28px');
});
