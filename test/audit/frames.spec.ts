import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { test, expect } from '@playwright/test';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { INSTALL, missing, type EngineName } from '../engines/browsers.js';
import { audit, tempDir, type Mode, type Report } from './cli-run.js';

// Frames of every origin (ADR 0017): a same-origin frame, a frame from another origin (localhost
// when the page is on 127.0.0.1) with a frame of its own, a sandboxed frame without allow-scripts
// and a frame whose server cannot be reached. Each that loads holds an image without alt text and
// an input without a label.
test.describe.configure({ timeout: 180_000 });

const require = createRequire(import.meta.url);
const FRAMES = '/fixtures/audit/frames.html';
const NAMES: Record<EngineName, string> = {
  chromium: 'Chromium',
  firefox: 'Firefox',
  webkit: 'WebKitGTK',
};

/** Each finding of a mode as "rule target frame". */
const found = (mode: Mode | undefined) =>
  (mode?.violations ?? [])
    .flatMap(v => v.nodes.map(n => `${v.id} ${JSON.stringify(n.target)} ${n.frame ?? 'top'}`))
    .sort();

/** What every frame that loads holds, found once each, with the URL of its frame. */
function expected(baseURL: string) {
  const other = baseURL.replace('127.0.0.1', 'localhost');
  const frames = [
    ['#same', `${baseURL}/fixtures/audit/frames/same.html`, 'same'],
    ['#cross', `${other}/fixtures/audit/frames/cross.html`, 'cross'],
    ['#cross","#nested', `${other}/fixtures/audit/frames/nested.html`, 'nested'],
  ];
  return frames
    .flatMap(([path, url, id]) => [
      `image-alt ["${path}","#${id}-img"] ${url}`,
      `label ["${path}","#${id}-input"] ${url}`,
    ])
    .sort();
}

function notAudited(report: Report | null) {
  return report!.pages[0]!.notAudited!.map(f => ({ ...f, reason: f.reason.split(':')[0] }));
}

