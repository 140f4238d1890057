import { test, expect } from '@playwright/test';
import { audit, ids, targets } from './cli-run.js';

// Each test runs the real bin, often several times over 13 modes: more than a page test's 30 s.
test.describe.configure({ timeout: 120_000 });

// What yilan-audit finds beyond a plain axe run, and the axe options that shape it.

const CHECKS = '/fixtures/audit/checks.html';

test('extra checks: reflow at 320 px and at 1280 px with 200 % text, 7:1 in the colour schemes', async ({
  baseURL,
}) => {
  const { code, report } = await audit([
    `${baseURL}${CHECKS}`,
    '--modes',
    'as-is,zoom-200,scheme-yellow-on-black',
  ]);
  expect(code).toBe(1);
  const [asIs, scheme, zoom] = report!.pages[0]!.modes;
  expect(targets(asIs, 'reflow-320')).toEqual([['div#wide']]);
  expect(targets(zoom, 'reflow-1280')).toEqual([['p#line']]);
  expect(ids(asIs)).not.toContain('reflow-1280');
  // 7:1 is asked of Yilan's schemes only; text in a shadow root with its own colours misses it.
  expect(ids(asIs)).not.toContain('color-contrast-enhanced');
  expect(targets(scheme, 'color-contrast-enhanced')).toEqual([[['audit-card', '.inner']]]);
  const contrast = scheme!.violations.find(v => v.id === 'color-contrast-enhanced')!.nodes[0]!;
  expect(contrast.contrast).toMatchObject({ fg: '#767676', bg: '#ffffff', expected: 7 });
  // Inside shadow roots and frames.
  expect(targets(asIs, 'image-alt')).toEqual([[['audit-card', 'img']], ['iframe', '#framed-img']]);
  const none = await audit([
    `${baseURL}${CHECKS}`,
    '--modes',
    'as-is,zoom-200',
    '--checks',
    'none',
  ]);
  expect(none.report!.pages[0]!.modes.flatMap(ids)).not.toContain('reflow-320');
  expect(none.report!.pages[0]!.modes.flatMap(ids)).not.toContain('reflow-1280');
});

test('axe options: tags, rules on and off, include and exclude through shadow roots and frames', async ({
  baseURL,
}) => {
  const page = `${baseURL}${CHECKS}`;
  const base = ['--modes', 'as-is', '--checks', 'none'];
  const aaa = await audit([
    page,
    ...base,
    '--tags',
    'wcag2a',
    '--rules',
    'color-contrast-enhanced',
  ]);
  expect(targets(aaa.report!.pages[0]!.modes[0], 'color-contrast-enhanced')).toEqual(
    expect.arrayContaining([['#grey']]),
  );
  const off = await audit([page, ...base, '--disable-rules', 'image-alt']);
  expect(ids(off.report!.pages[0]!.modes[0])).not.toContain('image-alt');
  const noFrames = await audit([page, ...base, '--no-iframes']);
  expect(targets(noFrames.report!.pages[0]!.modes[0], 'image-alt')).toEqual([
    [['audit-card', 'img']],
  ]);
  const inside = await audit([page, ...base, '--include', 'audit-card >>> .inner-img']);
  expect(targets(inside.report!.pages[0]!.modes[0], 'image-alt')).toEqual([
    [['audit-card', 'img']],
  ]);
  const framed = await audit([page, ...base, '--include', 'iframe |> body']);
  expect(targets(framed.report!.pages[0]!.modes[0], 'image-alt')).toEqual([
    ['iframe', '#framed-img'],
  ]);
  const outside = await audit([page, ...base, '--exclude', 'iframe', '--exclude', 'audit-card']);
  expect(ids(outside.report!.pages[0]!.modes[0])).not.toContain('image-alt');
  const usage = await audit([page, '--tags', '']);
  expect(usage.code).toBe(2);
  // A typo is a usage error naming what was meant, before any page is opened (it used to fail
  // every page as "did not load", or, for a tag, audit with fewer rules and say nothing).
  for (const [flag, typo, meant] of [
    ['--rules', 'image-alts', 'image-alt'],
    ['--tags', 'WCAG2AA', 'wcag2aa'],
    ['--tags', 'wcag21aa,bestpractice', 'best-practice'],
  ] as const) {
    const wrong = await audit([page, flag, typo]);
    expect(wrong.code, `${flag} ${typo}`).toBe(2);
    expect(wrong.stderr).toContain(`did you mean ${meant}?`);
    expect(wrong.report).toBeNull();
  }
});

test("a keyboard walk of Yilan's toolbar: a page that keeps Tab for itself fails it", async ({
  baseURL,
}) => {
  const trapped = await audit([`${baseURL}/fixtures/audit/trap.html`, '--modes', 'as-is,yilan']);
  expect(trapped.code).toBe(1);
  const yilan = trapped.report!.pages[0]!.modes[1]!;
  expect(ids(yilan)).toEqual(['yilan-keyboard']);
  expect(yilan.added.map(v => v.id)).toEqual(['yilan-keyboard']);
  expect(yilan.violations[0]!.nodes[0]!.summary).toMatch(/not reached/);
  // The same walk passes on a page that lets the keyboard through.
  const fine = await audit([`${baseURL}/fixtures/clean.html`, '--modes', 'yilan,elder']);
  expect(fine.code, JSON.stringify(fine.report?.pages[0]?.modes)).toBe(0);
  // Elder mode lists small page targets for review (WCAG 2.5.5), never failing on them.
  expect(fine.report!.pages[0]!.modes[1]!.review.map(v => v.id)).toContain('target-size-enhanced');
});

test('--viewport phone: pages audited on a 360 px touch screen, where sideways scroll shows', async ({
  baseURL,
}) => {
  // USWDS's footer grid sticks out at 360 px (8 px as the page is, more with text at 200 %): the
  // desktop window never sees it.
  const page = `${baseURL}/fixtures/real/uswds-landing/index.html`;
  const args = [page, '--modes', 'zoom-200', '--checks', 'reflow'];
  const phone = await audit([...args, '--viewport', 'phone']);
  expect(phone.report!.viewport).toEqual({ width: 360, height: 740, mobile: true });
  expect(ids(phone.report!.pages[0]!.modes[0])).toContain('reflow-360');
  const desktop = await audit(args);
  expect(desktop.report!.viewport).toEqual({ width: 1280, height: 800, mobile: false });
  expect(ids(desktop.report!.pages[0]!.modes[0]).filter(id => id.startsWith('reflow'))).toEqual([]);
  expect((await audit([page, '--viewport', 'tablet'])).code).toBe(2);
});
