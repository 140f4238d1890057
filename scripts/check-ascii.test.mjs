// @vitest-environment node
import { execFile } from 'node:child_process';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';

const script = fileURLToPath(new URL('check-ascii.mjs', import.meta.url));
const run = dir =>
  promisify(execFile)(process.execPath, [script, dir]).then(
    ({ stdout }) => ({ code: 0, out: stdout }),
    error => ({ code: error.code, out: `${error.stdout}${error.stderr}` }),
  );
let dir;
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('check-ascii', () => {
  it('fails on a shipped file with a UTF-8 character, naming the file, offset and line', async () => {
    dir = await mkdtemp(join(tmpdir(), 'yilan-ascii-'));
    await mkdir(join(dir, 'chunks'));
    await writeFile(join(dir, 'yilan.js'), 'var a="\\u65e0";\n');
    // A lit css`` template keeps its text as written: the check mark is 3 UTF-8 bytes at offset 32.
    await writeFile(join(dir, 'chunks', 'panel.js'), "x\nconst s=css`::before{content:'✓ '}`;");
    const { code, out } = await run(dir);
    expect(code).toBe(1);
    expect(out).toMatch(
      /chunks\/panel\.js: byte 0xe2 at offset 32 \(line 2, column 31\), 3 non-ASCII bytes/,
    );
    expect(out).not.toMatch(/yilan\.js:/);
  });

  it('passes ASCII files and ignores binary data and type declarations', async () => {
    dir = await mkdtemp(join(tmpdir(), 'yilan-ascii-'));
    await mkdir(join(dir, 'types'));
    await writeFile(join(dir, 'yilan.js'), 'var a="\\u65e0";\n');
    await writeFile(join(dir, 'espeak-ng.data'), Buffer.from([0xff, 0xfe, 0x80]));
    await writeFile(join(dir, 'types', 'yilan.d.ts'), '/** 无障碍 */\n');
    const { code, out } = await run(dir);
    expect(code).toBe(0);
    expect(out).toMatch(/ASCII: 1 shipped files/);
  });
});
