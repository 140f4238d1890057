// Finds a Chromium without downloading one: --browser-path or $CHROMIUM_PATH, then Playwright's cache,
// then Debian's. Shared by yilan-audit, the tests and the benchmark.
import { existsSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

export function chromiumPath() {
  const fromEnv = process.env.CHROMIUM_PATH || process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  const cache = process.env.PLAYWRIGHT_BROWSERS_PATH || join(homedir(), '.cache', 'ms-playwright');
  if (existsSync(cache)) {
    for (const dir of readdirSync(cache)
      .filter(d => d.startsWith('chromium'))
      .sort()
      .reverse()) {
      for (const bin of [
        'chrome-linux64/chrome',
        'chrome-linux/chrome',
        'chrome-headless-shell-linux64/chrome-headless-shell',
      ]) {
        const path = join(cache, dir, bin);
        if (existsSync(path)) return path;
      }
    }
  }
  for (const path of ['/usr/bin/chromium', '/usr/bin/chromium-browser'])
    if (existsSync(path)) return path;
  throw new Error('No Chromium found: install Debian\'s "chromium" package or set CHROMIUM_PATH');
}

/** Flags for a closed network: without them Chromium keeps calling Google services. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1, EXCLUDE localhost',
];
