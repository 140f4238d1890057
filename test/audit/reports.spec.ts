import { readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { test, expect } from '@playwright/test';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { audit, run, start, tempDir, type Report } from './cli-run.js';
import { PORTAL_PAGES } from '../helpers/portal-pages.mjs';

// Each test runs the real bin, often several times over 13 modes: more than a page test's 30 s.
test.describe.configure({ timeout: 120_000 });

const require = createRequire(import.meta.url);

test('every report from one run: SARIF valid against the 2.1.0 schema, CSV, and an HTML report that passes axe', async ({
  baseURL,
  page,
}) => {
  const dir = await tempDir();
  const file = (name: string) => join(dir, name);
  const { code, report } = await audit([
    `${baseURL}/fixtures/with-violations.html`,
    `${baseURL}/no-such-page.html`,
    '--modes',
    'as-is,elder,scheme-yellow-on-black',
    '--sarif',
    file('r.sarif'),
    '--csv',
    file('r.csv'),
    '--html',
    file('r.html'),
  ]);
  expect(code).toBe(1);
  const nodes = report!.pages.flatMap(p =>
    p.modes.flatMap(m => m.violations.flatMap(v => v.nodes)),
  );

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
  expect(sarif.runs[0].results).toHaveLength(nodes.length);
  expect(sarif.runs[0].tool.driver.rules.map((r: { id: string }) => r.id)).toContain('image-alt');
  expect(sarif.runs[0].properties.axe).toBe(report!.axe);
  expect(sarif.runs[0].invocations[0].executionSuccessful).toBe(false);

  const rows = (await readFile(file('r.csv'), 'utf8')).trimEnd().split('\r\n');
  expect(rows[0]).toMatch(/^page,mode,rule,impact,target,html/);
  // Rows can hold quoted newlines; count records by their page column instead.
  expect(rows.filter(r => r.startsWith(`${baseURL}/`))).toHaveLength(nodes.length);

  await page.goto(pathToFileURL(file('r.html')).href);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('yilan-audit report');
  await expect(page.locator('.finding')).toHaveCount(nodes.length);
  await expect(page.getByText(/did not load|HTTP 404/).first()).toBeVisible();
  // Contrast findings show the two colours and the ratio; findings carry outlined screenshots.
  await expect(page.locator('.contrast').first()).toContainText(':1');
  expect(await page.locator('.finding img[src^="data:image/jpeg"]').count()).toBeGreaterThan(0);
  await page.getByLabel('Mode', { exact: true }).selectOption('elder');
  const elder = report!.pages[0]!.modes.find(m => m.mode === 'elder')!;
  const elderNodes = elder.violations.reduce((n, v) => n + v.nodes.length, 0);
  await expect(page.locator('.finding:visible')).toHaveCount(elderNodes);
  await expect(page.getByRole('status')).toHaveText(`${elderNodes} findings shown.`);
  await page.getByLabel('Rule', { exact: true }).selectOption('image-alt');
  await expect(page.locator('.finding:visible')).toHaveCount(1);
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
});

test('a baseline: known findings pass, new ones fail, fixed ones are listed and pruned', async ({
  baseURL,
}) => {
  const dir = await tempDir();
  const baseline = join(dir, 'baseline.json');
  const url = `${baseURL}/fixtures/with-violations.html`;
  const args = [url, '--modes', 'as-is,elder', '--checks', 'none', '--baseline', baseline];
  const first = await audit(args);
  expect(first.code).toBe(1);
  const made = await audit([...args, '--update-baseline', '--add-to-baseline']);
  expect(made.code).toBe(0);
  const written = JSON.parse(await readFile(baseline, 'utf8'));
  expect(written.entries).toHaveLength(first.report!.gate.failing);
  expect(written.entries[0]).toMatchObject({ page: '/fixtures/with-violations.html' });
  expect(written.entries[0].hash).toMatch(/^[0-9a-f]{16}$/);

  // One entry's selector churned (matched by its markup), one finding is new, one entry is fixed.
  const entries = written.entries.slice(1);
  entries[0].target = 'body > main > :nth-child(99)';
  entries.push({
    page: '/fixtures/with-violations.html',
    mode: 'as-is',
    rule: 'list',
    target: 'ul',
    reason: 'fixed last week',
  });
  await writeFile(baseline, JSON.stringify({ entries }));
  const next = await audit(args);
  expect(next.code).toBe(1);
  expect(next.report!.gate.failing).toBe(1);
  expect(next.report!.gate.baselined).toBe(written.entries.length - 1);
  expect(next.report!.gate.fixed.map(e => e.rule)).toEqual(['list']);
  expect(next.stdout).toContain('1 fixed since it');
  // --update-baseline prunes what was fixed and takes the new selector; it adds nothing unasked.
  const pruned = await audit([...args, '--update-baseline']);
  expect(pruned.code).toBe(1);
  const after = JSON.parse(await readFile(baseline, 'utf8'));
  expect(after.entries).toHaveLength(written.entries.length - 1);
  expect(after.entries.some((e: { rule: string }) => e.rule === 'list')).toBe(false);
  expect(after.entries.some((e: { target: string }) => e.target.includes('nth-child(99)'))).toBe(
    false,
  );
  // Thresholds and the impact floor.
  const allowed = await audit([...args, '--threshold', `rule=${written.entries[0].rule},max=2`]);
  expect(allowed.code).toBe(0);
  expect(allowed.report!.gate.allowed).toBe(1);
  await writeFile(baseline, '{ not json');
  expect((await run(args)).code).toBe(2);
});

test('the baseline flags never fail silently: a first --update-baseline records everything', async ({
  baseURL,
}) => {
  const dir = await tempDir();
  const url = `${baseURL}/fixtures/with-violations.html`;
  const base = [url, '--modes', 'as-is', '--checks', 'none'];
  // First run, no file yet: --update-baseline alone records every finding (it wrote an empty file).
  const first = join(dir, 'first.json');
  const made = await audit([...base, '--baseline', first, '--update-baseline']);
  expect(made.code).toBe(0);
  const recorded = JSON.parse(await readFile(first, 'utf8')).entries;
  expect(recorded.length).toBeGreaterThan(0);
  expect(made.report!.gate.baselined).toBe(recorded.length);
  // --add-to-baseline alone writes the file too (it wrote nothing).
  const added = join(dir, 'added.json');
  expect((await audit([...base, '--baseline', added, '--add-to-baseline'])).code).toBe(0);
  expect(JSON.parse(await readFile(added, 'utf8')).entries).toHaveLength(recorded.length);
  // Either flag without a file to write is a usage error.
  const alone = await run([...base, '--update-baseline']);
  expect(alone.code).toBe(2);
  expect(alone.stderr).toContain('--update-baseline needs --baseline <file>');
});

test('an interrupted run writes a partial report and exits 3', async ({ baseURL }) => {
  const dir = await tempDir();
  const json = join(dir, 'partial.json');
  const urls = PORTAL_PAGES.filter(p => p.name !== 'not found').map(p => `${baseURL}${p.path}`);
  const cli = start([...urls, '--concurrency', '1', '--json', json, '--html', join(dir, 'p.html')]);
  // The progress line counts the pages: "[1/25 4% eta 0:41]".
  const first = new RegExp(`\\[1/${urls.length} \\d+% eta \\d+:\\d\\d\\]`);
  await expect.poll(() => cli.output(), { timeout: 60_000 }).toMatch(first);
  cli.child.kill('SIGINT');
  expect(await cli.exit).toBe(3);
  const report = JSON.parse(await readFile(json, 'utf8')) as Report;
  expect(report.interrupted).toBe(true);
  // Nothing failed in what ran, but the run did not pass: it was cut short.
  expect(report.gate).toMatchObject({ passed: false, complete: false });
  const statuses = report.pages.map(p => p.status);
  expect(statuses.filter(s => s === 'ok').length).toBeGreaterThanOrEqual(1);
  expect(statuses.filter(s => s === 'not run').length).toBeGreaterThan(10);
  expect(report.pages.find(p => p.status === 'not run')!.error).toBe('not run: interrupted');
  expect(await readFile(join(dir, 'p.html'), 'utf8')).toContain('this report is partial');
});
