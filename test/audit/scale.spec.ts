import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { test, expect } from '@playwright/test';
import { audit, run, tempDir, type Report } from './cli-run.js';

// Each test runs the real bin, often several times over 13 modes: more than a page test's 30 s.
test.describe.configure({ timeout: 120_000 });

// Large and unsteady sites: shards and merge, a time limit, pages that fail once, findings that
// come and go.

/** The report without what differs from run to run (times, the gate's working list). */
const comparable = (r: Report) =>
  JSON.stringify({ ...r, started: 0, seconds: 0, concurrency: 0, shard: undefined });

test('--shard i/n and merge: the shards together make the report of one unsharded run', async ({
  baseURL,
}) => {
  const urls = [
    '/fixtures/with-violations.html',
    '/fixtures/basic.html',
    '/fixtures/audit/no-yilan.html',
    '/fixtures/en.html',
    '/fixtures/clean.html',
  ].map(p => `${baseURL}${p}`);
  const args = [...urls, '--modes', 'as-is,elder', '--checks', 'reflow'];
  const whole = await audit(args);
  const dir = await tempDir();
  const shards = [];
  for (const i of [1, 2, 3]) {
    const json = join(dir, `shard-${i}.json`);
    const r = await run([...args, '--shard', `${i}/3`, '--json', json]);
    shards.push({ code: r.code, report: JSON.parse(await readFile(json, 'utf8')) as Report });
  }
  expect(shards.map(s => s.report.pages.length)).toEqual([2, 2, 1]);
  expect(shards.map(s => s.code)).toEqual([1, 1, 0]);
  const merged = join(dir, 'merged.json');
  const m = await run([
    'merge',
    ...[3, 1, 2].map(i => join(dir, `shard-${i}.json`)),
    '--json',
    merged,
    '--junit',
    join(dir, 'merged.xml'),
  ]);
  expect(m.code).toBe(whole.code);
  const mergedReport = JSON.parse(await readFile(merged, 'utf8')) as Report;
  expect(comparable(mergedReport)).toBe(comparable(whole.report!));
  expect((await run(['merge', join(dir, 'nothing.json')])).code).toBe(2);
});

test('--max-time: pages not started in time are "not run", and the run exits 3', async ({
  baseURL,
}) => {
  // Eight pages one at a time take several seconds on any machine; the limit is one.
  const urls = [1, 2, 3, 4, 5, 6, 7, 8].map(i => `${baseURL}/fixtures/basic.html?page=${i}`);
  const { code, report } = await audit([
    ...urls,
    '--modes',
    'as-is',
    '--concurrency',
    '1',
    '--max-time',
    '1',
    '--checks',
    'none',
  ]);
  expect(code).toBe(3);
  const statuses = report!.pages.map(p => p.status);
  expect(statuses.every(s => s === 'ok' || s === 'not run')).toBe(true);
  expect(statuses).toContain('not run');
  expect(report!.pages.find(p => p.status === 'not run')!.error).toContain('--max-time');
});

test('a page that fails once is retried and reported unstable; --confirm drops findings that come and go', async () => {
  let hits = 0;
  let flaky = 0;
  let hangs = 0;
  const server = createServer((req, res) => {
    const path = new URL(req.url!, 'http://x').pathname;
    res.setHeader('content-type', 'text/html');
    const page = (body: string) =>
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>t</title></head><body><main><h1>t</h1>${body}</main></body></html>`;
    if (path === '/once') {
      // The first request fails, as a cold cache or a deploy in progress would.
      if (hits++ === 0) return res.writeHead(503).end('busy');
      return res.end(page('<p>Fine now.</p>'));
    }
    if (path === '/hangs') {
      hangs++;
      // Loads, then never lets go of the main thread.
      return res.end(page('<script>setTimeout(() => { for (;;); }, 100)</script>'));
    }
    if (path === '/slow-zoom')
      // Fine as it is; locks up when Yilan zooms it.
      return res.end(
        page(
          '<p>Text.</p><script>new MutationObserver(() => { if (document.documentElement.hasAttribute("data-yilan-zoom")) for (;;); }).observe(document.documentElement, { attributes: true })</script>',
        ),
      );
    if (path === '/flaky')
      // An image without text on the first load only (a rotating banner).
      return res.end(page(flaky++ === 0 ? '<img src="/b.png">' : '<p>No banner.</p>'));
    res.writeHead(404).end();
  });
  await new Promise<void>(r => server.listen(0, '127.0.0.1', r));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const base = ['--modes', 'as-is', '--checks', 'none'];
  const once = await audit([`${origin}/once`, ...base]);
  expect(once.code).toBe(0);
  expect(once.report!.pages[0]!.status).toBe('ok');
  expect(once.report!.pages[0]!.unstable).toMatch(/failed 1×, then passed: HTTP 503/);
  expect(once.stdout).toContain('(unstable)');
  hits = 0;
  const noRetry = await audit([`${origin}/once`, ...base, '--retries', '0']);
  expect(noRetry.code).toBe(3);

  // A page that hangs is stopped in its own time and not retried: it would hang again.
  hangs = 0;
  const hung = await audit([`${origin}/hangs`, ...base, '--timeout', '1000']);
  expect(hung.code).toBe(3);
  expect(hung.report!.pages[0]!.error).toMatch(/did not finish within .* raise --timeout/);
  expect(hangs).toBe(1);

  // A mode that hangs: the modes that finished are kept and judged, the page says which one ran
  // out of time and how to give it more, and the run is incomplete (exit 3), not "did not load".
  const slow = await audit([
    `${origin}/slow-zoom`,
    '--modes',
    'as-is,zoom-200,large-cursor',
    '--checks',
    'none',
    '--timeout',
    '4000',
  ]);
  expect(slow.code).toBe(3);
  const page = slow.report!.pages[0]!;
  expect(page.status).toBe('ok');
  expect(page.modes.map(m => m.mode)).toEqual(['as-is']);
  expect(page.unfinished).toMatchObject({ mode: 'zoom-200', notRun: ['zoom-200', 'large-cursor'] });
  expect(page.unfinished!.reason).toMatch(/mode zoom-200 did not finish .* raise --timeout/);
  expect(slow.stdout).toContain('UNFINISHED');

  const unconfirmed = await audit([`${origin}/flaky`, ...base]);
  expect(unconfirmed.code).toBe(1);
  flaky = 0;
  const confirmed = await audit([`${origin}/flaky`, ...base, '--confirm', '1']);
  expect(confirmed.code).toBe(0);
  const mode = confirmed.report!.pages[0]!.modes[0]!;
  expect(mode.violations).toEqual([]);
  expect(mode.unstable!.map(v => v.id)).toEqual(['image-alt']);
  server.close();
});
