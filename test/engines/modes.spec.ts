import { test, expect, open, setMode, poll } from './fixtures.js';
import { contrast } from '../helpers/contrast.js';
import { SCHEMES } from '../helpers/modes.js';

test('every colour scheme gives body text, links and fields at least 7:1', async ({
  browserPage: page,
}) => {
  await open(page, '/fixtures/clean.html');
  // The page's own colours pass too, so also check that each scheme shows colours of its own.
  const seen = new Set<string>();
  for (const scheme of SCHEMES) {
    await setMode(page, { scheme });
    const pairs = await page.evaluate(() =>
      ['.lead', 'nav a', '#q', 'td'].map(sel => {
        const s = getComputedStyle(document.querySelector(sel)!);
        return [sel, s.color, s.backgroundColor];
      }),
    );
    for (const [sel, fg, bg] of pairs)
      expect(contrast(fg!, bg!), `${scheme} ${sel}: ${fg} on ${bg}`).toBeGreaterThanOrEqual(7);
    seen.add(`${pairs[0]![1]} on ${pairs[0]![2]}`);
  }
  expect(seen.size).toBe(SCHEMES.length);
});

test('grayscale greys the page from one layer that never catches clicks', async ({
  browserPage: page,
}) => {
  await open(page, '/fixtures/clean.html');
  await setMode(page, { grayscale: true });
  const styles = await page.evaluate(() => {
    const after = getComputedStyle(document.documentElement, '::after');
    return {
      layer: after.backdropFilter,
      pointer: after.pointerEvents,
      htmlFilter: getComputedStyle(document.documentElement).filter,
    };
  });
  expect(styles).toEqual({ layer: 'grayscale(1)', pointer: 'none', htmlFilter: 'none' });
  await page.click('a[href="#news"]');
  await poll(() => page.evaluate(() => location.hash), '#news');
});

for (const kind of ['px', 'rem', 'clamp', 'important']) {
  test(`200 % text doubles and a responsive ${kind} page at 1280 px gets no sideways scroll`, async ({
    browserPage: page,
  }) => {
    await open(page, `/fixtures/zoom/${kind}.html`);
    const targets = ['#body', '#title', '.tbl td', '.nav a', '.foot p'];
    const sizes = () =>
      page.evaluate(
        sels => sels.map(s => parseFloat(getComputedStyle(document.querySelector(s)!).fontSize)),
        targets,
      );
    const before = await sizes();
    await setMode(page, { zoom: 200 });
    const after = await sizes();
    after.forEach((size, i) => expect(size / before[i]!, targets[i]).toBeGreaterThanOrEqual(1.95));
    const layout = await page.evaluate(() => ({
      width: innerWidth,
      // One pixel of tolerance: sub-pixel layout rounds scrollWidth up.
      hscroll: document.documentElement.scrollWidth > document.documentElement.clientWidth + 1,
      clipped: Array.from(document.querySelectorAll('body *'))
        .filter(
          el =>
            getComputedStyle(el).overflowX !== 'visible' &&
            el.scrollWidth > el.clientWidth + 1 &&
            el.closest('yilan-toolbar, yilan-layer') === null,
        )
        .map(el => el.nodeName),
    }));
    expect(layout).toEqual({ width: 1280, hscroll: false, clipped: [] });
  });
}

test('large cursor: the 64 px cursors from the script folder', async ({ browserPage: page }) => {
  await open(page, '/fixtures/clean.html');
  await setMode(page, { cursor: 'black' });
  const cursors = await page.evaluate(() =>
    ['.lead', 'nav a', '#q'].map(s => getComputedStyle(document.querySelector(s)!).cursor),
  );
  expect(cursors[0]).toContain('/yilan/cursors/arrow-black.svg');
  expect(cursors[1]).toContain('/yilan/cursors/hand-black.svg');
  expect(cursors[2]).toContain('/yilan/cursors/text-black.svg');
});

test('guide lines cross at the pointer and let clicks through', async ({ browserPage: page }) => {
  await open(page, '/fixtures/clean.html');
  await setMode(page, { guides: true });
  const at = await page.evaluate(() => {
    const r = document.querySelector('a[href="#news"]')!.getBoundingClientRect();
    return { x: Math.round(r.x + r.width / 2), y: Math.round(r.y + r.height / 2) };
  });
  await page.mouse.move(at.x, at.y);
  const lines = () =>
    page.evaluate(() =>
      Array.from(
        document.querySelector('yilan-layer')!.shadowRoot!.querySelectorAll('.line'),
        l => {
          const r = l.getBoundingClientRect();
          return { x: Math.round(r.x + r.width / 2), y: Math.round(r.y + r.height / 2) };
        },
      ),
    );
  await page.waitForFunction(
    () => document.querySelector('yilan-layer')?.shadowRoot?.querySelectorAll('.line').length === 2,
  );
  const [h, v] = await lines();
  expect(Math.abs(h!.y - at.y)).toBeLessThanOrEqual(1);
  expect(Math.abs(v!.x - at.x)).toBeLessThanOrEqual(1);
  await page.mouse.click(at.x, at.y);
  await poll(() => page.evaluate(() => location.hash), '#news');
});

test('caption screen shows the hovered text in large type', async ({ browserPage: page }) => {
  await open(page, '/fixtures/basic.html');
  await setMode(page, { caption: true });
  const at = await page.evaluate(() => {
    const r = document.getElementById('para')!.getBoundingClientRect();
    return { x: Math.round(r.x + 20), y: Math.round(r.y + r.height / 2) };
  });
  await page.mouse.move(at.x, at.y);
  const bar = () =>
    page.evaluate(() => {
      const el = document
        .querySelector('yilan-layer')
        ?.shadowRoot?.querySelector('[data-yilan-caption-bar]');
      return el ? { text: el.textContent, font: parseFloat(getComputedStyle(el).fontSize) } : null;
    });
  await poll(async () => (await bar())?.text, '这是一段用于测试的正文文字，字号会随着放大而变大。');
  expect((await bar())!.font).toBeGreaterThanOrEqual(48);
});

test('elder mode: its preset, marked blocks hidden, 44 px targets; off undoes it', async ({
  browserPage: page,
}) => {
  await open(page, '/fixtures/basic.html');
  await setMode(page, { elder: true });
  const on = await page.evaluate(() => ({
    settings: window.Yilan!.get(),
    promo: document.querySelector('.promo')!.getBoundingClientRect().height,
    button: document.querySelector('.search button')!.getBoundingClientRect().height,
  }));
  expect(on.settings).toMatchObject({ elder: true, zoom: 150, cursor: 'black', caption: true });
  expect(on.promo).toBe(0);
  expect(on.button).toBeGreaterThanOrEqual(44);
  await setMode(page, { elder: false });
  expect(
    await page.evaluate(() => document.querySelector('.promo')!.getBoundingClientRect().height),
  ).toBeGreaterThan(0);
});

test('strong focus: a solid ring of at least 4 px on the element Tab reaches', async ({
  browserPage: page,
}) => {
  await open(page, '/fixtures/clean.html');
  await setMode(page, { focus: true });
  await page.keyboard.press('Tab');
  const ring = await page.evaluate(() => {
    const s = getComputedStyle(document.activeElement!);
    return {
      tag: document.activeElement!.localName,
      width: parseFloat(s.outlineWidth),
      style: s.outlineStyle,
    };
  });
  expect(ring.tag).toBe('a');
  expect(ring.width).toBeGreaterThanOrEqual(4);
  expect(ring.style).toBe('solid');
});
