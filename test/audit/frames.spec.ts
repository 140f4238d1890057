import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test, expect } from '@playwright/test';
import { audit, tempDir } from './cli-run.js';

// axe.run from the top page reaches only frames of its own origin. yilan-audit runs axe in every
// frame (runPartial / finishRun), and names each frame it could not audit in every format.

test('frames of every origin are audited: same origin, another origin, sandboxed', async ({
  baseURL,
}) => {
  const { code, report, stdout } = await audit([
    `${baseURL}/fixtures/audit/frames/index.html`,
    '--modes',
    'as-is,elder',
  ]);
  expect(code, stdout).toBe(1);
  const page = report!.pages[0]!;
  expect(page.notAudited ?? []).toEqual([]);
  const other = new URL('/fixtures/audit/frames/other.html', baseURL);
  other.hostname = 'localhost';
  for (const mode of page.modes) {
    const alt = mode.violations.find(v => v.id === 'image-alt')!;
    expect(
      alt.nodes.map(n => [n.target, n.frame?.url]),
      mode.mode,
    ).toEqual([
      [['#same', '#same-img'], `${baseURL}/fixtures/audit/frames/same.html`],
      [['#cross', '#other-img'], other.href],
      [['#sandboxed', '#sandboxed-img'], `${baseURL}/fixtures/audit/frames/sandboxed.html`],
    ]);
  }
});

test('a frame that cannot be audited is named in the terminal and every report', async ({
  baseURL,
}) => {
  const dir = await tempDir();
  const file = (name: string) => join(dir, name);
  const { code, report, stdout } = await audit([
    `${baseURL}/fixtures/audit/frames/unreachable.html`,
    '--modes',
    'as-is,elder',
    ...['--html', file('r.html'), '--junit', file('r.xml'), '--sarif', file('r.sarif')],
    ...['--csv', file('r.csv'), '--markdown', file('r.md')],
  ]);
  expect(code, stdout).toBe(0);
  const frames = report!.pages[0]!.notAudited!;
  expect(frames).toEqual([
    {
      frame: [expect.stringMatching(/iframe/)],
      url: 'http://127.0.0.1:9/',
      reason: 'the frame did not load',
    },
  ]);
  expect(stdout).toContain('1 frame not audited: http://127.0.0.1:9/: the frame did not load');
  const read = (name: string) => readFile(file(name), 'utf8');
  expect(await read('r.html')).toContain('Frames not audited');
  expect(await read('r.xml')).toMatch(
    /name="frame not audited: http:\/\/127\.0\.0\.1:9\/"><skipped/,
  );
  const sarif = JSON.parse(await read('r.sarif'));
  expect(sarif.runs[0].invocations[0].toolExecutionNotifications[0].message.text).toContain(
    'http://127.0.0.1:9/: the frame did not load',
  );
  expect(await read('r.csv')).toContain('yilan-frame-not-audited');
  expect(await read('r.md')).toContain('### Frames not audited');
});
