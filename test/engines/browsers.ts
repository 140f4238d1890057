import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { Browser as PwBrowser, BrowserType } from '@playwright/test';
import type { Browser as PpBrowser } from 'puppeteer-core';
// @ts-expect-error plain JS helper shared with the benchmark
import { chromiumPath, CHROMIUM_ARGS } from '../helpers/chromium.mjs';
import { WebDriverSession, freePort, startProcess } from './webdriver.js';

export type EngineName = 'chromium' | 'firefox' | 'webkit';

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const MINIBROWSER =
  process.env.MINIBROWSER_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

/** Where each engine comes from on Debian: named in the skip message of a machine without it. */
export const INSTALL: Record<EngineName, string> = {
  chromium: 'apt-get install chromium',
  firefox: 'apt-get install firefox-esr',
  webkit: 'apt-get install webkit2gtk-driver xvfb',
};

/** Why this engine cannot run here, or null when it can. */
export function missing(engine: EngineName): string | null {
  const which = (cmd: string) =>
    (process.env.PATH ?? '').split(':').some(dir => existsSync(`${dir}/${cmd}`));
  if (engine === 'chromium') {
    try {
      (chromiumPath as () => string)();
      return null;
    } catch {
      return 'no Chromium';
    }
  }
  if (engine === 'firefox') return existsSync(FIREFOX) ? null : `no ${FIREFOX}`;
  if (!which('WebKitWebDriver')) return 'no WebKitWebDriver';
  if (!existsSync(MINIBROWSER)) return `no ${MINIBROWSER}`;
  return which('Xvfb') ? null : 'no Xvfb';
}

/**
 * Firefox preferences for a closed network: no update, telemetry, safe-browsing, captive-portal or
 * connectivity checks, and every origin but loopback sent to a dead proxy, so a request Yilan made to
 * another origin would fail and be reported rather than reach out. (puppeteer sets many more.)
 */
const FIREFOX_PREFS: Record<string, unknown> = {
  'app.update.enabled': false,
  'browser.safebrowsing.malware.enabled': false,
  'browser.safebrowsing.phishing.enabled': false,
  'browser.safebrowsing.downloads.enabled': false,
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'network.dns.disablePrefetch': true,
  'network.prefetch-next': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'toolkit.telemetry.enabled': false,
  'extensions.getAddons.cache.enabled': false,
  'media.gmp-manager.url': '',
  'browser.region.network.url': '',
  'network.proxy.type': 1,
  'network.proxy.http': '127.0.0.1',
  'network.proxy.http_port': 9,
  'network.proxy.ssl': '127.0.0.1',
  'network.proxy.ssl_port': 9,
  'network.proxy.no_proxies_on': '127.0.0.1,localhost',
  'intl.accept_languages': 'zh-CN,zh',
};

export async function launchFirefox(): Promise<PpBrowser> {
  const puppeteer = (await import('puppeteer-core')).default;
  return puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    protocol: 'webDriverBiDi',
    extraPrefsFirefox: FIREFOX_PREFS,
  });
}

export async function launchChromium(chromium: BrowserType): Promise<PwBrowser> {
  return chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
}

/** A WebKitGTK MiniBrowser on its own Xvfb display, driven by WebKitWebDriver. */
export interface WebKit {
  session: WebDriverSession;
  close(): Promise<void>;
}

export async function launchWebKit(): Promise<WebKit> {
  const xvfb = spawn(
    'Xvfb',
    ['-displayfd', '3', '-screen', '0', '1600x1200x24', '-nolisten', 'tcp'],
    {
      stdio: ['ignore', 'ignore', 'ignore', 'pipe'],
    },
  );
  const display = await new Promise<string>((resolve, reject) => {
    let out = '';
    xvfb.stdio[3]!.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.includes('\n')) resolve(`:${out.trim()}`);
    });
    xvfb.on('exit', code => reject(new Error(`Xvfb exited with ${code}`)));
  });
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  let driver: ChildProcess | undefined;
  try {
    driver = await startProcess(
      'WebKitWebDriver',
      [`--port=${port}`],
      { ...process.env, DISPLAY: display, LANG: 'zh_CN.UTF-8' },
      async () => (await fetch(`${base}/status`)).ok,
    );
    const session = await WebDriverSession.create(base, {
      browserName: 'MiniBrowser',
      'webkitgtk:browserOptions': {
        binary: MINIBROWSER,
        // The same closed network as Firefox: every origin but loopback goes to a dead proxy.
        args: [
          '--automation',
          '--proxy=http://127.0.0.1:9',
          '--ignore-host=127.0.0.1',
          '--ignore-host=localhost',
        ],
      },
    });
    return {
      session,
      close: async () => {
        await session.close().catch(() => undefined);
        driver?.kill();
        xvfb.kill();
      },
    };
  } catch (error) {
    driver?.kill();
    xvfb.kill();
    throw error;
  }
}
