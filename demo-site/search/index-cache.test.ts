// @vitest-environment node
// The search index kept between starts: loaded when the corpus is the same, built again (and the
// old file removed) when it changed, and a damaged file is a warning and a rebuild, never a crash.
import { describe, expect, it, vi } from 'vitest';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PolicySearch } from './engine.mjs';
import { generateDocuments, generateQa } from '../content/corpus.mjs';

const documents = generateDocuments(400);
const qa = generateQa(documents, 100);
const params = (q: string) => ({ q, field: 'all', sort: 'relevance', page: 1 });
const ids = (engine: PolicySearch, q: string) =>
  engine.search(params(q)).hits.map((d: { id: string }) => d.id);

describe('the search index on disk', () => {
  it('is loaded for the same corpus and gives the same results', () => {
    const dir = mkdtempSync(join(tmpdir(), 'yilan-index-'));
    const built = new PolicySearch(documents, qa, { cacheDir: dir });
    expect(built.fromCache).toBe(false);
    expect(readdirSync(dir)).toHaveLength(1);
    const loaded = new PolicySearch(documents, qa, { cacheDir: dir });
    expect(loaded.fromCache).toBe(true);
    for (const q of ['补贴', '申请 材料', '省', documents[7]!.docNo, 'gonggong'])
      expect(ids(loaded, q), q).toEqual(ids(built, q));
    expect(loaded.search(params('补贴')).total).toBe(built.search(params('补贴')).total);
  });

  it('is built again when a document changed, and the old file goes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'yilan-index-'));
    new PolicySearch(documents, qa, { cacheDir: dir });
    const [before] = readdirSync(dir);
    const changed = documents.map((d, i) =>
      i === 3
        ? { ...d, title: `${d.title}（修订）`, body: [...d.body, '第十一条 新增的条款。'] }
        : d,
    );
    const engine = new PolicySearch(changed, qa, { cacheDir: dir });
    expect(engine.fromCache).toBe(false);
    expect(readdirSync(dir)).not.toContain(before);
    expect(readdirSync(dir)).toHaveLength(1);
    expect(ids(engine, '新增的条款')).toEqual([changed[3]!.id]);
  });

  it('a damaged file is a warning and a rebuild', () => {
    const dir = mkdtempSync(join(tmpdir(), 'yilan-index-'));
    new PolicySearch(documents, qa, { cacheDir: dir });
    const [file] = readdirSync(dir);
    writeFileSync(join(dir, file!), 'not an index');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const engine = new PolicySearch(documents, qa, { cacheDir: dir });
    expect(warn.mock.calls.flat().join(' ')).toMatch(/cannot be read .* building it again/);
    warn.mockRestore();
    expect(engine.fromCache).toBe(false);
    expect(ids(engine, '补贴').length).toBeGreaterThan(0);
    expect(new PolicySearch(documents, qa, { cacheDir: dir }).fromCache).toBe(true);
  });
});
