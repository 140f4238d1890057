import { readFile, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { test, expect } from '@playwright/test';
import { PORTAL_PAGES } from '../helpers/portal-pages.mjs';
import { audit, run, tempDir, lines } from './cli-run.js';

// Each test runs the real bin, often several times over 13 modes: more than a page test's 30 s.
test.describe.configure({ timeout: 120_000 });

test('a page with known violations: exit 1, every mode audited, Yilan adds none', async ({
  baseURL,
}) => {
  const { code, report, stdout } = await audit([`${baseURL}/fixtures/with-violations.html`]);
  expect(code, stdout).toBe(1);
  expect(report!.schema).toBe(1);
  expect(report!.axe).toMatch(/^4\.\d+\.\d+$/);
  expect(report!.browser).toMatch(/^Chromium \d+/);
  const page = report!.pages[0]!;
  expect(page.yilan).toBe('site');
  expect(page.modes.map(m => m.mode)).toEqual(report!.modes);
  expect(report!.modes).toHaveLength(13);
  const asIs = page.modes.find(m => m.mode === 'as-is')!;
  expect(asIs.violations.map(v => v.id)).toEqual(
    expect.arrayContaining(['color-contrast', 'image-alt']),
  );
  for (const mode of page.modes) expect(mode.added, mode.mode).toEqual([]);
  expect(stdout).toContain('0 added by Yilan');
  // The terminal names what fails, one line per issue with the modes it was seen in (not 13 lines
  // for one missing alt text), without opening a report.
  const listed = stdout.slice(stdout.indexOf('Fails the gate:'));
  expect(listed).toMatch(/^Fails the gate: \d+ issues \(\d+ findings across modes\)/);
  expect(listed).toMatch(
    /image-alt \(critical\) {2}\S+with-violations\.html {2}img {2}\[as-is, yilan, elder \+\d+ modes\]/,
  );
  expect(listed.match(/^ {2}image-alt /gm)).toHaveLength(1);
});

test('a site without Yilan: Yilan is injected; --gate added passes when Yilan adds nothing', async ({
  baseURL,
}) => {
  const { code, report } = await audit([
    `${baseURL}/fixtures/audit/no-yilan.html`,
    '--gate',
    'added',
    '--modes',
    'as-is,elder,scheme-yellow-on-black,zoom-200',
  ]);
  expect(code).toBe(0);
  const page = report!.pages[0]!;
  expect(page.yilan).toBe('injected');
  expect(page.modes.map(m => m.mode)).toEqual([
    'as-is',
    'elder',
    'scheme-yellow-on-black',
    'zoom-200',
  ]);
  for (const mode of page.modes) expect(mode.violations.map(v => v.id)).toContain('image-alt');
});

test("a Yilan that does not take a mode's settings fails that page loudly, never audits it as-is", async ({
  baseURL,
}) => {
  const { code, report, stdout } = await audit([
    `${baseURL}/fixtures/audit/old-yilan.html`,
    '--modes',
    'as-is,elder',
    '--retries',
    '0',
  ]);
  expect(code, stdout).toBe(3);
  const page = report!.pages[0]!;
  expect(page.yilan).toBe('site');
  expect(page.error).toMatch(/Yilan 0\.0\.1 did not apply elder=true/);
  expect(page.modes.map(m => m.mode)).not.toContain('elder');
});

test('a strict CSP with Trusted Types: the injection is retried with the policy bypassed, and said so', async ({
  baseURL,
}) => {
  const { code, report } = await audit([
    `${baseURL}/fixtures/audit/no-yilan.html?csp=strict`,
    '--modes',
    'as-is,elder',
  ]);
  expect(code).toBe(1);
  expect(report!.pages[0]!.csp).toBe('bypassed to inject Yilan');
  expect(report!.pages[0]!.modes).toHaveLength(2);
});

test('JUnit XML and the Markdown summary from the same run: well-formed, one case a mode', async ({
  baseURL,
  page,
}) => {
  const dir = await tempDir();
  const [xmlFile, mdFile] = [join(dir, 'junit.xml'), join(dir, 'summary.md')];
  const { code } = await run([
    `${baseURL}/fixtures/with-violations.html`,
    `${baseURL}/no-such-page.html`,
    '--modes',
    'as-is,elder,zoom-200',
    '--junit',
    xmlFile,
    '--markdown',
    mdFile,
  ]);
  expect(code).toBe(1);
  // Parsed by the browser's own XML parser, as a CI server would.
  const junit = await page.evaluate(
    text => {
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        suites: doc.querySelectorAll('testsuite').length,
        cases: [...doc.querySelectorAll('testsuite:first-child testcase')].map(c =>
          c.getAttribute('name'),
        ),
        failures: doc.querySelectorAll('testsuite:first-child failure').length,
        errors: doc.querySelectorAll('error').length,
        failureText: doc.querySelector('failure')?.textContent ?? '',
        axe: doc.querySelector('testsuite property[name="axe-core"]')?.getAttribute('value'),
      };
    },
    await readFile(xmlFile, 'utf8'),
  );
  expect(junit.error).toBeNull();
  expect(junit.suites).toBe(2);
  expect(junit.cases).toEqual(['as-is', 'elder', 'zoom-200']);
  expect(junit.failures).toBe(3);
  expect(junit.errors).toBe(1);
  expect(junit.failureText).toContain('image-alt');
  expect(junit.axe).toMatch(/^4\.\d+\.\d+$/);
  const summary = await readFile(mdFile, 'utf8');
  expect(summary).toContain('| page | as-is | elder | zoom-200 |');
  expect(summary).toContain('did not load: HTTP 404');
  expect(summary).toContain('Yilan adds no violation.');
});

