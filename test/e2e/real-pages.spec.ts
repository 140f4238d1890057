import type { Page } from '@playwright/test';
import { test, expect, open, setMode, axe, control } from '../helpers/test.js';
import { MODES, mode } from '../helpers/modes.js';
import {
  REAL_PAGES,
  ENTRY_NAME,
  violationKeys,
  isPinyinCopy,
  countClipped,
  horizontalOverflow,
  focusInside,
  controlsUnder,
} from '../helpers/real-pages.js';

// Yilan dropped by its one script tag into real public pages nobody here wrote
// (test/fixtures/real/, each with its SOURCE.md), on a desktop window and a phone.
// Real pages have violations of their own: only the ones Yilan adds fail.

/** At the phone size every mode on every page takes too long for CI's 2 cores: these represent
 * each kind of page effect (layout, colour, text size, inserted text, overlays, the open panel). */
const PHONE_MODES = new Set([
  'default',
  'elder',
  'scheme-white-on-black',
  'zoom-200',
  'pinyin',
  'readingView',
  'elder+scheme-yellow-on-blue+zoom-200',
  'toolbar-open',
]);
const ALL_MODES = [...MODES, mode('toolbar-open')];

const VIEWPORTS = [
  { name: 'desktop', use: { viewport: { width: 1280, height: 800 } } },
  {
    name: 'phone',
    use: { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true },
  },
] as const;

/**
 * Cases that fail today, each naming Yilan's defect (issue 14). A fix flips them: Playwright then
 * reports "expected to fail" and the entry here must go. Key: "page viewport mode".
 */
const KNOWN: Record<string, string> = {};

/**
 * Sideways scroll on the phone at 200 % that Yilan does not remove, in px, with the reason. Both
 * pages have no viewport meta (the phone lays them out 980 px wide): W3C's demo wrapper places a
 * 33em-wide submenu absolutely at 194 px, and an absolutely placed box is never capped (a parked
 * skip link or a dropdown must keep its width). A change that removes it fails here: lower the figure.
 */
const PHONE_OVERFLOW: Record<string, number> = { 'bad-before': 164, 'bad-after': 142 };

/** The as-is page's violations (Yilan's script answered with nothing), per page and viewport. */
const baselines = new Map<string, { target: Set<string>; html: Set<string> }>();
async function baseline(page: Page, path: string, key: string) {
  const cached = baselines.get(key);
  if (cached) return cached;
  await page.route('**/yilan/yilan.js', route =>
    route.fulfill({ contentType: 'text/javascript', body: '' }),
  );
  await page.goto(path);
  const keys = violationKeys(await axe(page));
  await page.unroute('**/yilan/yilan.js');
  const result = {
    target: new Set(keys.map(k => k.target)),
    html: new Set(keys.map(k => k.html)),
  };
  baselines.set(key, result);
  return result;
}

/** Violations after a mode that the as-is page did not have, as "rule target". */
async function newViolations(page: Page, before: { target: Set<string>; html: Set<string> }) {
  // Something hovered, so the caption bar and guide lines have content to show.
  await page.mouse.move(200, 300);
  await page.waitForTimeout(200);
  const added = violationKeys(await axe(page))
    .filter(k => !before.target.has(k.target) && !before.html.has(k.html))
    .filter(k => !isPinyinCopy(k.target))
    .map(k => k.target);
  // "Content outside landmarks" is a finding about an area: when pinyin wraps a text run, axe may
  // name a child of the element it named before. Inside an area the page already had, not new.
  const areas = [...before.target].filter(k => k.startsWith('region ')).map(k => k.slice(7));
  const moved = await page.evaluate(
    ({ added, areas }) => {
      const element = (json: string) => {
        const target = JSON.parse(json) as unknown[];
        return target.length === 1 && typeof target[0] === 'string'
          ? document.querySelector(target[0])
          : null;
      };
      const known = areas.map(element).filter(el => el !== null);
      return added.filter(k => {
        const el = k.startsWith('region ') && element(k.slice(7));
        return !!el && known.some(area => area.contains(el));
      });
    },
    { added, areas },
  );
  return added.filter(k => !moved.includes(k));
}

