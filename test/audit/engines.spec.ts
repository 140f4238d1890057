import { test, expect } from '@playwright/test';
import { INSTALL, missing } from '../engines/browsers.js';
import { audit, run, lines, type Report } from './cli-run.js';

// yilan-audit --browser: the same audit in Firefox (Debian's firefox-esr over WebDriver BiDi) as in
// Chromium. A machine without Firefox skips with the package to install; CI
// (YILAN_REQUIRE_ENGINES=1) fails instead, so the engine is never silently left out.
test.describe.configure({ timeout: 150_000 });

const absent = missing('firefox');
test.beforeEach(() => {
  if (absent && process.env.YILAN_REQUIRE_ENGINES === '1')
    throw new Error(
      `Firefox is required here (YILAN_REQUIRE_ENGINES=1): ${absent}; ${INSTALL.firefox}`,
    );
  test.skip(!!absent, `Firefox is not installed (${absent}): ${INSTALL.firefox}`);
});

/**
 * Each mode's violations as "mode rule elements" lines. Not the selectors: axe picks the shortest
 * unique one, which changes once Yilan's toolbar adds elements ("p" or ".faint" for one element).
 */
const found = (report: Report | null) =>
  (report?.pages ?? []).flatMap(p =>
    p.modes.flatMap(m => m.violations.map(v => `${m.mode} ${v.id} ${v.nodes.length}`)),
  );

test('a page with known violations: Chromium and Firefox find the same ones in every mode', async ({
  baseURL,
}) => {
  const url = `${baseURL}/fixtures/with-violations.html`;
  const chromium = await audit([url, '--browser', 'chromium']);
  const firefox = await audit([url, '--browser', 'firefox']);
  expect(chromium.code, chromium.stderr).toBe(1);
  expect(firefox.code, firefox.stderr).toBe(1);
  expect(chromium.report!.browser).toMatch(/^Chromium \d+\./);
  expect(firefox.report!.browser).toMatch(/^Firefox \d+\.\d+/);
  // The terminal summary names the engine too.
  expect(firefox.stdout).toContain(`axe-core ${firefox.report!.axe}, ${firefox.report!.browser}`);
  const page = firefox.report!.pages[0]!;
  expect(page.status).toBe('ok');
  expect(page.yilan).toBe('site');
  expect(page.modes).toHaveLength(13);
  const asIs = page.modes.find(m => m.mode === 'as-is')!;
  expect(asIs.violations.map(v => v.id).sort()).toEqual(
    expect.arrayContaining(['button-name', 'color-contrast', 'image-alt', 'label']),
  );
  expect(found(firefox.report).sort()).toEqual(found(chromium.report).sort());
  const targets = (r: Report | null) =>
    r!.pages[0]!.modes[0]!.violations.map(
      v => `${v.id} ${JSON.stringify(v.nodes.map(n => n.target))}`,
    );
  expect(targets(firefox.report)).toEqual(targets(chromium.report));
  for (const mode of page.modes) expect(mode.added, mode.mode).toEqual([]);
});

test('Firefox: Yilan is injected into a site without it; modes, reflow, 7:1, shadow roots and frames', async ({
  baseURL,
}) => {
  const { code, report, stderr } = await audit([
    `${baseURL}/fixtures/audit/checks.html`,
    '--browser',
    'firefox',
    '--modes',
    'as-is,zoom-200,scheme-yellow-on-black',
  ]);
  expect(code, stderr).toBe(1);
  const page = report!.pages[0]!;
  expect(page.status, page.error).toBe('ok');
  expect(page.yilan).toBe('injected');
  const mode = (name: string) => page.modes.find(m => m.mode === name)!;
  const at = (name: string, rule: string) =>
    mode(name)
      .violations.filter(v => v.id === rule)
      .flatMap(v => v.nodes.map(n => n.target));
  // 200 % text pushes the nowrap line past 1280 px; the box is wider than 320 px as it is.
  expect(at('as-is', 'reflow-320')).toEqual([['div#wide']]);
  expect(at('zoom-200', 'reflow-1280')).toEqual([['p#line']]);
  expect(mode('zoom-200').added.map(v => v.id)).toEqual(['reflow-1280']);
  // The yellow-on-black scheme misses 7:1 only in a shadow root with its own colours.
  expect(at('scheme-yellow-on-black', 'color-contrast-enhanced')).toEqual([
    [['audit-card', '.inner']],
  ]);
  expect(mode('scheme-yellow-on-black').added.map(v => v.id)).toEqual(['color-contrast-enhanced']);
  // axe reaches into the shadow root and the frame, as in Chromium.
  expect(at('as-is', 'image-alt')).toEqual([[['audit-card', 'img']], ['iframe', '#framed-img']]);
});

test('Firefox: the keyboard walk presses real keys; a page that keeps Tab for itself fails it', async ({
  baseURL,
}) => {
  const trapped = await audit([
    `${baseURL}/fixtures/audit/trap.html`,
    '--browser',
    'firefox',
    '--modes',
    'as-is,yilan',
  ]);
  expect(trapped.code).toBe(1);
  const yilan = trapped.report!.pages[0]!.modes[1]!;
  expect(yilan.added.map(v => v.id)).toEqual(['yilan-keyboard']);
  expect(yilan.violations[0]!.nodes[0]!.summary).toMatch(/not reached/);
  // On a page that lets the keyboard through, Tab, Enter, the arrows and Escape pass the walk.
  const fine = await audit([
    `${baseURL}/fixtures/clean.html`,
    '--browser',
    'firefox',
    '--modes',
    'yilan',
  ]);
  expect(fine.code, lines(fine.report).join('\n')).toBe(0);
});

test('Firefox: a CSP that refuses the injected yilan.js is said so, never bypassed in silence', async ({
  baseURL,
}) => {
  const { code, report } = await audit([
    `${baseURL}/fixtures/audit/no-yilan.html?csp=strict`,
    '--browser',
    'firefox',
    '--modes',
    'as-is,elder',
  ]);
  expect(code).not.toBe(0);
  const page = report!.pages[0]!;
  expect(page.status).toBe('failed');
  expect(page.error).toMatch(/^could not inject yilan\.js/);
  expect(page.csp).toMatch(/^refused the injected yilan\.js; Firefox \d+.* cannot bypass it$/);
});

test('options Firefox cannot honour are a usage error before any browser starts', async ({
  baseURL,
}) => {
  const url = `${baseURL}/fixtures/clean.html`;
  for (const [args, option] of [
    [['--header', 'X-Test: 1'], '--header'],
    [['--http-credentials', 'qa:secret'], '--http-credentials'],
    [['--screenshots', '2'], '--screenshots'],
    [['--viewport', 'phone'], '--viewport phone'],
  ] as const) {
    // A Firefox that does not exist: had the audit tried to start it first, that would be the error.
    const firefox = ['--browser', 'firefox', '--browser-path', '/nonexistent/firefox-esr'];
    const { code, stderr } = await run([url, ...firefox, ...args]);
    expect(code, stderr).toBe(2);
    expect(stderr).toContain(`--browser firefox cannot honour ${option}`);
    expect(stderr).not.toContain('nonexistent');
  }
  const unknown = await run([url, '--browser', 'safari']);
  expect(unknown.code).toBe(2);
  expect(unknown.stderr).toContain('--browser must be one of chromium, firefox');
});
