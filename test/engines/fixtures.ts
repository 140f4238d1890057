import { test as base, expect } from '@playwright/test';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type { Browser as PwBrowser } from '@playwright/test';
import type { Browser as PpBrowser } from 'puppeteer-core';
import type { Settings } from 'yilan';
import { PlaywrightPage, PuppeteerPage, WebDriverPage, type BrowserPage } from './adapter.js';
import {
  INSTALL,
  launchChromium,
  launchFirefox,
  launchWebKit,
  missing,
  type EngineName,
  type WebKit,
} from './browsers.js';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

type Launched =
  | { engine: 'chromium'; browser: PwBrowser }
  | { engine: 'firefox'; browser: PpBrowser }
  | { engine: 'webkit'; browser: WebKit }
  | { engine: EngineName; browser: null; why: string };

/**
 * `browserPage`: a fresh page (fresh storage) in the project's engine, on one browser per worker
 * (starting Firefox or WebKit costs seconds). An engine missing here skips with the Debian package
 * to install — except where engines are required (CI=true, or YILAN_REQUIRE_ENGINES=1 as .ci/run
 * sets), where it fails: CI must never pass by skipping an engine.
 */
const REQUIRED = !!process.env.CI || process.env.YILAN_REQUIRE_ENGINES === '1';

export const test = base.extend<
  { browserPage: BrowserPage },
  { engine: EngineName; launched: Launched }
>({
  engine: ['chromium', { option: true, scope: 'worker' }],
  launched: [
    async ({ engine, playwright }, use) => {
      const why = missing(engine);
      if (why) {
        // The list reporter does not print skip reasons: say it once per worker.
        if (!REQUIRED)
          console.warn(`[engines] skipping ${engine} (${why}): ${INSTALL[engine]} to run it`);
        return use({ engine, browser: null, why });
      }
      if (engine === 'chromium') {
        const browser = await launchChromium(playwright.chromium);
        await use({ engine, browser });
        await browser.close();
      } else if (engine === 'firefox') {
        const browser = await launchFirefox();
        await use({ engine, browser });
        await browser.close();
      } else {
        const browser = await launchWebKit();
        await use({ engine, browser });
        await browser.close();
      }
    },
    { scope: 'worker', timeout: 90_000 },
  ],
  browserPage: async ({ launched, baseURL }, use, testInfo) => {
    const origin = new URL(baseURL!).origin;
    if (launched.browser === null) {
      const message = `${launched.engine}: ${'why' in launched ? launched.why : ''} — install it with \`${INSTALL[launched.engine]}\``;
      if (REQUIRED) throw new Error(message);
      testInfo.skip(true, message);
      return;
    }
    let page: BrowserPage;
    let close: () => Promise<unknown>;
    if (launched.engine === 'chromium') {
      const context = await launched.browser.newContext({ locale: 'zh-CN' });
      page = new PlaywrightPage(await context.newPage(), origin);
      close = () => context.close();
    } else if (launched.engine === 'firefox') {
      const context = await launched.browser.createBrowserContext();
      page = new PuppeteerPage(await context.newPage(), origin);
      close = () => context.close();
    } else {
      const { session } = launched.browser;
      page = new WebDriverPage(session, origin);
      // One MiniBrowser per worker: each test leaves the origin's storage empty behind it.
      close = async () => {
        await page.goto('/fixtures/clean.html').catch(() => undefined);
        await page.evaluate(() => (localStorage.clear(), sessionStorage.clear())).catch(() => 0);
        await session.send('POST', '/url', { url: 'about:blank' });
      };
    }
    await page.setViewport(1280, 800);
    await use(page);
    const log = await page.log().catch(() => ({ errors: [], foreignRequests: [] }));
    await close();
    if (testInfo.status === testInfo.expectedStatus) {
      expect(log.errors, 'console errors').toEqual([]);
      expect(log.foreignRequests, 'requests to other origins').toEqual([]);
    }
  },
});

export { expect };

/** Open a page and wait until Yilan has mounted its toolbar. */
export async function open(page: BrowserPage, path: string): Promise<void> {
  await page.goto(path);
  await page.waitForFunction(
    () => !!window.Yilan && !!document.querySelector('yilan-toolbar')?.shadowRoot,
  );
}

/**
 * Change settings through the public API and wait until every mode has applied and painted. Throws
 * when a requested key did not take: a renamed setting would otherwise test the page as it was.
 */
export async function setMode(page: BrowserPage, partial: Partial<Settings>): Promise<void> {
  const refused = await page.evaluate(async p => {
    const yilan = window.Yilan!;
    const changed = yilan.set(p);
    await yilan.ready();
    await new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)));
    const now = yilan.get() as Record<string, unknown>;
    return Object.keys(p).filter(
      k =>
        !changed.includes(k) &&
        JSON.stringify(now[k]) !== JSON.stringify((p as Record<string, unknown>)[k]),
    );
  }, partial);
  if (refused.length)
    throw new Error(
      `Yilan.set() did not apply ${refused.join(', ')} of ${JSON.stringify(partial)}`,
    );
}

/** The focused element, inside shadow roots too: its tag, id and accessible label or text. */
export function focused(page: BrowserPage): Promise<string> {
  return page.evaluate(() => {
    let el: Element | null = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    if (!el) return 'none';
    const name = (el.getAttribute('aria-label') ?? el.textContent ?? '').replace('✓', '').trim();
    return `${el.localName}${el.id ? `#${el.id}` : ''} ${name}`.trim();
  });
}

/** Waits until `read()` returns `want` (compared as JSON), then asserts it for a clear message. */
export async function poll<T>(read: () => Promise<T>, want: T, timeout = 5_000): Promise<void> {
  const deadline = Date.now() + timeout;
  let got = await read();
  while (JSON.stringify(got) !== JSON.stringify(want) && Date.now() < deadline) {
    await new Promise(r => setTimeout(r, 50));
    got = await read();
  }
  expect(got as unknown).toEqual(want);
}

export interface Violation {
  id: string;
  targets: string[];
}

/** axe-core (every rule), injected from node_modules so every engine runs the same version. */
export async function axe(page: BrowserPage): Promise<Violation[]> {
  await page.evaluate(src => {
    if (!('axe' in window)) (0, eval)(src);
  }, AXE_SOURCE);
  return page.evaluate(async () => {
    type Result = { violations: { id: string; nodes: { target: unknown[] }[] }[] };
    const axe = (window as unknown as { axe: { run(c: Document, o: unknown): Promise<Result> } })
      .axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map(v => ({
      id: v.id,
      targets: v.nodes.map(n => JSON.stringify(n.target)),
    }));
  });
}