for (const engine of ['chromium', 'firefox', 'webkit'] as EngineName[]) {
  const name = NAMES[engine];
  test.describe(engine, () => {
    const absent = engine === 'chromium' ? null : missing(engine);
    test.beforeEach(() => {
      if (absent && process.env.YILAN_REQUIRE_ENGINES === '1')
        throw new Error(`${name} is required here (YILAN_REQUIRE_ENGINES=1): ${absent}`);
      test.skip(!!absent, `${name} is not installed (${absent}): ${INSTALL[engine]}`);
    });

    test('every frame is audited whatever its origin, with its URL; a sandboxed and an unreachable frame are named as not audited', async ({
      baseURL,
    }) => {
      const { code, report, stdout, stderr } = await audit([
        `${baseURL}${FRAMES}`,
        '--browser',
        engine,
        '--modes',
        'as-is,elder',
        '--checks',
        'none',
      ]);
      expect(code, stderr).toBe(1);
      const page = report!.pages[0]!;
      expect(page.status, page.error).toBe('ok');
      // The same-origin frame once (axe in the top page does not reach it a second time), the
      // other origin's frame and the frame inside it, each with its frame's URL.
      const [asIs, elder] = page.modes;
      expect(found(asIs)).toEqual(expected(baseURL!));
      // Yilan's elder mode changes the top page only: the frames are audited as they are.
      expect(found(elder)).toEqual(expected(baseURL!));
      expect(elder!.added).toEqual([]);
      expect(notAudited(report)).toEqual([
        {
          target: ['#sandboxed'],
          url: `${baseURL}/fixtures/audit/frames/sandboxed.html`,
          reason: 'sandboxed without allow-scripts',
          modes: ['as-is', 'elder'],
        },
        {
          target: ['#gone'],
          url: 'http://widget.invalid/form.html',
          reason: expect.stringMatching(/^it did not load/),
          modes: ['as-is', 'elder'],
        },
      ]);
      // The terminal names the frame of each finding and each frame not audited.
      const other = baseURL!.replace('127.0.0.1', 'localhost');
      expect(stdout).toContain(`in the frame ${other}/fixtures/audit/frames/cross.html`);
      expect(stdout).toContain('Not audited: 2 frames');
      expect(stdout).toMatch(/#sandboxed .*sandboxed\.html\n\s+sandboxed without allow-scripts/);
      expect(stdout).toMatch(/#gone {2}http:\/\/widget\.invalid\/form\.html\n\s+it did not load/);
      expect(stdout).toContain('2 frames not audited');
    });
  });
}

test('frames in every report: the frame URL of each finding, a section of frames not audited; the run is incomplete until they are excluded', async ({
  baseURL,
  page,
}) => {
  const dir = await tempDir();
  const file = (n: string) => join(dir, n);
  const other = baseURL!.replace('127.0.0.1', 'localhost');
  const cross = `${other}/fixtures/audit/frames/cross.html`;
  const { code, report } = await audit([
    `${baseURL}${FRAMES}`,
    '--modes',
    'as-is',
    '--checks',
    'none',
    ...['markdown', 'html', 'junit', 'sarif', 'csv'].flatMap(f => [`--${f}`, file(`r.${f}`)]),
  ]);
  expect(code).toBe(1);
  expect(report!.gate.complete).toBe(false);

  const md = await readFile(file('r.markdown'), 'utf8');
  expect(md).toContain(`#cross \\|\\> #cross-img (in the frame ${cross})`);
  expect(md).toContain('### Frames not audited');
  expect(md).toMatch(/frame #sandboxed \(.*sandboxed\.html\): sandboxed without allow-scripts/);
  expect(md).toMatch(/frame #gone \(http:\/\/widget\.invalid\/form\.html\): it did not load/);

  const junit = await readFile(file('r.junit'), 'utf8');
  expect(junit).toMatch(/<testcase [^>]*name="frames"><error message="2 frames not audited">/);

  const csv = (await readFile(file('r.csv'), 'utf8')).split('\r\n');
  expect(csv[0]).toMatch(/,frame$/);
  expect(
    csv.filter(r => r.includes('#cross |> #cross-img') && r.endsWith(`,${cross}`)),
  ).toHaveLength(1);

  const schema = JSON.parse(
    await readFile(
      require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'),
      'utf8',
    ),
  );
  const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
  addFormats(ajv);
  const validate = ajv.compile(schema);
  const sarif = JSON.parse(await readFile(file('r.sarif'), 'utf8'));
  expect(validate(sarif), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
  const invocation = sarif.runs[0].invocations[0];
  expect(invocation.executionSuccessful).toBe(false);
  expect(
    invocation.toolExecutionNotifications.map((n: { message: { text: string } }) => n.message.text),
  ).toEqual([
    expect.stringMatching(/^Frame not audited: #sandboxed .*sandboxed without allow-scripts/),
    expect.stringMatching(/^Frame not audited: #gone .*it did not load/),
  ]);
  expect(
    sarif.runs[0].results.filter(
      (r: { properties: { frame?: string } }) => r.properties.frame === cross,
    ),
  ).toHaveLength(2);

  await page.goto(pathToFileURL(file('r.html')).href);
  const section = page.locator('h2:text("Frames not audited") + p + ul');
  await expect(section.getByRole('listitem')).toHaveCount(2);
  await expect(section).toContainText('#sandboxed');
  await expect(section).toContainText('http://widget.invalid/form.html');
  const crossFinding = page.locator('.finding', { hasText: '#cross |> #cross-img' });
  await expect(crossFinding.getByRole('link', { name: cross })).toBeVisible();
  // The report with its new section still passes axe.
  await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: (o: object) => Promise<{ violations: { id: string }[] }> };
      }
    ).axe;
    const r = await axe.run({
      runOnly: {
        type: 'tag',
        values: ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa', 'best-practice'],
      },
    });
    return r.violations.map(v => v.id);
  });
  expect(violations).toEqual([]);

  // Nothing fails in what was audited, but two frames were not: exit 3, INCOMPLETE.
  const gaps = await audit([
    `${baseURL}${FRAMES}`,
    '--modes',
    'as-is',
    '--checks',
    'none',
    '--exclude',
    '#same',
    '--exclude',
    '#cross',
  ]);
  expect(gaps.code, gaps.stdout).toBe(3);
  expect(gaps.stdout).toMatch(/INCOMPLETE\n$/);
  expect(gaps.report!.gate.passed).toBe(false);
  // Excluding the frames axe cannot run in is the way to accept them.
  const accepted = await audit([
    `${baseURL}${FRAMES}`,
    '--modes',
    'as-is',
    '--checks',
    'none',
    '--exclude',
    '#sandboxed',
    '--exclude',
    '#gone',
  ]);
  expect(accepted.code).toBe(1);
  expect(accepted.report!.pages[0]!.notAudited).toBeUndefined();
  expect(accepted.stdout).not.toContain('Not audited');
  expect(found(accepted.report!.pages[0]!.modes[0])).toEqual(expected(baseURL!));
});
