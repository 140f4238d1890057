// Makes `npm start` and `npm test` work on a fresh clone: installs npm dependencies when they are
// missing and, for the browser tests, Debian's Chromium when none is found and we are root.
// Browsers are never downloaded from anywhere else.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const run = cmd => execSync(cmd, { cwd: root, stdio: 'inherit' });

if (!existsSync(`${root}node_modules/.package-lock.json`)) {
  console.log('[ensure] installing npm dependencies (npm ci)');
  run('npm ci --no-audit --no-fund');
}

if (process.argv.includes('--browser')) {
  const { chromiumPath } = await import('../test/helpers/chromium.mjs');
  try {
    chromiumPath();
  } catch {
    if (process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
      console.log("[ensure] installing Debian's chromium");
      run(
        'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium',
      );
    } else {
      console.error(
        '[ensure] no Chromium: install Debian\'s "chromium" package or set CHROMIUM_PATH',
      );
      process.exit(1);
    }
  }
}
