import type { Page } from '@playwright/test';
import type { Page as PpPage } from 'puppeteer-core';
import type { EngineName } from './browsers.js';
import type { WebDriverSession } from './webdriver.js';

/**
 * What an engine test may do with a page: the same calls in Chromium (Playwright), Firefox
 * (puppeteer-core over WebDriver BiDi) and WebKit (classic WebDriver). Input is real input through the
 * driver, never dispatched events; `click` finds the element in the page and clicks its centre.
 */
export interface BrowserPage {
  readonly engine: EngineName;
  goto(path: string): Promise<void>;
  reload(): Promise<void>;
  evaluate<R, A = null>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** Polls `fn(arg)` until it is truthy. */
  waitForFunction<A = null>(fn: (arg: A) => unknown, arg?: A, timeout?: number): Promise<void>;
  /** CSS selector; `a >>> b` looks for b in a's open shadow root. */
  click(selector: string): Promise<void>;
  keyboard: { press(key: string): Promise<void>; type(text: string): Promise<void> };
  mouse: { move(x: number, y: number): Promise<void>; click(x: number, y: number): Promise<void> };
  setViewport(width: number, height: number): Promise<void>;
  screenshot(): Promise<Buffer>;
  /** Console errors, uncaught errors and requests to other origins since the test began. */
  log(): Promise<{ errors: string[]; foreignRequests: string[] }>;
}

type Fn<A, R> = (arg: A) => R | Promise<R>;

/** Centre of the element `selector` names (piercing shadow roots at `>>>`), scrolled into view. */
function centre(selector: string): { x: number; y: number } | null {
  let root: Document | ShadowRoot = document;
  let el: Element | null = null;
  for (const part of selector.split('>>>')) {
    el = root.querySelector(part.trim());
    if (!el) return null;
    if (el.shadowRoot) root = el.shadowRoot;
  }
  el!.scrollIntoView({ block: 'center', inline: 'center' });
  const r = el!.getBoundingClientRect();
  return { x: Math.round(r.x + r.width / 2), y: Math.round(r.y + r.height / 2) };
}

abstract class Base {
  abstract readonly engine: EngineName;
  abstract evaluate<R, A = null>(fn: Fn<A, R>, arg?: A): Promise<R>;
  abstract mouse: BrowserPage['mouse'];

  async waitForFunction<A = null>(fn: (arg: A) => unknown, arg?: A, timeout = 5_000) {
    const deadline = Date.now() + timeout;
    for (;;) {
      if (await this.evaluate(fn, arg)) return;
      if (Date.now() > deadline) throw new Error(`waitForFunction timed out: ${String(fn)}`);
      await new Promise(r => setTimeout(r, 50));
    }
  }

  async click(selector: string) {
    const at = await this.evaluate(centre, selector);
    if (!at) throw new Error(`click: nothing matches ${selector}`);
    await this.mouse.click(at.x, at.y);
  }
}

export class PlaywrightPage extends Base implements BrowserPage {
  readonly engine = 'chromium' as const;
  private errors: string[] = [];
  private foreign: string[] = [];

  constructor(
    private readonly page: Page,
    private readonly origin: string,
  ) {
    super();
    page.on('console', m => void (m.type() === 'error' && this.errors.push(m.text())));
    page.on('pageerror', e => this.errors.push(`pageerror: ${e.message}`));
    page.on('request', r => void (isForeign(r.url(), origin) && this.foreign.push(r.url())));
  }
  async goto(path: string) {
    await this.page.goto(this.origin + path);
  }
  async reload() {
    await this.page.reload();
  }
  evaluate<R, A = null>(fn: Fn<A, R>, arg?: A): Promise<R> {
    return this.page.evaluate<R, unknown>(fn as (a: unknown) => R, arg ?? null);
  }
  keyboard = {
    press: (key: string) => this.page.keyboard.press(key),
    type: (text: string) => this.page.keyboard.type(text),
  };
  mouse = {
    move: (x: number, y: number) => this.page.mouse.move(x, y),
    click: (x: number, y: number) => this.page.mouse.click(x, y),
  };
  setViewport(width: number, height: number) {
    return this.page.setViewportSize({ width, height });
  }
  screenshot() {
    return this.page.screenshot();
  }
  async log() {
    return { errors: this.errors, foreignRequests: this.foreign };
  }
}

