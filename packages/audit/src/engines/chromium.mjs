// Chromium through playwright-core: every option of the audit (CSP bypass, stored logins, HTTP
// credentials and headers, phone emulation, screenshots, per-URL actions). Yilan is served by a
// route on the audited page's own origin, so a CSP allowing 'self' lets it in.
import { chromium } from 'playwright-core';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { chromiumPath, CHROMIUM_ARGS } from '../browser.mjs';

const MOUNT = '/__yilan-audit__/';
const TYPES = {
  '.js': 'text/javascript',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.css': 'text/css',
};

export async function launchChromium({ browserPath, yilanDir }) {
  const browser = await chromium.launch({
    executablePath: browserPath ?? chromiumPath(),
    args: CHROMIUM_ARGS,
    // yilan-audit handles interrupts itself, to write a partial report.
    handleSIGINT: false,
    handleSIGTERM: false,
  });
  return {
    name: 'chromium',
    version: `Chromium ${browser.version()}`,
    canBypassCSP: true,
    /** The Playwright browser, for the setup hook. */
    browser,
    yilanUrl: pageUrl => new URL(`${MOUNT}yilan.js`, pageUrl).href,
    async open({ size, viewport, bypassCSP, storageState, httpCredentials, extraHTTPHeaders }) {
      const context = await browser.newContext({
        viewport: size,
        isMobile: viewport.mobile,
        hasTouch: viewport.mobile,
        deviceScaleFactor: 1,
        reducedMotion: 'reduce',
        bypassCSP,
        storageState,
        httpCredentials,
        extraHTTPHeaders,
      });
      await context.route(`**${MOUNT}**`, route => serveYilan(route, yilanDir));
      return { context, page: await context.newPage() };
    },
    close: () => browser.close().catch(() => {}),
  };
}

async function serveYilan(route, yilanDir) {
  const path = normalize(new URL(route.request().url()).pathname.slice(MOUNT.length));
  if (path.startsWith('..')) return route.abort();
  try {
    const body = await readFile(join(yilanDir, path));
    await route.fulfill({ body, contentType: TYPES[extname(path)] ?? 'application/octet-stream' });
  } catch {
    await route.fulfill({ status: 404, body: '' });
  }
}
