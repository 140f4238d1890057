import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { test, expect } from '@playwright/test';
import { audit, tempDir, type Report } from './cli-run.js';

// What fails the gate, counted as issues (one element failing one rule, in however many modes)
// rather than issue × mode, in every report's summary; the HTML report opens on them.
test.describe.configure({ timeout: 120_000 });

/** The issues of a report, counted here from its nodes: rule, page and target. */
function issues(report: Report) {
  const seen = new Map<string, Set<string>>();
  for (const p of report.pages)
    for (const m of p.modes)
      for (const v of m.violations)
        for (const n of v.nodes) {
          if (n.gate !== 'fail') continue;
          const key = `${v.id} ${p.url} ${JSON.stringify(n.target)}`;
          seen.set(key, (seen.get(key) ?? new Set()).add(m.mode));
        }
  return seen;
}

test('issues, not issue × mode: the summary of every report, and the HTML report opens on them by rule and element', async ({
  baseURL,
  page,
}) => {
  const dir = await tempDir();
  const file = (n: string) => join(dir, n);
  const modes = ['as-is', 'elder', 'zoom-200'];
  const { code, report, stdout } = await audit([
    `${baseURL}/fixtures/with-violations.html`,
    '--modes',
    modes.join(','),
    '--checks',
    'none',
    ...['markdown', 'html', 'junit', 'sarif'].flatMap(f => [`--${f}`, file(`r.${f}`)]),
  ]);
  expect(code).toBe(1);
  const found = issues(report!);
  const findings = [...found.values()].reduce((n, m) => n + m.size, 0);
  // Most of the fixture's violations are seen in every mode: fewer issues than findings.
  expect(found.size).toBeGreaterThan(1);
  expect(findings).toBeGreaterThan(found.size);
  const gate = report!.gate as Report['gate'] & { issues: number };
  expect(gate.issues).toBe(found.size);
  expect(gate.failing).toBe(findings);
  const words = `${found.size} issues (${findings} findings across modes)`;

  expect(stdout).toContain(`Fails the gate: ${words}`);
  expect(stdout).toContain(
    `${found.size} issues fail the gate (${findings} violations across modes)`,
  );
  const md = await readFile(file('r.markdown'), 'utf8');
  expect(md).toContain(`**Failed: ${words}.**`);
  expect(md).toContain(`### Fails the gate: ${words}`);
  // One line an issue, with its modes.
  expect(md.split('\n').filter(l => l.startsWith('- `'))).toHaveLength(found.size);
  expect(md).toContain(`, in ${modes.join(', ')}`);
  expect(await readFile(file('r.junit'), 'utf8')).toContain(
    `<property name="issues failing the gate" value="${found.size}"/>`,
  );
  const sarif = JSON.parse(await readFile(file('r.sarif'), 'utf8'));
  expect(sarif.runs[0].properties.issuesFailing).toBe(found.size);

  await page.goto(pathToFileURL(file('r.html')).href);
  await expect(page).toHaveTitle(`yilan-audit report: ${found.size} issues failing`);
  // The first section after the header is what fails, by rule, then element with its modes.
  await expect(page.locator('main h2').first()).toHaveText(`Fails the gate: ${words}`);
  const section = page.getByRole('region', { name: /^Fails the gate/ });
  await expect(section.locator('.issues > li')).toHaveCount(found.size);
  const rules = new Set([...found.keys()].map(k => k.split(' ')[0]));
  await expect(section.getByRole('heading', { level: 3 })).toHaveCount(rules.size);
  const alt = section.locator('h3', { hasText: 'image-alt' });
  await expect(alt).toBeVisible();
  const everywhere = [...found.values()].filter(m => m.size === modes.length).length;
  await expect(
    section.locator('.issues > li', { hasText: `3 modes (${modes.join(', ')})` }),
  ).toHaveCount(everywhere);
  await expect(page.getByText(`Failed: ${words} fail the gate`)).toBeVisible();
});