test('sitemaps: a local index naming a gzipped urlset, and a remote robots.txt naming a sitemap', async ({
  baseURL,
}) => {
  const dir = await tempDir();
  const urlset = (paths: string[]) =>
    `<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${paths
      .map(p => `<url><loc>${baseURL}${p.replace(/&/g, '&amp;')}</loc></url>`)
      .join('')}</urlset>`;
  await writeFile(
    join(dir, 'pages.xml.gz'),
    gzipSync(urlset(['/fixtures/basic.html', '/fixtures/clean.html?a=1&b=2'])),
  );
  await writeFile(
    join(dir, 'index.xml'),
    '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>pages.xml.gz</loc></sitemap></sitemapindex>',
  );
  const local = await audit(['--sitemap', join(dir, 'index.xml'), '--modes', 'as-is']);
  expect(local.code).toBe(0);
  expect(local.report!.pages.map(p => p.url)).toEqual([
    `${baseURL}/fixtures/basic.html`,
    `${baseURL}/fixtures/clean.html?a=1&b=2`,
  ]);

  // A site's robots.txt and sitemap, served over HTTP.
  const site = createServer((req, res) => {
    if (req.url === '/robots.txt') res.end('User-agent: *\nSitemap: /sitemap.xml\n');
    else if (req.url === '/sitemap.xml') res.end(urlset(['/fixtures/en.html']));
    else res.writeHead(404).end();
  });
  await new Promise<void>(r => site.listen(0, '127.0.0.1', r));
  const { port } = site.address() as AddressInfo;
  const remote = await audit([
    '--sitemap',
    `http://127.0.0.1:${port}/robots.txt`,
    '--modes',
    'as-is,elder',
  ]);
  site.close();
  expect(remote.code).toBe(0);
  expect(remote.report!.pages.map(p => p.url)).toEqual([`${baseURL}/fixtures/en.html`]);
  expect((await run(['--sitemap', join(dir, 'missing.xml')])).code).toBe(2);
});

test('--serve: a built folder served on 127.0.0.1, every .html file in it, or the paths named', async () => {
  const dir = await tempDir();
  const html = (body: string) =>
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>t</title></head><body><main><h1>Hello</h1>${body}</main></body></html>`;
  await writeFile(join(dir, 'index.html'), html('<p>Clean.</p>'));
  await writeFile(join(dir, 'broken.html'), html('<img src="x.png">'));
  const all = await audit(['--serve', dir, '--modes', 'as-is,elder']);
  expect(all.code).toBe(1);
  expect(all.report!.pages.map(p => new URL(p.url).pathname)).toEqual([
    '/broken.html',
    '/index.html',
  ]);
  expect(all.report!.pages[0]!.modes[0]!.violations.map(v => v.id)).toContain('image-alt');
  expect(all.report!.pages[0]!.yilan).toBe('injected');
  const one = await audit(['--serve', dir, '/index.html', '--modes', 'as-is,zoom-200']);
  expect(one.code).toBe(0);
  expect(one.report!.pages).toHaveLength(1);
  expect((await run(['--serve', join(dir, 'nope')])).code).toBe(2);
});

test('usage errors exit 2 with the reason; a page that does not load exits 3', async ({
  baseURL,
}) => {
  const unknown = await run([`${baseURL}/`, '--modes', 'as-is,sepia']);
  expect(unknown.code).toBe(2);
  expect(unknown.stderr).toContain('unknown mode sepia');
  expect((await run([])).code).toBe(2);
  expect((await run(['ftp://example.test/'])).code).toBe(2);
  expect((await run([`${baseURL}/`, '--timeout', '-5'])).code).toBe(2);
  expect((await run([`${baseURL}/`, '--concurrency', '0'])).code).toBe(2);
  expect((await run([`${baseURL}/`, '--browser-path', '/no/such/chromium'])).code).toBe(2);
  const missing = await audit([`${baseURL}/fixtures/basic.html`, `${baseURL}/no-such-page.html`]);
  expect(missing.code).toBe(3);
  expect(missing.report!.pages.map(p => p.status)).toEqual(['ok', 'failed']);
  expect(missing.report!.pages[1]!.error).toContain('404');
});

test('a URL that is not HTML (JSON in a sitemap) is skipped and said so, not audited as a page', async ({
  baseURL,
}) => {
  const dir = await tempDir();
  const md = join(dir, 'summary.md');
  const mixed = await audit([
    `${baseURL}/fixtures/clean.html`,
    `${baseURL}/fixtures/real/pages.json`,
    '--modes',
    'as-is,yilan',
    '--checks',
    'none',
    '--markdown',
    md,
  ]);
  // The browser's JSON viewer is not the site's markup: no violation from it, and the run passes.
  expect(mixed.code).toBe(0);
  const json = mixed.report!.pages[1]!;
  expect(json.status).toBe('not a page');
  expect(json.error).toBe('not HTML (application/json)');
  expect(json.modes).toEqual([]);
  expect(mixed.stdout).toContain('1 URL not HTML (skipped)');
  expect(await readFile(md, 'utf8')).toContain('not a page: not HTML (application/json)');
});

test('the demo portal: every page in every mode, zero violations', async ({ baseURL }) => {
  test.setTimeout(180_000);
  const urls = PORTAL_PAGES.filter(p => p.name !== 'not found').map(p => `${baseURL}${p.path}`);
  const { code, report, stdout } = await audit(urls);
  expect(report!.pages.filter(p => p.status !== 'ok')).toEqual([]);
  expect(lines(report)).toEqual([]);
  expect(code, stdout).toBe(0);
  expect(report!.pages.map(p => p.url)).toEqual(urls);
});
