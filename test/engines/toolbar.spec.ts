import { test, expect, open, focused, poll } from './fixtures.js';

const ENTRY = 'button 无障碍';

test('keyboard model: Tab to the entry button, Enter opens, arrows Home End move, Escape returns', async ({
  browserPage: page,
}) => {
  await open(page, '/fixtures/basic.html');
  // The page's own skip link stays the first stop; Yilan's entry button is the second.
  await page.keyboard.press('Tab');
  expect(await focused(page)).toBe('a 跳到正文');
  await page.keyboard.press('Tab');
  expect(await focused(page)).toBe(ENTRY);
  const expanded = () =>
    page.evaluate(() => {
      let el: Element | null = document.activeElement;
      while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
      return el?.getAttribute('aria-expanded') ?? null;
    });
  expect(await expanded()).toBe('false');

  await page.keyboard.press('Enter');
  await poll(() => focused(page), 'button 长辈版');
  const toolbarVisible = () =>
    page.evaluate(() => {
      // The toolbar lives in a shadow root inside a shadow root: search every open one.
      const find = (root: Document | ShadowRoot): Element | null =>
        root.querySelector('[role=toolbar]') ??
        Array.from(root.querySelectorAll('*'))
          .map(el => (el.shadowRoot ? find(el.shadowRoot) : null))
          .find(Boolean) ??
        null;
      const bar = find(document);
      return !!bar && bar.getBoundingClientRect().height > 0;
    });
  expect(await toolbarVisible()).toBe(true);

  // One tab stop; arrows walk every control and wrap.
  const seen: string[] = [];
  for (let i = 0; i < 40; i++) {
    const name = await focused(page);
    if (seen.includes(name)) break;
    seen.push(name);
    await page.keyboard.press('ArrowRight');
  }
  expect(seen.length).toBeGreaterThanOrEqual(20);
  expect(seen).toContain('button 简繁');
  await page.keyboard.press('End');
  expect(await focused(page)).toBe('button 关闭');
  await page.keyboard.press('Home');
  expect(await focused(page)).toBe('button 长辈版');
  await page.keyboard.press('ArrowLeft');
  expect(await focused(page)).toBe('button 关闭');

  // Space toggles: the page gets the root attribute.
  await page.keyboard.press('Home');
  await page.keyboard.press('Space');
  await page.waitForFunction(() => document.documentElement.dataset.yilanElder === 'true');

  await page.keyboard.press('Escape');
  await poll(() => focused(page), ENTRY);
  expect(await expanded()).toBe('false');
  expect(await toolbarVisible()).toBe(false);
  expect(await page.evaluate(() => document.documentElement.dataset.yilanElder)).toBe('true');
});
