// yilan-audit's speed: pages × modes audited a minute on the demo portal, side by side in one
// run with a plain loop of @axe-core/playwright's analyze() over the same pages and modes (the
// same browser, viewport, mode switching and axe tags). Conditions alternate, median of rounds.
// Standalone: node bench/audit.mjs (prints, writes bench/audit-results.json).
import { chromium } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { audit } from '../packages/audit/src/run.mjs';
import { MODES } from '../packages/audit/src/modes.mjs';
import { ruleIds } from '../packages/audit/src/axe-names.mjs';
import { switchYilan } from '../packages/audit/src/in-page.mjs';
import { chromiumPath, CHROMIUM_ARGS } from '../packages/audit/src/browser.mjs';
import { PORTAL_PAGES } from '../test/helpers/portal-pages.mjs';

const require = createRequire(import.meta.url);
const version = path =>
  JSON.parse(readFileSync(new URL(`../node_modules/${path}/package.json`, import.meta.url), 'utf8'))
    .version;
const median = xs => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** The plain loop a QA engineer would write with @axe-core/playwright. */
async function plainLoop(browser, urls, modes) {
  let violations = 0;
  for (const url of urls) {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 800 },
      reducedMotion: 'reduce',
    });
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForLoadState('networkidle', { timeout: 5000 }).catch(() => {});
    for (const mode of modes) {
      if (MODES[mode]) await page.evaluate(switchYilan, MODES[mode]);
      // The same rules yilan-audit runs by default.
      const r = await new AxeBuilder({ page }).withRules(ruleIds(undefined)).analyze();
      violations += r.violations.length;
    }
    await context.close();
  }
  return violations;
}

export async function measureAudit({ base, rounds = 3, pages = 8 }) {
  const urls = PORTAL_PAGES.filter(p => p.name !== 'not found')
    .slice(0, pages)
    .map(p => `${base}${p.path}`);
  const modes = Object.keys(MODES);
  const specs = urls.map(url => ({ url }));
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  const conditions = {
    'yilan-audit, axe only, 1 page at a time': () =>
      audit({ pages: specs, modes, checks: [], concurrency: 1, retries: 0 }),
    'yilan-audit, axe only, 2 pages at a time': () =>
      audit({ pages: specs, modes, checks: [], concurrency: 2, retries: 0 }),
    'yilan-audit, with its extra checks, 2 at a time': () =>
      audit({ pages: specs, modes, concurrency: 2, retries: 0 }),
    '@axe-core/playwright analyze() loop, 1 at a time': () => plainLoop(browser, urls, modes),
  };
  const times = Object.fromEntries(Object.keys(conditions).map(k => [k, []]));
  // A warm-up of each, then rounds in rotating order so neither side always runs on a warm cache.
  const names = Object.keys(conditions);
  for (let round = -1; round < rounds; round++) {
    const order = names.map((_, i) => names[(i + Math.max(0, round)) % names.length]);
    for (const name of order) {
      const t = performance.now();
      await conditions[name]();
      if (round >= 0) times[name].push((performance.now() - t) / 1000);
    }
  }
  await browser.close();
  const audits = urls.length * modes.length;
  return {
    pages: urls.length,
    modes: modes.length,
    audits,
    rounds,
    axeCore: require('axe-core/package.json').version,
    axeCorePlaywright: `${version('@axe-core/playwright')} (axe-core ${version('@axe-core/playwright/node_modules/axe-core')})`,
    rows: Object.entries(times).map(([name, xs]) => ({
      name,
      seconds: Math.round(median(xs) * 10) / 10,
      auditsPerMinute: Math.round((audits / median(xs)) * 60),
    })),
  };
}

export function auditLines(a) {
  const plain = a.rows.at(-1).auditsPerMinute;
  return [
    '## yilan-audit against a plain @axe-core/playwright loop',
    '',
    `${a.pages} demo-portal pages × ${a.modes} modes = ${a.audits} audits, median of ${a.rounds} rounds in rotating order after a warm-up. yilan-audit injects axe-core ${a.axeCore} once a page and switches modes in the loaded page; the loop calls \`new AxeBuilder({ page }).withTags(…).analyze()\` (@axe-core/playwright ${a.axeCorePlaywright}) in each mode of the same loaded page, switching modes the same way. yilan-audit's times include launching its own Chromium; the loop's browser is already running.`,
    '',
    '| condition | seconds | audits a minute | × the loop |',
    '| --- | ---: | ---: | ---: |',
    ...a.rows.map(
      r =>
        `| ${r.name} | ${r.seconds} | ${r.auditsPerMinute} | ${(r.auditsPerMinute / plain).toFixed(2)} |`,
    ),
    '',
  ];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { startServer } = await import('../demo-site/server.mjs');
  const server = await startServer(0);
  const result = await measureAudit({
    base: `http://127.0.0.1:${server.address().port}`,
    rounds: Number(process.env.AUDIT_ROUNDS) || 3,
  });
  server.close();
  await writeFile(
    new URL('./audit-results.json', import.meta.url),
    `${JSON.stringify(result, null, 2)}\n`,
  );
  console.log(auditLines(result).join('\n'));
}
