import { test, expect, open, setMode } from '../helpers/test.js';
import { contrast } from '../helpers/contrast.js';
import { SCHEMES } from '../helpers/modes.js';

test('every colour scheme gives body text, links, fields and focus rings at least 7:1; images stay', async ({
  page,
}) => {
  await open(page, '/fixtures/clean.html');
  for (const scheme of SCHEMES) {
    await setMode(page, { scheme });
    await page.getByRole('link', { name: '首页' }).focus();
    const colours = await page.evaluate(() => {
      const read = (sel: string) => {
        const el = document.querySelector(sel)!;
        const s = getComputedStyle(el);
        return { fg: s.color, bg: s.backgroundColor, outline: s.outlineColor };
      };
      const img = document.querySelector('img');
      return {
        body: read('.lead'),
        link: read('nav a'),
        focus: read('nav a'),
        input: read('#q'),
        cell: read('td'),
        imgVisible: img
          ? getComputedStyle(img).visibility === 'visible' && getComputedStyle(img).opacity === '1'
          : true,
      };
    });
    expect(contrast(colours.body.fg, colours.body.bg), `${scheme} body`).toBeGreaterThanOrEqual(7);
    expect(contrast(colours.link.fg, colours.link.bg), `${scheme} link`).toBeGreaterThanOrEqual(7);
    expect(contrast(colours.input.fg, colours.input.bg), `${scheme} input`).toBeGreaterThanOrEqual(
      7,
    );
    expect(
      contrast(colours.cell.fg, colours.cell.bg),
      `${scheme} table cell`,
    ).toBeGreaterThanOrEqual(7);
    expect(
      contrast(colours.focus.outline, colours.link.bg),
      `${scheme} focus ring`,
    ).toBeGreaterThanOrEqual(7);
    expect(colours.imgVisible).toBe(true);
  }
});

test('colour schemes stay off under Windows high contrast (forced-colors)', async ({ page }) => {
  await page.emulateMedia({ forcedColors: 'active' });
  await open(page, '/fixtures/clean.html');
  const before = await page.evaluate(
    () => getComputedStyle(document.querySelector('.lead')!).color,
  );
  await setMode(page, { scheme: 'yellow-on-black' });
  expect(await page.evaluate(() => getComputedStyle(document.querySelector('.lead')!).color)).toBe(
    before,
  );
});

test('grayscale greys the page from one fixed layer, without a filter on html or body', async ({
  page,
}) => {
  await open(page, '/fixtures/clean.html');
  await setMode(page, { grayscale: true });
  const styles = await page.evaluate(() => ({
    layer: getComputedStyle(document.documentElement, '::after').backdropFilter,
    htmlFilter: getComputedStyle(document.documentElement).filter,
    bodyFilter: getComputedStyle(document.body).filter,
    pointer: getComputedStyle(document.documentElement, '::after').pointerEvents,
  }));
  expect(styles).toEqual({
    layer: 'grayscale(1)',
    htmlFilter: 'none',
    bodyFilter: 'none',
    pointer: 'none',
  });
  // The layer never catches clicks.
  await page.getByRole('link', { name: '要闻动态' }).first().click();
  await expect(page).toHaveURL(/#news$/);
});

test('large cursor: 64 px arrow, hand and text cursors from the script folder, in black and white', async ({
  page,
}) => {
  const loaded: string[] = [];
  page.on('response', r => {
    if (r.url().includes('/cursors/')) loaded.push(`${r.status()} ${new URL(r.url()).pathname}`);
  });
  await open(page, '/fixtures/clean.html');
  for (const colour of ['black', 'white'] as const) {
    await setMode(page, { cursor: colour });
    const cursors = await page.evaluate(() => ({
      text: getComputedStyle(document.querySelector('.lead')!).cursor,
      link: getComputedStyle(document.querySelector('nav a')!).cursor,
      field: getComputedStyle(document.querySelector('#q')!).cursor,
    }));
    expect(cursors.text).toContain(`/yilan/cursors/arrow-${colour}.svg`);
    expect(cursors.link).toContain(`/yilan/cursors/hand-${colour}.svg`);
    expect(cursors.field).toContain(`/yilan/cursors/text-${colour}.svg`);
    await page.mouse.move(200, 300);
    await page.mouse.move(220, 320);
    const svg = await page.request.get(`/yilan/cursors/arrow-${colour}.svg`);
    expect(await svg.text()).toContain('width="64" height="64"');
  }
});

test('guide lines follow the pointer and never catch clicks', async ({ page }) => {
  await open(page, '/fixtures/clean.html');
  await setMode(page, { guides: true });
  const link = page.getByRole('link', { name: '要闻动态' }).first();
  const box = (await link.boundingBox())!;
  const x = Math.round(box.x + box.width / 2);
  const y = Math.round(box.y + box.height / 2);
  await page.mouse.move(x, y);
  await page.waitForTimeout(100);
  const lines = await page.evaluate(() => {
    const root = document.querySelector('yilan-layer')!.shadowRoot!;
    return Array.from(root.querySelectorAll('.line'), l => {
      const r = l.getBoundingClientRect();
      return { x: r.x + r.width / 2, y: r.y + r.height / 2, w: r.width, h: r.height };
    });
  });
  expect(lines).toHaveLength(2);
  const [h, v] = lines;
  expect(Math.abs(h!.y - y)).toBeLessThanOrEqual(1);
  expect(h!.w).toBeGreaterThanOrEqual(1280);
  expect(Math.abs(v!.x - x)).toBeLessThanOrEqual(1);
  await page.mouse.click(x, y);
  await expect(page).toHaveURL(/#news$/);
  await setMode(page, { guides: false });
  // Nothing left drawn, and Yilan's drawing layer itself gone from the page.
  await expect(page.locator('yilan-layer')).toHaveCount(0);
});

test('caption screen shows hovered and focused text in large type, never a password', async ({
  page,
}) => {
  await open(page, '/fixtures/basic.html');
  await setMode(page, { caption: true });
  const caption = () =>
    page.evaluate(
      () =>
        document.querySelector('yilan-layer')?.shadowRoot?.querySelector('[data-yilan-caption-bar]')
          ?.textContent ?? null,
    );
  await page.locator('#para').hover();
  await expect.poll(caption).toBe('这是一段用于测试的正文文字，字号会随着放大而变大。');
  await page.getByRole('searchbox', { name: '站内搜索' }).focus();
  await expect.poll(caption).toBe('站内搜索');
  await page.locator('#pw').focus();
  await expect.poll(caption).toBe('密码');
  await page.locator('#pw').hover();
  await page.waitForTimeout(300);
  expect(await caption()).not.toContain('secret');
  await page.locator('img').hover();
  await expect.poll(caption).toBe('示例市徽标');
  const size = await page.evaluate(() => {
    const bar = document
      .querySelector('yilan-layer')!
      .shadowRoot!.querySelector('[data-yilan-caption-bar]')!;
    return {
      font: parseFloat(getComputedStyle(bar).fontSize),
      aria: bar.getAttribute('aria-hidden'),
    };
  });
  expect(size.font).toBeGreaterThanOrEqual(48);
  expect(size.aria).toBe('true');
  // The page keeps room at the bottom so the bar covers nothing: scrolled to the end, the last
  // element of the page ends above the bar.
  const ends = await page.evaluate(async () => {
    window.scrollTo(0, document.documentElement.scrollHeight);
    await new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)));
    const bar = document
      .querySelector('yilan-layer')!
      .shadowRoot!.querySelector('[data-yilan-caption-bar]')!;
    const last = Array.from(document.body.children).filter(
      el => !/^YILAN-/.test(el.tagName) && el.getClientRects().length,
    );
    return {
      last: last[last.length - 1]!.getBoundingClientRect().bottom,
      bar: bar.getBoundingClientRect().top,
    };
  });
  expect(ends.last).toBeLessThanOrEqual(ends.bar + 1);
});

