// @vitest-environment node
// Reading a corpus folder (docs/search.md#any-corpus): real regulations (test/fixtures/corpus/
// shanghai, 24 of Shanghai's local regulations) and files with every kind of bad line.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCorpus } from './load-corpus.mjs';

const SHANGHAI = fileURLToPath(new URL('../../test/fixtures/corpus/shanghai', import.meta.url));

function folder(files: Record<string, string>) {
  const dir = mkdtempSync(join(tmpdir(), 'yilan-corpus-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

describe('loadCorpus', () => {
  it('reads real regulations into the shape the pages show', () => {
    const { documents, qa, warnings } = loadCorpus(SHANGHAI);
    expect(warnings).toEqual([]);
    expect(qa).toEqual([]);
    expect(documents).toHaveLength(24);
    const relief = documents.find(d => d.title === '上海市社会救助条例')!;
    expect(relief).toMatchObject({
      agency: '上海市人民代表大会常务委员会',
      published: '2024-12-31',
      type: '地方性法规',
      docNo: '',
    });
    expect(relief.body[0]).toBe('第一章 总 则');
    expect(relief.body.some((p: string) => p.startsWith('第十条 最低生活保障家庭'))).toBe(true);
  });

  it('skips each bad line with a warning naming file and line, and keeps the rest', () => {
    const dir = folder({
      'documents.jsonl': [
        JSON.stringify({ id: 'a-1', title: '第一份', body: ['第一条 甲。', '第二条 乙。'] }),
        '{not json',
        JSON.stringify({ id: 'a-2', title: '没有正文' }),
        JSON.stringify({ id: '../etc', title: '坏编号', body: '正文' }),
        JSON.stringify({ id: 'a-1', title: '重复', body: '正文' }),
        '[1, 2]',
        '',
        JSON.stringify({ id: 'a-3', title: '第三份', body: '一段\n\n二段', date: '2024-13' }),
      ].join('\n'),
      'qa.jsonl': [
        JSON.stringify({ id: 'q1', question: '问一', answer: '答一', source: 'a-1' }),
        JSON.stringify({ id: 'q2', question: '问二', answer: '答二', source: 'nowhere' }),
        JSON.stringify({ id: 'q3', question: '问三' }),
      ].join('\r\n'),
    });
    const { documents, qa, warnings } = loadCorpus(dir);
    expect(documents.map(d => d.id)).toEqual(['a-1', 'a-3']);
    expect(documents[1]).toMatchObject({ body: ['一段', '二段'], published: '' });
    expect(qa.map(p => [p.id, p.sourceDocId])).toEqual([
      ['q1', 'a-1'],
      ['q2', null],
    ]);
    const lines = warnings.join('\n');
    expect(lines).toMatch(/documents\.jsonl:2: not JSON/);
    expect(lines).toMatch(/documents\.jsonl:3: no body/);
    expect(lines).toMatch(/documents\.jsonl:4: id "\.\.\/etc"/);
    expect(lines).toMatch(/documents\.jsonl:5: id "a-1" appears twice/);
    expect(lines).toMatch(/documents\.jsonl:6: not a JSON object/);
    expect(lines).toMatch(/qa\.jsonl:3: no answer/);
    expect(lines).toMatch(/pair "q2" cites "nowhere"/);
    expect(warnings).toHaveLength(7);
  });

  it('serves Q&A alone, and refuses a folder with neither file', () => {
    const qaOnly = folder({
      'qa.jsonl': JSON.stringify({ id: 'q', question: '问', answer: '答' }),
    });
    expect(loadCorpus(qaOnly)).toMatchObject({ documents: [], qa: [{ id: 'q' }] });
    expect(() => loadCorpus(folder({}))).toThrow(/neither documents\.jsonl nor qa\.jsonl/);
  });
});
