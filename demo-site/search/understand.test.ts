// @vitest-environment node
// Query understanding on the real engine and a real (4,000-document) generated corpus: each
// transformation as the reader would notice it — what is searched, what the page says, what is found.
import { beforeAll, describe, expect, it } from 'vitest';
import { searchEngine } from '../site/search.mjs';
import { apiV1, api } from '../site/routes.mjs';
import { chineseNumbers, describe as say, normalizeDocNo } from './understand.mjs';

type Note = { kind: string; from: string; to: string };
type Engine = {
  understand(q: string): { text: string; notes: Note[] };
  search(p: object): {
    total: number;
    hits: { id: string; title: string; docNo: string; body: string[] }[];
    notes: { partial: boolean; segmented: [string, string[]][] };
  };
  ask(
    q: string,
    n?: number,
  ): { confident: boolean; answers: { pair: { id: string } }[]; understood: Note[] };
};
let engine: Engine;
const find = (q: string) => engine.search({ q, field: 'all', sort: 'relevance', page: 1 });
const kinds = (q: string) => engine.understand(q).notes.map(n => n.kind);

beforeAll(() => {
  process.env.DEMO_CORPUS_SIZE ??= '4000';
  engine = searchEngine() as unknown as Engine;
}, 120_000);

describe('full-width and traditional characters', () => {
  it('reads full-width digits as digits and says so', () => {
    const u = engine.understand('示人社（２０１８）３号');
    expect(u.text).toBe('示人社〔2018〕3号');
    expect(kinds('示人社（２０１８）３号')).toContain('width');
    expect(kinds('高龄津贴，多少钱')).not.toContain('width');
  });
  it('converts traditional to simplified and finds what the simplified words find', () => {
    const u = engine.understand('醫保異地就醫備案在哪裡辦');
    expect(u.text).toBe('医保异地就医备案在哪里办');
    expect(say(u.notes[0])).toBe('已按简体字“医保异地就医备案在哪里办”检索。');
    expect(find('高齡津貼').total).toBe(find('高龄津贴').total);
    expect(find('高齡津貼').total).toBeGreaterThan(0);
  });
});

describe('文号 in any bracket style', () => {
  it.each([
    '示政办发[2026]31号',
    '示政办发【2026】31号',
    '示政办发(2026)31号',
    '示政办发（2026）31号',
    '示政办发2026年31号',
    '示政办发 2026 31号',
    '示政办发〔2026〕31号文件',
  ])('%s → the document 示政办发〔2026〕31号', q => {
    expect(engine.understand(q).text).toBe('示政办发〔2026〕31号');
    expect(find(q).hits[0].id).toBe('H01');
  });
  it('leaves a year that is no 文号 alone', () => {
    expect(normalizeDocNo('2026年高龄津贴标准')).toBe('2026年高龄津贴标准');
  });
});

describe('numbers', () => {
  it('writes ages as the documents do, but never touches a year, an amount or a percentage', () => {
    expect(chineseNumbers('我今年65岁了')).toBe('我今年六十五岁了');
    expect(chineseNumbers('2026年')).toBe('2026年');
    expect(chineseNumbers('补8000元')).toBe('补8000元');
    expect(chineseNumbers('报85%')).toBe('报85%');
    expect(chineseNumbers('第3条')).toBe('第三条');
  });
});

describe('popular and old names', () => {
  it('searches the name the documents use and says so', () => {
    const u = engine.understand('五保户每个月能拿多少钱');
    expect(u.text).toContain('特困人员救助供养');
    expect(say(u.notes[0])).toBe('“五保户”按“特困人员救助供养”检索。');
    expect(find('五保户').total).toBe(find('特困人员救助供养').total);
    expect(find('公租房').total).toBeGreaterThan(0);
  });
  it('finds an agency by its short name', () => {
    const hits = find('人社局').hits;
    expect(hits.length).toBeGreaterThan(0);
    for (const d of hits) expect(`${d.title}${d.body.join('')}`).toContain('人力资源和社会保障局');
  });
  it('does not rewrite a name already written in full', () => {
    expect(engine.understand('异地就医备案').notes).toEqual([]);
  });
});