test('strong focus: a ring of at least 4 px around the focused element', async ({ page }) => {
  await open(page, '/fixtures/clean.html');
  await setMode(page, { focus: true });
  await page.keyboard.press('Tab');
  const ring = await page.evaluate(() => {
    const s = getComputedStyle(document.activeElement!);
    return { width: parseFloat(s.outlineWidth), style: s.outlineStyle, shadow: s.boxShadow };
  });
  expect(ring.width).toBeGreaterThanOrEqual(4);
  expect(ring.style).toBe('solid');
  expect(ring.shadow).toContain('255, 212, 0');
});

test('elder mode applies its preset, hides marked blocks, and undoes only what it set', async ({
  page,
}) => {
  await open(page, '/fixtures/basic.html');
  await expect(page.locator('.promo')).toBeVisible();
  await setMode(page, { elder: true });
  expect(await page.evaluate(() => window.Yilan!.get())).toMatchObject({
    elder: true,
    zoom: 150,
    cursor: 'black',
    caption: true,
    focus: true,
  });
  await expect(page.locator('.promo')).toBeHidden();
  const button = await page.evaluate(
    () => document.querySelector('.search button')!.getBoundingClientRect().height,
  );
  expect(button).toBeGreaterThanOrEqual(44);
  // The user changes zoom while in elder mode: that choice survives turning elder mode off.
  await setMode(page, { zoom: 200 });
  await setMode(page, { elder: false });
  expect(await page.evaluate(() => window.Yilan!.get())).toMatchObject({
    elder: false,
    zoom: 200,
    cursor: 'off',
    caption: false,
    focus: false,
  });
  await expect(page.locator('.promo')).toBeVisible();
});

test('with the toolbar open at the bottom, the caption screen moves to the top; nothing overlaps', async ({
  page,
}) => {
  await open(page, '/fixtures/bottom.html');
  await setMode(page, { open: true, caption: true });
  // The bar (and its room) appear with its first text.
  await page.locator('#para').hover();
  await expect(page.locator('yilan-layer [data-yilan-caption-bar]')).toHaveText(/正文文字/);
  const boxes = await page.evaluate(() => {
    const bar = document
      .querySelector('yilan-layer')!
      .shadowRoot!.querySelector('[data-yilan-caption-bar]')!;
    const toolbar = document.querySelector('yilan-toolbar')!.shadowRoot!.querySelector('section')!;
    const a = bar.getBoundingClientRect();
    const b = toolbar.getBoundingClientRect();
    const style = getComputedStyle(document.documentElement);
    return {
      captionBottom: a.bottom,
      toolbarTop: b.top,
      padTop: parseFloat(style.paddingTop),
      padBottom: parseFloat(style.paddingBottom),
    };
  });
  expect(boxes.captionBottom).toBeLessThanOrEqual(boxes.toolbarTop);
  expect(boxes.padTop).toBeGreaterThan(100);
  expect(boxes.padBottom).toBeGreaterThan(40);
  await setMode(page, { open: false });
  const top = await page.evaluate(
    () =>
      document
        .querySelector('yilan-layer')!
        .shadowRoot!.querySelector('[data-yilan-caption-bar]')!
        .getBoundingClientRect().top,
  );
  expect(top).toBeGreaterThan(500);
});
