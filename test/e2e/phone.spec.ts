import type { Page } from '@playwright/test';
import { test, expect, open, setMode, control } from '../helpers/test.js';
import { SCHEMES, mode } from '../helpers/modes.js';
import type { Mode } from '../helpers/modes.js';
import { inside, screenBox, yilanBoxes } from '../helpers/phone.js';
import { REAL_PAGES } from '../helpers/real-pages.js';

// Issue 14: on a phone the open toolbar is a sheet that fits the screen in every mode, scrolls
// inside itself and keeps Reset and Close in view; Yilan's own UI never leaves the screen.

const PHONE = { viewport: { width: 360, height: 640 }, hasTouch: true, isMobile: true };

const MODES: readonly Mode[] = [
  { name: 'default', settings: {} },
  ...['elder', 'zoom-200', 'elder+zoom-200'].map(name => mode(name)),
  ...SCHEMES.map(scheme => ({ name: scheme, settings: { scheme } })),
];

/** Every button of the open panel (option lists included once opened), as stable indexes. */
async function panelButtons(page: Page): Promise<string[]> {
  return page
    .getByRole('toolbar')
    .getByRole('button')
    .evaluateAll(els => els.map(e => e.getAttribute('aria-label') || (e.textContent ?? '').trim()));
}

/**
 * For every button of the open panel, in order: scrolled into view inside the sheet, its box on
 * screen and whether a finger at its centre lands on it (through the shadow roots), not on the
 * footer, the page or anything else.
 */
function revealAll(page: Page) {
  return page
    .getByRole('toolbar')
    .getByRole('button')
    .evaluateAll(els =>
      els.map(el => {
        el.scrollIntoView({ block: 'nearest' });
        const r = el.getBoundingClientRect();
        const x = (r.left + r.right) / 2;
        const y = (r.top + r.bottom) / 2;
        let hit: Element | null = document.elementFromPoint(x, y);
        while (hit?.shadowRoot) {
          const deeper: Element | null = hit.shadowRoot.elementFromPoint(x, y);
          if (!deeper || deeper === hit) break;
          hit = deeper;
        }
        return {
          name: el.getAttribute('aria-label') || (el.textContent ?? '').trim(),
          box: { left: r.left, top: r.top, right: r.right, bottom: r.bottom },
          hitsItself: !!hit && (hit === el || el.contains(hit)),
        };
      }),
    );
}