describe('pinyin', () => {
  it.each([
    ['yidi jiuyi beian', '异地就医备案'],
    ['gaolingjintie', '高龄津贴'],
    ['gljt', '高龄津贴'],
    ['gaoling jintie zai nali ban', '高龄津贴'],
  ])('%s → %s', (q, word) => {
    const u = engine.understand(q);
    expect(u.text).toContain(word);
    expect(say(u.notes[0])).toMatch(/^按拼音“.+”检索“.+”。$/);
  });
  it('keeps synonyms: dibao finds what 低保 finds', () => {
    expect(find('dibao').total).toBe(find('低保').total);
  });
});

describe('homophone typos', () => {
  it('corrects a word the corpus does not have to one that sounds the same', () => {
    const u = engine.understand('高领津贴怎么申请');
    expect(u.text).toBe('高龄津贴怎么申请');
    expect(say(u.notes[0])).toContain('您是不是要找“高龄津贴”');
  });
  it('leaves common words alone', () => {
    expect(engine.understand('请问一下低保的条件').notes).toEqual([]);
  });
  it('corrects in Q&A too, and tells the page', () => {
    const r = engine.ask('高领津贴每月多少钱');
    expect(r.understood.map(n => n.kind)).toContain('typo');
    expect(r.answers.length).toBeGreaterThan(0);
  });
});

describe('unspaced multi-word queries', () => {
  it('requires every word when the whole string is not in any document', () => {
    const r = find('居家养老补贴');
    expect(r.total).toBeGreaterThan(0);
    expect(r.notes.segmented[0][1]).toEqual(['居家', '养老', '补贴']);
    for (const d of r.hits)
      for (const w of ['居家', '养老', '补贴']) expect(`${d.title}${d.body.join('')}`).toContain(w);
    expect(r.notes.partial).toBe(false);
  });
  it('falls back to some of the words, labelled, when no document has them all', () => {
    const r = find('高龄津贴火星探测');
    expect(r.notes.partial).toBe(true);
    expect(r.total).toBeGreaterThan(0);
  });
  it('finds nothing only when no document has the words', () => {
    expect(find('火星探测器').total).toBe(0);
  });
});

describe('JSON API v1', () => {
  const get = (path: string) => apiV1(new URL(path, 'http://127.0.0.1'));
  it('search returns the total and hits with ids, titles and 文号', () => {
    const r = get('/api/v1/search?q=示政办发[2026]31号');
    expect(r?.status).toBe(200);
    expect(r?.body.total).toBeGreaterThan(0);
    expect(r?.body.hits[0]).toMatchObject({
      id: 'H01',
      docNo: '示政办发〔2026〕31号',
      url: '/policies/H01',
    });
    expect(r?.body.query.notes[0].message).toContain('文号');
  });
  it('search applies the page filters', () => {
    const all = get('/api/v1/search?q=高龄津贴')?.body;
    const some = get('/api/v1/search?q=高龄津贴&year=2026')?.body;
    expect(some.total).toBeLessThan(all.total);
    expect(some.hits.every((h: { published: string }) => h.published.startsWith('2026'))).toBe(
      true,
    );
  });
  it('qa returns confidence, the answer with its source and the ranked pairs', () => {
    const r = get('/api/v1/qa?q=高龄津贴每个月发多少钱')?.body;
    expect(r.confident).toBe(true);
    expect(r.answer).toMatchObject({ sourceDocId: expect.any(String), text: expect.any(String) });
    expect(r.pairs[0]).toMatchObject({ id: r.answer.pairId, score: expect.any(Number) });
    const off = get('/api/v1/qa?q=明天天气怎么样')?.body;
    expect(off.confident).toBe(false);
    expect(off.answer).toBeNull();
  });
  it('answers a missing, empty or too long q with a 400 and a reason', () => {
    expect(get('/api/v1/search')?.status).toBe(400);
    expect(get('/api/v1/qa?q=%20')?.status).toBe(400);
    const long = get(`/api/v1/qa?q=${'问'.repeat(201)}`);
    expect(long?.status).toBe(400);
    expect(long?.body.error).toMatch(/200/);
    expect(get('/api/v1/nothing?q=a')).toBeUndefined();
  });
  it('keeps the pages’ own endpoints working', () => {
    const s = api(new URL('http://127.0.0.1/api/search?q=高龄津贴')) as {
      total: number;
      html: string;
    };
    expect(s.total).toBeGreaterThan(0);
    expect(s.html).toContain('共找到');
    const q = api(new URL('http://127.0.0.1/api/qa?q=高龄津贴')) as { answers: unknown[] };
    expect(q.answers.length).toBeGreaterThan(0);
  });
});
