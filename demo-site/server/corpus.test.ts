// @vitest-environment node
// `node demo-site/server.mjs --corpus <dir>` (npm start -- --corpus <dir>) serves the library and
// Q&A on a folder of the site's own: here 24 real Shanghai regulations (test/fixtures/corpus/).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SERVER = fileURLToPath(new URL('../server.mjs', import.meta.url));
const SHANGHAI = fileURLToPath(new URL('../../test/fixtures/corpus/shanghai', import.meta.url));
const PORT = 4614;
const base = `http://127.0.0.1:${PORT}`;
const env = () => ({
  ...process.env,
  PORT: String(PORT),
  YILAN_DATA_DIR: mkdtempSync(join(tmpdir(), 'yilan-corpus-data-')),
  YILAN_STAFF_PASSWORD: 'corpus-test-password',
  YILAN_INDEX_DIR: mkdtempSync(join(tmpdir(), 'yilan-corpus-index-')),
});
let server: ChildProcess;
let log = '';

beforeAll(async () => {
  server = spawn(process.execPath, [SERVER, '--corpus', SHANGHAI], { env: env() });
  server.stdout!.on('data', d => (log += d));
  server.stderr!.on('data', d => (log += d));
  for (let i = 0; i < 900 && !log.includes('Yilan demo:'); i++) {
    if (server.exitCode !== null) throw new Error(log);
    await new Promise(r => setTimeout(r, 100));
  }
}, 120_000);
afterAll(() => void server?.kill());

const json = async (path: string) => (await fetch(`${base}${path}`)).json();
const page = async (path: string) => {
  const r = await fetch(`${base}${encodeURI(path)}`);
  return { status: r.status, html: await r.text() };
};

describe('a corpus of the site own', () => {
  it('says what it serves when it starts', () => {
    expect(log).toContain('corpus: 24 documents, 0 Q&A pairs');
  });

  it('is searched: the regulation on the subject comes first', async () => {
    for (const [q, title] of [
      ['社会救助', '上海市社会救助条例'],
      ['殡葬', '上海市殡葬管理条例'],
      ['公共图书馆', '上海市公共图书馆条例'],
      ['医疗保障', '上海市医疗保障条例'],
    ]) {
      const found = await json(`/api/v1/search?q=${encodeURIComponent(q!)}`);
      expect(found.hits[0]?.title, q).toBe(title);
    }
    // Pinyin as people type it, looked up in the corpus's own words.
    const pinyin = await json(`/api/v1/search?q=${encodeURIComponent('binzang')}`);
    expect(pinyin.hits[0]?.title).toBe('上海市殡葬管理条例');
  });

  it('every page of the portal still answers, with its documents in the library', async () => {
    const doc = await page('/policies/SH-20241231-3');
    expect(doc.status).toBe(200);
    expect(doc.html).toContain('<h1>上海市社会救助条例</h1>');
    // Fields the corpus has not are shown as missing, not as "undefined".
    expect(doc.html).not.toContain('undefined');
    expect(doc.html).toMatch(/文号<\/th>\s*<td>—<\/td>/);
    for (const path of ['/', '/policies/', '/qa/', '/qa/?q=低保怎么申请', '/topics/elder-friendly'])
      expect((await page(path)).status, path).toBe(200);
    expect((await page('/qa/')).html).toContain('本站还没有问答');
    // The demo's own documents are not served: a corpus replaces them.
    expect((await page('/policies/H01')).status).toBe(404);
  });
});

describe('--corpus refuses what it cannot serve', () => {
  const run = (...args: string[]) =>
    spawnSync(process.execPath, [SERVER, ...args], {
      env: env(),
      encoding: 'utf8',
      timeout: 60_000,
    });

  it('a missing folder, an empty one, or an unknown option is exit 2 with the reason', () => {
    const missing = run('--corpus', '/no/such/folder');
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('--corpus: no folder /no/such/folder');
    const empty = run('--corpus', mkdtempSync(join(tmpdir(), 'yilan-empty-')));
    expect(empty.status).toBe(2);
    expect(empty.stderr).toMatch(/--corpus: .* has neither documents\.jsonl nor qa\.jsonl/);
    const unknown = run('--corpuss', SHANGHAI);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/usage: node demo-site\/server\.mjs \[--corpus <dir>\]/);
  });
});
