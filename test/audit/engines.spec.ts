import { test, expect } from '@playwright/test';
import { INSTALL, missing, type EngineName } from '../engines/browsers.js';
import { audit, run, lines, type Report } from './cli-run.js';

// yilan-audit --browser: the same audit in Firefox (Debian's firefox-esr over WebDriver BiDi) and
// WebKit (WebKitGTK's MiniBrowser through WebKitWebDriver) as in Chromium. A machine without an
// engine skips with the package to install; CI (YILAN_REQUIRE_ENGINES=1) fails instead, so an
// engine is never silently left out.
test.describe.configure({ timeout: 180_000 });

const NAMES: Record<string, string> = { firefox: 'Firefox', webkit: 'WebKitGTK' };

/**
 * Each mode's violations as "mode rule elements" lines. Not the selectors: axe picks the shortest
 * unique one, which changes once Yilan's toolbar adds elements ("p" or ".faint" for one element).
 */
const found = (report: Report | null) =>
  (report?.pages ?? []).flatMap(p =>
    p.modes.flatMap(m => m.violations.map(v => `${m.mode} ${v.id} ${v.nodes.length}`)),
  );

for (const engine of ['firefox', 'webkit'] as EngineName[]) {
  const name = NAMES[engine]!;
  test.describe(engine, () => {
    const absent = missing(engine);
    test.beforeEach(() => {
      if (absent && process.env.YILAN_REQUIRE_ENGINES === '1')
        throw new Error(
          `${name} is required here (YILAN_REQUIRE_ENGINES=1): ${absent}; ${INSTALL[engine]}`,
        );
      test.skip(!!absent, `${name} is not installed (${absent}): ${INSTALL[engine]}`);
    });

    test('a page with known violations: the same ones as in Chromium, in every mode', async ({
      baseURL,
    }) => {
      const url = `${baseURL}/fixtures/with-violations.html`;
      const chromium = await audit([url, '--browser', 'chromium']);
      const other = await audit([url, '--browser', engine]);
      expect(chromium.code, chromium.stderr).toBe(1);
      expect(other.code, other.stderr).toBe(1);
      expect(chromium.report!.browser).toMatch(/^Chromium \d+\./);
      expect(other.report!.browser).toMatch(new RegExp(`^${name} \\d+\\.\\d+`));
      // The terminal summary names the engine too.
      expect(other.stdout).toContain(`axe-core ${other.report!.axe}, ${other.report!.browser}`);
      const page = other.report!.pages[0]!;
      expect(page.status, page.error).toBe('ok');
      expect(page.yilan).toBe('site');
      expect(page.modes).toHaveLength(13);
      expect(page.modes[0]!.violations.map(v => v.id)).toEqual(
        expect.arrayContaining(['button-name', 'color-contrast', 'image-alt', 'label']),
      );
      expect(found(other.report).sort()).toEqual(found(chromium.report).sort());
      const targets = (r: Report | null) =>
        r!.pages[0]!.modes[0]!.violations.map(
          v => `${v.id} ${JSON.stringify(v.nodes.map(n => n.target))}`,
        );
      expect(targets(other.report)).toEqual(targets(chromium.report));
      for (const mode of page.modes) expect(mode.added, mode.mode).toEqual([]);
    });

    test('Yilan injected into a site without it; modes, reflow, 7:1, shadow roots and frames', async ({
      baseURL,
    }) => {
      const { code, report, stderr } = await audit([
        `${baseURL}/fixtures/audit/checks.html`,
        '--browser',
        engine,
        '--modes',
        'as-is,zoom-200,scheme-yellow-on-black',
      ]);
      expect(code, stderr).toBe(1);
      const page = report!.pages[0]!;
      expect(page.status, page.error).toBe('ok');
      expect(page.yilan).toBe('injected');
      const mode = (m: string) => page.modes.find(x => x.mode === m)!;
      const at = (m: string, rule: string) =>
        mode(m)
          .violations.filter(v => v.id === rule)
          .flatMap(v => v.nodes.map(n => n.target));
      // 200 % text pushes the nowrap line past 1280 px; the box is wider than 320 px as it is.
      expect(at('as-is', 'reflow-320')).toEqual([['div#wide']]);
      expect(at('zoom-200', 'reflow-1280'), lines(report).join('\n')).toEqual([['p#line']]);
      expect(mode('zoom-200').added.map(v => v.id)).toEqual(['reflow-1280']);
      // The yellow-on-black scheme misses 7:1 only in a shadow root with its own colours.
      expect(at('scheme-yellow-on-black', 'color-contrast-enhanced')).toEqual([
        [['audit-card', '.inner']],
      ]);
      expect(mode('scheme-yellow-on-black').added.map(v => v.id)).toEqual([
        'color-contrast-enhanced',
      ]);
      // axe reaches into the shadow root and the frame, as in Chromium.
      expect(at('as-is', 'image-alt')).toEqual([
        [['audit-card', 'img']],
        ['iframe', '#framed-img'],
      ]);
    });

    test('the keyboard walk presses real keys; a page that keeps Tab for itself fails it', async ({
      baseURL,
    }) => {
      const trapped = await audit([
        `${baseURL}/fixtures/audit/trap.html`,
        '--browser',
        engine,
        '--modes',
        'as-is,yilan',
      ]);
      expect(trapped.code, trapped.stderr).toBe(1);
      const yilan = trapped.report!.pages[0]!.modes[1]!;
      expect(yilan.added.map(v => v.id)).toEqual(['yilan-keyboard']);
      expect(yilan.violations[0]!.nodes[0]!.summary).toMatch(/not reached/);
      // On a page that lets the keyboard through, Tab, Enter, the arrows and Escape pass the walk.
      const fine = await audit([
        `${baseURL}/fixtures/clean.html`,
        '--browser',
        engine,
        '--modes',
        'yilan',
      ]);
      expect(fine.code, lines(fine.report).join('\n')).toBe(0);
    });

    test('a CSP that refuses the injected yilan.js is said so; a missing page is an HTTP error', async ({
      baseURL,
    }) => {
      const { code, report } = await audit([
        `${baseURL}/fixtures/audit/no-yilan.html?csp=strict`,
        `${baseURL}/no-such-page`,
        '--browser',
        engine,
        '--modes',
        'as-is,elder',
      ]);
      expect(code).not.toBe(0);
      const [csp, gone] = report!.pages;
      expect(csp!.status).toBe('failed');
      expect(csp!.error).toMatch(/^could not inject yilan\.js/);
      expect(csp!.csp).toMatch(
        new RegExp(`^refused the injected yilan\\.js; ${name} \\d.* cannot bypass it$`),
      );
      expect(gone!.status).toBe('failed');
      expect(gone!.error).toBe('HTTP 404');
    });
  });
}

test('options only Chromium honours are a usage error before any browser starts', async ({
  baseURL,
}) => {
  const url = `${baseURL}/fixtures/clean.html`;
  for (const engine of ['firefox', 'webkit'])
    for (const [args, option] of [
      [['--header', 'X-Test: 1'], '--header'],
      [['--http-credentials', 'qa:secret'], '--http-credentials'],
      [['--screenshots', '2'], '--screenshots'],
      [['--viewport', 'phone'], '--viewport phone'],
    ] as const) {
      // A browser that does not exist: had the audit tried to start it first, that would be the error.
      const browser = ['--browser', engine, '--browser-path', '/nonexistent/browser'];
      const { code, stderr } = await run([url, ...browser, ...args]);
      expect(code, stderr).toBe(2);
      expect(stderr).toContain(`--browser ${engine} cannot honour ${option}`);
      expect(stderr).not.toContain('nonexistent');
    }
  const unknown = await run([url, '--browser', 'safari']);
  expect(unknown.code).toBe(2);
  expect(unknown.stderr).toContain('--browser must be one of chromium, firefox, webkit');
});
