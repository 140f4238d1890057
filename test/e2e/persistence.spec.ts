import { test, expect, open, setMode } from '../helpers/test.js';

test('settings persist across reloads and pages of the site, under one namespaced key', async ({
  page,
}) => {
  await open(page, '/fixtures/basic.html');
  await setMode(page, { scheme: 'black-on-yellow', zoom: 175, cursor: 'white', open: true });
  await page.reload();
  await page.waitForFunction(() => !!window.Yilan);
  await expect(page.locator('html')).toHaveAttribute('data-yilan-scheme', 'black-on-yellow');
  await expect(page.locator('html')).toHaveAttribute('data-yilan-zoom', '175');
  await expect(page.getByRole('toolbar')).toBeVisible();
  await open(page, '/fixtures/en.html');
  await expect(page.locator('html')).toHaveAttribute('data-yilan-cursor', 'white');
  const keys = await page.evaluate(() => Object.keys(localStorage));
  expect(keys).toEqual(['yilan']);
  expect(await page.context().cookies()).toEqual([]);
});

test('a change in one tab reaches the other tabs of the site', async ({ page, context }) => {
  await open(page, '/fixtures/basic.html');
  const other = await context.newPage();
  await open(other, '/fixtures/basic.html');
  await setMode(page, { scheme: 'white-on-black' });
  await expect(other.locator('html')).toHaveAttribute('data-yilan-scheme', 'white-on-black');
  const events = await other.evaluate(() => window.Yilan!.get().scheme);
  expect(events).toBe('white-on-black');
});

const CORRUPT = [
  ['not JSON', '{"v":1,"settings":{"zoom":'],
  ['wrong shape', '[1,2,3]'],
  [
    'hostile values',
    '{"v":1,"settings":{"zoom":9999,"scheme":"<img src=x onerror=alert(1)>","__proto__":{"polluted":true},"elder":"yes please"}}',
  ],
  ['null', 'null'],
] as const;

for (const [name, stored] of CORRUPT) {
  test(`corrupted stored settings (${name}) give a warning and defaults, never an exception`, async ({
    page,
    log,
  }) => {
    await page.addInitScript(text => localStorage.setItem('yilan', text), stored);
    await open(page, '/fixtures/basic.html');
    expect(await page.evaluate(() => window.Yilan!.get())).toMatchObject({
      zoom: 100,
      scheme: 'default',
      elder: false,
    });
    expect(log.warnings.some(w => w.includes('[yilan] corrupt-storage'))).toBe(true);
    expect(await page.evaluate(() => 'polluted' in {})).toBe(false);
    await setMode(page, { zoom: 150 });
    await expect(page.locator('html')).toHaveAttribute('data-yilan-zoom', '150');
  });
}

test('a localStorage that throws: one warning, everything still works for this page', async ({
  page,
  log,
}) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('denied', 'SecurityError');
      },
    });
  });
  await open(page, '/fixtures/basic.html');
  await setMode(page, { elder: true, open: true });
  await expect(page.locator('html')).toHaveAttribute('data-yilan-elder', 'true');
  await expect(page.getByRole('toolbar')).toBeVisible();
  expect(log.warnings.filter(w => w.includes('storage-unavailable'))).toHaveLength(1);
});

test('a full localStorage (quota exceeded on write) keeps the toolbar working', async ({
  page,
  log,
}) => {
  await page.addInitScript(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
  });
  await open(page, '/fixtures/basic.html');
  await setMode(page, { zoom: 200 });
  await expect(page.locator('html')).toHaveAttribute('data-yilan-zoom', '200');
  expect(log.warnings.some(w => w.includes('storage-unavailable'))).toBe(true);
});

test('reset restores <html> exactly and forgets the stored settings', async ({ page }) => {
  await open(page, '/fixtures/basic.html');
  const before = await page.evaluate(() => ({
    attrs: Array.from(document.documentElement.attributes, a => `${a.name}=${a.value}`),
    sheets: document.adoptedStyleSheets.length,
    style: getComputedStyle(document.documentElement).fontSize,
    bodyFont: getComputedStyle(document.getElementById('para')!).fontSize,
  }));
  await setMode(page, {
    elder: true,
    scheme: 'yellow-on-black',
    grayscale: true,
    zoom: 200,
    cursor: 'white',
    guides: true,
    caption: true,
    focus: true,
    open: true,
  });
  await page.evaluate(async () => {
    window.Yilan!.reset();
    await window.Yilan!.ready();
  });
  const after = await page.evaluate(() => ({
    attrs: Array.from(document.documentElement.attributes, a => `${a.name}=${a.value}`),
    sheets: document.adoptedStyleSheets.length,
    style: getComputedStyle(document.documentElement).fontSize,
    bodyFont: getComputedStyle(document.getElementById('para')!).fontSize,
  }));
  expect(after).toEqual(before);
  expect(await page.evaluate(() => localStorage.getItem('yilan'))).toBeNull();
});

test('yilan:change fires on document for every change, with the changed keys', async ({ page }) => {
  await open(page, '/fixtures/basic.html');
  const changes = await page.evaluate(async () => {
    const seen: string[][] = [];
    document.addEventListener('yilan:change', e => seen.push([...e.detail.changed]));
    const off = window.Yilan!.on('change', () => seen.push(['via on()']));
    window.Yilan!.set({ zoom: 150 });
    window.Yilan!.set({ zoom: 150 });
    off();
    window.Yilan!.set({ elder: true });
    return seen;
  });
  expect(changes[0]).toEqual(['zoom']);
  expect(changes[1]).toEqual(['via on()']);
  expect(changes).toHaveLength(3);
  expect(changes[2]).toEqual(expect.arrayContaining(['elder', 'cursor', 'caption', 'focus']));
});