export class PuppeteerPage extends Base implements BrowserPage {
  readonly engine = 'firefox' as const;
  private errors: string[] = [];
  private foreign: string[] = [];

  constructor(
    private readonly page: PpPage,
    private readonly origin: string,
  ) {
    super();
    page.on('console', m => void (m.type() === 'error' && this.errors.push(m.text())));
    page.on('pageerror', e => this.errors.push(`pageerror: ${String(e)}`));
    page.on('request', r => void (isForeign(r.url(), origin) && this.foreign.push(r.url())));
    // Chromium logs a failed load as a console error; Firefox does not: count it the same way.
    page.on('response', r => {
      if (r.status() >= 400) this.errors.push(`Failed to load resource: ${r.status()} ${r.url()}`);
    });
    // A load the browser cancelled because the page navigated away (the favicon of a form just
    // submitted) is no error: Chromium does not report it either.
    page.on('requestfailed', r => {
      if (!/ABORTED/i.test(r.failure()?.errorText ?? ''))
        this.errors.push(`Failed to load resource: ${r.url()} (${r.failure()?.errorText})`);
    });
  }
  async goto(path: string) {
    await this.page.goto(this.origin + path);
  }
  async reload() {
    await this.page.reload();
  }
  evaluate<R, A = null>(fn: Fn<A, R>, arg?: A): Promise<R> {
    return this.page.evaluate(fn as (a: unknown) => R, arg ?? null) as Promise<R>;
  }
  keyboard = {
    // Playwright's "Shift+Tab" chords, pressed as puppeteer's down/press/up.
    press: async (key: string) => {
      // Over BiDi puppeteer knows keys by value: "Space" is " ", "KeyN" is "n".
      const parts = key
        .split('+')
        .map(k =>
          k === 'Space' ? ' ' : /^Key[A-Z]$/.test(k) ? k.slice(3).toLowerCase() : k,
        ) as Parameters<PpPage['keyboard']['press']>[0][];
      const last = parts.pop()!;
      for (const m of parts) await this.page.keyboard.down(m);
      await this.page.keyboard.press(last);
      for (const m of parts.reverse()) await this.page.keyboard.up(m);
    },
    type: (text: string) => this.page.keyboard.type(text),
  };
  mouse = {
    move: (x: number, y: number) => this.page.mouse.move(x, y),
    click: (x: number, y: number) => this.page.mouse.click(x, y),
  };
  setViewport(width: number, height: number) {
    return this.page.setViewport({ width, height });
  }
  async screenshot() {
    return Buffer.from(await this.page.screenshot());
  }
  async log() {
    return { errors: this.errors, foreignRequests: this.foreign };
  }
}

/** WebDriver's code points for the keys the tests press (W3C WebDriver §17.4.2). */
const KEYS: Record<string, string> = {
  Tab: '\uE004',
  Enter: '\uE007',
  Shift: '\uE008',
  Control: '\uE009',
  Alt: '\uE00A',
  Escape: '\uE00C',
  Space: '\uE00D',
  End: '\uE010',
  Home: '\uE011',
  ArrowLeft: '\uE012',
  ArrowUp: '\uE013',
  ArrowRight: '\uE014',
  ArrowDown: '\uE015',
};
const wdKey = (k: string) => KEYS[k] ?? (/^Key[A-Z]$/.test(k) ? k.slice(3).toLowerCase() : k);

/**
 * Classic WebDriver has no console or network events: after each load the page's console.error,
 * error and unhandledrejection are recorded in the page, and requests are read from Resource Timing
 * (which also lists failed ones, but not their status: a 404 from our own server is not seen here,
 * Chromium and Firefox catch it). What happens before the hook is installed is checked by the tests
 * themselves (Yilan mounted, no error state).
 */