for (const viewport of VIEWPORTS) {
  test.describe(viewport.name, () => {
    test.use(viewport.use);

    for (const real of REAL_PAGES) {
      test(`${real.id}: entry button on screen; toolbar opens and closes by keyboard`, async ({
        page,
      }) => {
        const key = `${real.id} ${viewport.name} keyboard`;
        test.fail(key in KNOWN, KNOWN[key]);
        await open(page, real.path);
        const entry = control(page, ENTRY_NAME);
        await expect(entry).toBeVisible();
        // On screen = inside the visual viewport: a phone shows a page without a viewport meta
        // zoomed out, so its 980 px layout fits the 360 px screen.
        const box = await entry.boundingBox();
        expect(box, 'entry button has a box').not.toBeNull();
        const vv = await page.evaluate(() => {
          const v = window.visualViewport!;
          return { left: v.pageLeft, top: v.pageTop, width: v.width, height: v.height };
        });
        expect(box!.x).toBeGreaterThanOrEqual(vv.left - 0.5);
        expect(box!.y).toBeGreaterThanOrEqual(vv.top - 0.5);
        expect(box!.x + box!.width).toBeLessThanOrEqual(vv.left + vv.width + 0.5);
        expect(box!.y + box!.height).toBeLessThanOrEqual(vv.top + vv.height + 0.5);

        await page.keyboard.press('Alt+Shift+KeyY');
        await expect(entry).toHaveAttribute('aria-expanded', 'true');
        await expect(page.getByRole('toolbar')).toBeVisible();
        await page.keyboard.press('Escape');
        await expect(entry).toHaveAttribute('aria-expanded', 'false');
        await expect(page.getByRole('toolbar')).toHaveCount(0);
        await expect(entry).toBeFocused();
      });

      const modes = ALL_MODES.filter(m => viewport.name === 'desktop' || PHONE_MODES.has(m.name));
      const known = modes.filter(m => `${real.id} ${viewport.name} ${m.name}` in KNOWN);
      // One page load for every passing mode (reset between them): a load per mode made the
      // suite several times slower without finding more.
      test(`${real.id}: no new axe violation in ${modes.length - known.length} modes`, async ({
        page,
      }) => {
        test.setTimeout(300_000);
        const before = await baseline(page, real.path, `${real.id} ${viewport.name}`);
        await open(page, real.path);
        const failures: Record<string, string[]> = {};
        for (const mode of modes) {
          if (known.includes(mode)) continue;
          await setMode(page, mode.settings);
          const added = await newViolations(page, before);
          if (added.length) failures[mode.name] = added;
          await page.evaluate(async () => {
            window.Yilan!.reset();
            await window.Yilan!.ready();
          });
        }
        expect(failures).toEqual({});
      });
      for (const mode of known) {
        test(`${real.id}: no new axe violation, ${mode.name}`, async ({ page }) => {
          test.fail(true, KNOWN[`${real.id} ${viewport.name} ${mode.name}`]);
          test.setTimeout(60_000);
          const before = await baseline(page, real.path, `${real.id} ${viewport.name}`);
          await open(page, real.path);
          await setMode(page, mode.settings);
          expect(await newViolations(page, before)).toEqual([]);
        });
      }

      // Issue 14's other items on every real page: figures recorded, and what a reader notices asserted.
      test(`${real.id}: skip to main lands in the content, the entry button covers nothing, 200 % reflows`, async ({
        page,
      }, info) => {
        test.setTimeout(60_000);
        await open(page, real.path);
        const clippedAsIs = await countClipped(page);
        const overflowAsIs = await horizontalOverflow(page);
        // Where the entry button settles: placement hit-tests the page once it has loaded (a
        // zoomed-out phone page's logos arrive after Yilan mounts), so it gets 3 s to move.
        await page.waitForLoadState('load');
        const under = async () =>
          controlsUnder(page, (await control(page, ENTRY_NAME).boundingBox())!);
        const covered = await expect
          .poll(under, { timeout: 3000 })
          .toEqual([])
          .then(
            () => [] as string[],
            () => under(),
          );
        await page.keyboard.press('Alt+Shift+KeyM');
        // Within 2 s (a loaded CI machine can take more than a frame to find the regions).
        const skipKey = await expect
          .poll(() => focusInside(page, real.content), { timeout: 2000 })
          .toBe(true)
          .then(
            () => true,
            () => false,
          );
        await open(page, real.path);
        // The first Tab stop: the page's own skip link, or Yilan's 跳到正文 when it has one.
        await page.keyboard.press('Tab');
        const first = await page.evaluate(() => {
          let el: Element | null = document.activeElement;
          while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
          return (el?.getAttribute('aria-label') ?? el?.textContent ?? '').trim().slice(0, 40);
        });
        // Only a skip link is followed: another first stop may leave the page.
        const isSkip = /跳到|skip/i.test(first);
        if (isSkip) {
          await page.keyboard.press('Enter');
          await page.waitForTimeout(300);
        }
        const skipFirstTab = isSkip && (await focusInside(page, real.content));
        await setMode(page, { zoom: 200 });
        const figures = {
          page: real.id,
          viewport: viewport.name,
          clippedAsIs,
          overflowAsIs,
          clippedZoom200: await countClipped(page),
          overflowZoom200: await horizontalOverflow(page),
          skipKeyLandsInContent: skipKey,
          firstTabStop: first,
          firstTabStopLandsInContent: skipFirstTab,
          entryCovers: covered,
        };
        info.annotations.push({ type: 'figures', description: JSON.stringify(figures) });
        // What a reader notices (issue 14): Yilan+M lands in the content, the entry button covers
        // none of the page's controls, and 200 % text reflows on a desktop window and on the phone.
        // A page that scrolls sideways by itself (USWDS's footer grid, 8 px at 360 px) may keep
        // that overflow grown with its text, no more.
        expect(figures.skipKeyLandsInContent, 'Yilan+M moves focus into the main content').toBe(
          true,
        );
        expect(figures.entryCovers, 'controls under the entry button').toEqual([]);
        const allowed =
          viewport.name === 'phone' ? (PHONE_OVERFLOW[real.id] ?? 2 * overflowAsIs) : 0;
        expect(figures.overflowZoom200, 'sideways scroll at 200 %').toBeLessThanOrEqual(allowed);
        expect(figures.clippedZoom200, 'text newly clipped at 200 %').toBeLessThanOrEqual(
          clippedAsIs,
        );
      });
    }
  });
}
