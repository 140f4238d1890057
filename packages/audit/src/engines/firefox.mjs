// Firefox (Debian's firefox-esr) through puppeteer-core over WebDriver BiDi, the stack the engine
// tests use (ADR 0009). Playwright's own Firefox build cannot be installed here, and a page object
// with the few Playwright calls the audit makes keeps run.mjs and checks.mjs engine-blind.
import { existsSync } from 'node:fs';
import { serveYilanDir } from './yilan-server.mjs';

/** Firefox without update, telemetry, safe-browsing or connectivity calls during an audit. */
const PREFS = {
  'app.update.enabled': false,
  'browser.safebrowsing.malware.enabled': false,
  'browser.safebrowsing.phishing.enabled': false,
  'browser.safebrowsing.downloads.enabled': false,
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'toolkit.telemetry.enabled': false,
  'extensions.getAddons.cache.enabled': false,
  'media.gmp-manager.url': '',
  'browser.region.network.url': '',
};

/** --browser-path, then $FIREFOX_PATH, then Debian's firefox-esr or firefox. */
export function firefoxPath(given) {
  for (const path of [given, process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'])
    if (path && existsSync(path)) return path;
  throw new Error(
    given
      ? `no Firefox at --browser-path ${given}`
      : 'No Firefox found: install Debian\'s "firefox-esr" package or set FIREFOX_PATH',
  );
}

export async function launchFirefox({ browserPath, yilanDir }) {
  const puppeteer = (await import('puppeteer-core')).default;
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(browserPath),
    headless: true,
    protocol: 'webDriverBiDi',
    extraPrefsFirefox: PREFS,
    handleSIGINT: false,
    handleSIGTERM: false,
  });
  const yilan = await serveYilanDir(yilanDir).catch(async error => {
    await browser.close();
    throw error;
  });
  // "firefox/153.8.0"
  const version = (await browser.version()).split('/').pop();
  return {
    name: 'firefox',
    version: `Firefox ${version}`,
    canBypassCSP: false,
    /** Yilan is served from its own loopback origin: a CSP that allows only 'self' refuses it. */
    yilanUrl: () => `${yilan.origin}/yilan.js`,
    async open({ size }) {
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      await page.setViewport(size);
      return { context, page: new FirefoxPage(page) };
    },
    async close() {
      await browser.close().catch(() => {});
      await yilan.close();
    },
  };
}

/** The Playwright calls run.mjs, checks.mjs and in-page waits make, over a puppeteer page. */
class FirefoxPage {
  constructor(page) {
    this.page = page;
    this.keyboard = { press: key => page.keyboard.press(key) };
  }
  goto(url, { timeout }) {
    return this.page.goto(url, { waitUntil: 'load', timeout });
  }
  waitForLoadState(_state, { timeout }) {
    return this.page.waitForNetworkIdle({ idleTime: 500, timeout });
  }
  evaluate(fn, arg) {
    return this.page.evaluate(fn, arg);
  }
  waitForFunction(fn, arg, { timeout } = {}) {
    return this.page.waitForFunction(fn, { timeout, polling: 50 }, arg);
  }
  setViewportSize(size) {
    return this.page.setViewport(size);
  }
  addScriptTag(options) {
    return this.page.addScriptTag(options);
  }
  mainFrame() {
    return this.page.mainFrame();
  }
}