function hook() {
  const w = window as unknown as { __engineLog?: string[] };
  if (w.__engineLog) return;
  const log: string[] = (w.__engineLog = []);
  const original = console.error.bind(console);
  console.error = (...args: unknown[]) => {
    log.push(args.map(String).join(' '));
    original(...args);
  };
  addEventListener('error', e => log.push(`pageerror: ${e.message}`));
  addEventListener('unhandledrejection', e => log.push(`pageerror: ${String(e.reason)}`));
}
function harvest(origin: string) {
  const w = window as unknown as { __engineLog?: string[] };
  return {
    errors: w.__engineLog ?? [],
    urls: performance
      .getEntriesByType('resource')
      .map(e => e.name)
      .filter(u => !u.startsWith(origin) && !/^(data|blob):/.test(u)),
  };
}

export class WebDriverPage extends Base implements BrowserPage {
  readonly engine = 'webkit' as const;
  private errors: string[] = [];
  private foreign = new Set<string>();

  constructor(
    private readonly session: WebDriverSession,
    private readonly origin: string,
  ) {
    super();
  }
  private async collect() {
    const url = await this.session.send<string>('GET', '/url');
    if (!url.startsWith(this.origin)) return;
    const got = await this.evaluate(harvest, this.origin);
    this.errors.push(...got.errors);
    got.urls.forEach(u => this.foreign.add(u));
    await this.evaluate(
      () => void (window as unknown as { __engineLog?: string[] }).__engineLog?.splice(0),
    );
  }
  async goto(path: string) {
    await this.collect();
    await this.session.send('POST', '/url', { url: this.origin + path });
    await this.evaluate(hook);
  }
  async reload() {
    await this.collect();
    await this.session.send('POST', '/refresh', {});
    await this.evaluate(hook);
  }
  evaluate<R, A = null>(fn: Fn<A, R>, arg?: A): Promise<R> {
    return this.session.evaluate<R, A | null>(String(fn), arg ?? null);
  }
  private keys(actions: { type: string; value: string }[]) {
    return this.session.actions([{ type: 'key', id: 'keyboard', actions }]);
  }
  keyboard = {
    press: (key: string) => {
      const parts = key.split('+').map(wdKey);
      return this.keys([
        ...parts.map(value => ({ type: 'keyDown', value })),
        ...parts.reverse().map(value => ({ type: 'keyUp', value })),
      ]);
    },
    type: (text: string) =>
      this.keys(
        [...text].flatMap(value => [
          { type: 'keyDown', value },
          { type: 'keyUp', value },
        ]),
      ),
  };
  private pointer(actions: Record<string, unknown>[]) {
    return this.session.actions([
      { type: 'pointer', id: 'mouse', parameters: { pointerType: 'mouse' }, actions },
    ]);
  }
  mouse = {
    move: (x: number, y: number) =>
      this.pointer([{ type: 'pointerMove', x, y, origin: 'viewport', duration: 0 }]),
    click: (x: number, y: number) =>
      this.pointer([
        { type: 'pointerMove', x, y, origin: 'viewport', duration: 0 },
        { type: 'pointerDown', button: 0 },
        { type: 'pointerUp', button: 0 },
      ]),
  };
  /** WebDriver sizes the window; the viewport is the window less MiniBrowser's own bars. */
  async setViewport(width: number, height: number) {
    const inner = () => this.evaluate(() => [innerWidth, innerHeight]);
    await this.session.send('POST', '/window/rect', { width, height });
    const [w, h] = await inner();
    await this.session.send('POST', '/window/rect', {
      width: width + (width - w!),
      height: height + (height - h!),
    });
  }
  async screenshot() {
    return Buffer.from(await this.session.send<string>('GET', '/screenshot'), 'base64');
  }
  async log() {
    await this.collect();
    return { errors: this.errors, foreignRequests: [...this.foreign] };
  }
}

function isForeign(url: string, origin: string): boolean {
  return !url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:');
}
