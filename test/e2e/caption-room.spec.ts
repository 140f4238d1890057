import { test, expect, open, setMode } from '../helpers/test.js';
import type { Page } from '@playwright/test';

/** A real government article page whose footer (主办, ICP 备案, 网站标识码) is its last element. */
const PAGE = '/fixtures/zoom/real/wanzai-gov/index.html';

async function state(page: Page) {
  return page.evaluate(() => {
    const bar = document
      .querySelector('yilan-layer')!
      .shadowRoot!.querySelector('[data-yilan-caption-bar]')!;
    const box = bar.getBoundingClientRect();
    return {
      barHeight: box.height,
      barTop: box.top,
      padBottom: parseFloat(getComputedStyle(document.documentElement).paddingBottom),
    };
  });
}

/** Scroll as far down as the page goes and report where the footer ends on screen. */
async function footerAtBottom(page: Page): Promise<number> {
  return page.evaluate(async () => {
    window.scrollTo(0, document.documentElement.scrollHeight);
    await new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)));
    return document.querySelector('.footer')!.getBoundingClientRect().bottom;
  });
}

for (const [width, height] of [
  [360, 640],
  [1280, 800],
] as const) {
  test(`elder mode at ${width}×${height}: the caption bar takes no room while empty, and the footer scrolls fully above it`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height });
    await open(page, PAGE);
    await setMode(page, { elder: true });
    // Nothing shown yet: no bar drawn, no room reserved, the footer reaches the window's bottom.
    expect(await state(page)).toMatchObject({ barHeight: 0, padBottom: 0 });
    expect(await footerAtBottom(page)).toBeGreaterThan(height - 2);

    // The reader points at something: the bar appears, and the page makes room for it.
    await page.locator('.footer_copyright a').first().focus();
    await expect(page.locator('yilan-layer [data-yilan-caption-bar]')).toHaveText(/ICP/);
    const shown = await state(page);
    expect(shown.barHeight).toBeGreaterThan(60);
    expect(await footerAtBottom(page)).toBeLessThanOrEqual(shown.barTop + 1);

    // Off: the room goes with the bar.
    await setMode(page, { elder: false });
    expect(
      await page.evaluate(() =>
        parseFloat(getComputedStyle(document.documentElement).paddingBottom),
      ),
    ).toBe(0);
  });
}