test.describe('a 360 × 640 touch phone', () => {
  test.use(PHONE);

  for (const mode of MODES)
    test(`${mode.name}: every control of the sheet can be reached and operated by tap and keyboard`, async ({
      page,
    }) => {
      await open(page, '/fixtures/basic.html');
      await setMode(page, mode.settings);
      await control(page, '无障碍').tap();
      await expect(page.getByRole('toolbar')).toBeVisible();
      await page.waitForTimeout(100);
      const screen = await screenBox(page);

      // Close and Reset on screen without any scrolling; the sheet itself fits the screen.
      for (const name of ['关闭', '重置']) {
        const box = (await control(page, name).boundingBox())!;
        expect(
          inside(
            { left: box.x, top: box.y, right: box.x + box.width, bottom: box.y + box.height },
            screen,
          ),
          name,
        ).toBe(true);
      }
      const sheet = (await page.getByRole('region', { name: '无障碍工具条' }).boundingBox())!;
      expect(sheet.y + sheet.height).toBeLessThanOrEqual(screen.bottom + 0.5);
      // …and leaves the page in view below it (at most 70 % of the screen).
      expect(sheet.height).toBeLessThanOrEqual(0.7 * (screen.bottom - screen.top) + 0.5);

      // Every control, the choice lists' options too: scrolled into view inside the sheet, it is on
      // screen, nothing covers it (the footer, the page), and a tap there would land on it.
      const chevrons = page.getByRole('toolbar').locator('button[aria-expanded]');
      for (let i = 0; i < (await chevrons.count()); i++) await chevrons.nth(i).tap();
      const names = await panelButtons(page);
      expect(names.length).toBeGreaterThan(20);
      const seen = await revealAll(page);
      expect(seen.map(c => c.name)).toEqual(names);
      for (const c of seen) {
        expect(inside(c.box, screen), `${c.name} on screen`).toBe(true);
        expect(c.hitsItself, `${c.name} not covered`).toBe(true);
      }
      // Close and Reset stay on screen with the sheet scrolled to its end.
      for (const name of ['关闭', '重置']) {
        const box = (await control(page, name).boundingBox())!;
        expect(
          inside(
            { left: box.x, top: box.y, right: box.x + box.width, bottom: box.y + box.height },
            screen,
          ),
          name,
        ).toBe(true);
      }

      // A real tap works deep in the sheet (灰度 is in the second group).
      await control(page, '灰度').tap();
      await expect(control(page, '灰度')).toHaveAttribute('aria-pressed', 'true');

      // Keyboard: Home, then ArrowRight through every control; each gets focus and is on screen.
      await control(page, '灰度').focus();
      await page.keyboard.press('Home');
      for (let i = 0; i < names.length; i++) {
        const focused = await page.evaluate(() => {
          let el: Element | null = document.activeElement;
          while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
          const r = el!.getBoundingClientRect();
          return {
            name: el!.getAttribute('aria-label') || (el!.textContent ?? '').trim(),
            box: { left: r.left, top: r.top, right: r.right, bottom: r.bottom },
          };
        });
        expect(focused.name).toBe(names[i]);
        expect(inside(focused.box, screen), `${names[i]} focused on screen`).toBe(true);
        await page.keyboard.press('ArrowRight');
      }
      // Enter operates the focused control; Escape closes and returns focus to the entry button.
      await control(page, '灰度').focus();
      await page.keyboard.press('Enter');
      await expect(control(page, '灰度')).toHaveAttribute('aria-pressed', 'false');
      await page.keyboard.press('Escape');
      await page.keyboard.press('Escape');
      await expect(page.getByRole('toolbar')).toBeHidden();
      await expect(control(page, '无障碍')).toBeFocused();
    });

  test('the sheet scrolls inside itself: the page behind it does not move', async ({ page }) => {
    await open(page, '/fixtures/basic.html');
    await setMode(page, { elder: true, open: true });
    const groups = page.getByRole('toolbar').locator('.groups');
    const scrolls = await groups.evaluate(el => el.scrollHeight > el.clientHeight);
    expect(scrolls).toBe(true);
    expect(await groups.evaluate(el => getComputedStyle(el).overscrollBehaviorY)).toBe('contain');
    const before = await page.evaluate(() => scrollY);
    const box = (await groups.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(0, 2000);
    await page.waitForTimeout(200);
    expect(await groups.evaluate(el => el.scrollTop)).toBeGreaterThan(0);
    expect(await page.evaluate(() => scrollY)).toBe(before);
  });
});

// Yilan's entry button and caption bar stay on screen, at a usable size, whatever the page does.
const PAGES = [
  '/fixtures/basic.html',
  '/fixtures/zoom/table-layout.html',
  // Every page of the real-page corpus.
  ...REAL_PAGES.map(real => real.path),
];
const SETTINGS = ['elder', 'zoom-200', 'elder+zoom-200'].map(name => mode(name).settings);
for (const size of [
  { name: 'phone', use: PHONE },
  { name: 'desktop', use: { viewport: { width: 1280, height: 800 } } },
])
  test.describe(`on a ${size.name}`, () => {
    test.use(size.use);
    for (const path of PAGES)
      test(`entry button and caption bar stay on screen: ${path}`, async ({ page }) => {
        await open(page, path);
        for (const settings of SETTINGS) {
          await setMode(page, { elder: false, zoom: 100, caption: true, ...settings });
          await page.waitForTimeout(150);
          const screen = await screenBox(page);
          const scale = await page.evaluate(() => visualViewport!.scale);
          const { entry, caption } = await yilanBoxes(page);
          const label = JSON.stringify(settings);
          expect(inside(entry, screen), `entry ${label}`).toBe(true);
          expect(caption && inside(caption, screen), `caption ${label}`).toBe(true);
          // At least 44 × 44 px on the screen itself, even on a page the phone shows zoomed out.
          // (24 px wide when docked as a slim tab because every corner holds a page control.)
          const tab = await page.evaluate(
            () => !!document.querySelector('yilan-toolbar')!.shadowRoot!.querySelector('.tab'),
          );
          const min = tab ? 24 : 43.5;
          expect((entry.right - entry.left) * scale, `entry width ${label}`).toBeGreaterThanOrEqual(
            min,
          );
          expect(
            (entry.bottom - entry.top) * scale,
            `entry height ${label}`,
          ).toBeGreaterThanOrEqual(43.5);
        }
      });
  });

test.describe('1280 × 800', () => {
  test('elder mode: the open bar fits the window, with Close and Reset in view', async ({
    page,
  }) => {
    await open(page, '/fixtures/basic.html');
    await setMode(page, { elder: true, open: true });
    const bar = (await page.getByRole('region', { name: '无障碍工具条' }).boundingBox())!;
    expect(bar.y + bar.height).toBeLessThanOrEqual(800);
    for (const name of ['关闭', '重置', '长辈版'])
      await expect(control(page, name)).toBeInViewport();
  });
});
