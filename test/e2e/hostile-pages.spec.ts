import type { Page } from '@playwright/test';
import { test, expect, open, setMode } from '../helpers/test.js';

// The robustness suite: on pages that are hostile the way real sites are, Yilan's toolbar stays
// operable, every mode applies visibly, reset gives the page back exactly, and Yilan logs no
// error (the log fixture fails any test with a console error or a request off the test server).

/** A generated page of about 50,000 elements, the size of a long portal listing. */
function bigPage(): string {
  const section = (i: number) =>
    `<section aria-labelledby="h${i}"><h2 id="h${i}">第 ${i + 1} 部分</h2><p>市民可以通过网上大厅办理<a href="#h${i}">便民服务</a>事项。</p>` +
    `<table><caption>办理时间 ${i}</caption><tr><th>事项</th><th>时间</th></tr>${'<tr><td>事项</td><td>工作日</td></tr>'.repeat(12)}</table>` +
    `<ul>${'<li><a href="#main">相关链接</a></li>'.repeat(10)}</ul></section>`;
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>大页面</title>
<link rel="icon" href="/favicon.svg"><link rel="stylesheet" href="/fixtures/clean.css"><script src="/yilan/yilan.js" defer></script></head>
<body><main id="main" class="wrap"><h1>大页面</h1>${Array.from({ length: 720 }, (_, i) => section(i)).join('')}</main></body></html>`;
}

/** Everything of the page Yilan may touch, serialised so reset can be compared exactly. */
function pageState(page: Page) {
  return page.evaluate(() => {
    const body = document.body.cloneNode(true) as HTMLElement;
    // Yilan's toolbar is part of the page from the start; its drawing layer must be gone after reset.
    body.querySelectorAll('yilan-toolbar').forEach(el => el.remove());
    return {
      root: Array.from(document.documentElement.attributes, a => `${a.name}=${a.value}`).sort(),
      bodyAttributes: Array.from(document.body.attributes, a => `${a.name}=${a.value}`).sort(),
      body: body.outerHTML,
      sheets: document.adoptedStyleSheets.length,
      title: document.title,
    };
  });
}

/** A text run of the page: its colour, cursor and rendered width (which grows with zoom). */
function sample(page: Page) {
  return page.evaluate(() => {
    // The first run of two or more characters in the main content (or the body), outside Yilan.
    const scope = document.querySelector('main') ?? document.body;
    const walker = document.createTreeWalker(scope, NodeFilter.SHOW_TEXT, {
      acceptNode: n =>
        /\S\S/.test(n.textContent!) &&
        !n.parentElement!.closest('script, style, yilan-toolbar, yilan-layer')
          ? NodeFilter.FILTER_ACCEPT
          : NodeFilter.FILTER_SKIP,
    });
    const text = walker.nextNode()!;
    const start = text.textContent!.search(/\S\S/);
    const range = document.createRange();
    range.setStart(text, start);
    range.setEnd(text, start + 2);
    const style = getComputedStyle(text.parentElement!);
    return {
      color: style.color,
      cursor: style.cursor,
      width: range.getBoundingClientRect().width,
      gray: getComputedStyle(document.documentElement, '::after').backdropFilter,
      caption: !!document
        .querySelector('yilan-layer')
        ?.shadowRoot?.querySelector('[data-yilan-caption-bar]'),
    };
  });
}

/** The entry button is on screen and nothing of the page covers its centre. */
async function entryReachable(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const host = document.querySelector('yilan-toolbar');
    const entry = host?.shadowRoot?.querySelector('button.entry');
    if (!host || !entry) return false;
    const box = entry.getBoundingClientRect();
    const x = box.left + box.width / 2;
    const y = box.top + box.height / 2;
    if (box.width === 0 || y < 0 || y > innerHeight || x < 0 || x > innerWidth) return false;
    return document.elementFromPoint(x, y) === host;
  });
}

/** `slow`: the 50,000-element page, where each style change costs about a second on CI's one worker. */
async function battery(page: Page, path: string, slow = false): Promise<void> {
  const wait = { timeout: slow ? 20_000 : 5_000 };
  await open(page, path);
  await page.waitForLoadState('load');
  const before = await pageState(page);
  const plain = await sample(page);

  // The toolbar: reachable at the top and after scrolling to the end, opened and used by keyboard.
  expect(await entryReachable(page), 'entry button on screen and not covered').toBe(true);
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await expect.poll(() => entryReachable(page), { message: 'entry after scrolling' }).toBe(true);
  await page.evaluate(() => window.scrollTo(0, 0));
  // Focused for real (a focus() on a button not there yet would fail silently), then Enter.
  const entry = page.locator('yilan-toolbar button.entry');
  await entry.focus();
  await expect(entry).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('toolbar')).toBeVisible(wait);
  await page.keyboard.press('Space');
  await expect(page.locator('html')).toHaveAttribute('data-yilan-elder', 'true', wait);
  await page.keyboard.press('Space');
  await expect(page.locator('html')).not.toHaveAttribute('data-yilan-elder', /.*/, wait);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('toolbar')).toBeHidden(wait);

  // Each mode, on its own, changes what the reader sees.
  await setMode(page, { scheme: 'yellow-on-black' });
  expect((await sample(page)).color).toBe('rgb(255, 255, 0)');
  await setMode(page, { scheme: 'default', zoom: 200 });
  const zoomed = (await sample(page)).width / plain.width;
  expect(zoomed, 'text at 200 %').toBeGreaterThan(1.8);
  expect(zoomed).toBeLessThan(2.2);
  await setMode(page, { zoom: 100, cursor: 'black' });
  expect((await sample(page)).cursor).toContain('url(');
  await setMode(page, { cursor: 'off', grayscale: true });
  expect((await sample(page)).gray).toContain('grayscale');
  await setMode(page, { grayscale: false, caption: true });
  expect((await sample(page)).caption).toBe(true);
  await setMode(page, { elder: true, guides: true, focus: true, open: true });
  await expect(page.locator('html')).toHaveAttribute('data-yilan-elder', 'true');

  // Reset gives the page back exactly as it was.
  await page.evaluate(async () => {
    window.Yilan!.reset();
    await window.Yilan!.ready();
  });
  expect(await pageState(page)).toEqual(before);
  expect((await sample(page)).color).toBe(plain.color);
}

const PAGES: [string, string][] = [
  ['global CSS with !important on everything and a fixed header', '/fixtures/hostile.html'],
  ['transform, zoom and filter on <body>', '/fixtures/hostile/transformed.html'],
  ['a strict CSP with Trusted Types enforced', '/fixtures/basic.html?csp=strict'],
  ['a right-to-left page', '/fixtures/rtl.html'],
  ['a page with no lang', '/fixtures/no-lang.html'],
  ['a frameset-era table layout', '/fixtures/regions/table-layout.html'],
  ['open shadow roots and a same-origin iframe', '/fixtures/regions/shadow-iframe.html'],
  ["access keys on Yilan's own chords", '/fixtures/regions/accesskey.html'],
  ['a single-page app', '/fixtures/hostile/spa.html'],
  ['a 50,000-element page', '/fixtures/generated/big.html'],
];

for (const [name, path] of PAGES) {
  test(`${name}: toolbar operable, modes apply, reset restores the page exactly`, async ({
    page,
  }) => {
    if (path.includes('generated')) {
      test.setTimeout(90_000);
      const html = bigPage();
      await page.route('**/fixtures/generated/big.html', route =>
        route.fulfill({ contentType: 'text/html; charset=utf-8', body: html }),
      );
    }
    await battery(page, path, path.includes('generated'));
  });
}

test('a single-page app: modes survive route changes and a re-rendered <body>; its own routing still works', async ({
  page,
}) => {
  await open(page, '/fixtures/hostile/spa.html');
  await setMode(page, { scheme: 'yellow-on-black', zoom: 150 });
  await page.getByRole('link', { name: '新闻' }).click();
  await expect(page).toHaveURL(/route=news/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('新闻');
  expect((await sample(page)).color).toBe('rgb(255, 255, 0)');

  // The app replaces all of <body>, Yilan's toolbar with it: Yilan puts itself back.
  await page.getByRole('link', { name: '关于' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('关于');
  await expect.poll(() => entryReachable(page)).toBe(true);
  await expect(page.locator('html')).toHaveAttribute('data-yilan-zoom', '150');
  await page.keyboard.press('Alt+Shift+KeyN');
  await expect
    .poll(() => page.evaluate(() => document.activeElement?.closest('#app')?.id ?? null))
    .toBe('app');

  // The app's own behaviour is untouched: its buttons, the back button, its title.
  await page.locator('#counter').click();
  await expect(page.locator('#counter')).toHaveText('点击 1');
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('新闻');
  await expect(page).toHaveTitle('新闻 - 单页应用');
  expect(
    await page.evaluate(() => (window as unknown as { __spa: { renders: number } }).__spa.renders),
  ).toBe(4);
  expect((await sample(page)).color).toBe('rgb(255, 255, 0)');
});
