// @vitest-environment node
// The search engine on the real corpus (20,000 documents, 5,000 Q&A pairs), checked against
// brute force: what a plain substring scan of every document finds.
import { beforeAll, describe, expect, it } from 'vitest';
import { data } from '../site/data.mjs';
import { searchEngine } from '../site/search.mjs';
import { highlight } from '../site/html.mjs';
import { library } from '../site/pages/policies.mjs';
import { evaluate } from './qa-eval.mjs';
import { SYNONYMS } from './engine.mjs';

type Doc = {
  id: string;
  title: string;
  docNo: string;
  body: string[];
  published: string;
  type: string;
  agency: string;
  topic1: string;
  topic2: string;
};
type Result = {
  total: number;
  hits: Doc[];
  terms: string[];
  notes: {
    pinyin: [string, string][];
    corrected: [string, string][];
    understood: { kind: string; from: string; to: string }[];
  };
  facets: Record<string, [string, number][]>;
};
type Engine = {
  search(p: Record<string, unknown>): Result & { ids?: number[] };
  ask(q: string, n?: number): { answers: { pair: { id: string } }[]; confident: boolean };
  suggest(q: string): string[];
};

let engine: Engine;
let docs: Doc[];
const all = (d: Doc) => `${d.title} ${d.docNo} ${d.body.join('')}`;
const base = { field: 'all', sort: 'relevance', page: 1 };
/** Every matching document, over all pages. */
function everything(params: Record<string, unknown>): Set<string> {
  const first = engine.search({ ...base, ...params });
  const out = new Set<string>();
  const pages = Math.ceil(first.total / 10);
  for (let page = 1; page <= pages; page++)
    for (const d of engine.search({ ...base, ...params, page }).hits) out.add(d.id);
  return out;
}
const truth = (test: (d: Doc) => boolean) => new Set(docs.filter(test).map(d => d.id));

beforeAll(() => {
  engine = searchEngine() as Engine;
  docs = data().documents as Doc[];
}, 60_000);

// Terms chosen to span rare and common, short and long, Chinese, digits and 文号 characters.
const QUERIES = [
  '高龄津贴',
  '营商环境',
  '就业补贴',
  '居家适老化改造',
  '最低生活保障',
  '门诊慢特病',
  '社会保障卡',
  '工作日内办结',
  '加装电梯',
  '住房公积金',
  '残疾人两项补贴',
  '稳岗返还',
  '研发费用加计扣除',
  '老年人数字技能培训',
  '十五个工作日',
  '2026',
  '12345',
  '示政办发〔2026〕31号',
  '省',
  '税',
  '养老',
  '补贴',
  '托育服务',
  '非物质文化遗产',
  '防汛抗旱',
  '食品安全',
  '免申即享',
  '一网通办',
];

describe('policy search recall and precision against substring truth', () => {
  it('finds exactly the documents that contain each term (recall ≥ 0.99, here 1.0)', () => {
    let found = 0;
    let expected = 0;
    let extra = 0;
    for (const q of QUERIES) {
      // A term with synonyms also finds them: truth is "contains any of the group".
      const group = SYNONYMS.find(g => g.includes(q)) ?? [q];
      const want = truth(d => group.some(t => all(d).toLowerCase().includes(t.toLowerCase())));
      const got = engine.search({ ...base, q }).total;
      const ids = q.length > 1 && want.size < 400 ? everything({ q }) : undefined;
      if (ids) {
        for (const id of want) if (ids.has(id)) found++;
        for (const id of ids) if (!want.has(id)) extra++;
      } else {
        found += Math.min(got, want.size);
        extra += Math.max(0, got - want.size);
      }
      expected += want.size;
      expect(got, q).toBe(want.size);
    }
    expect(found / expected).toBeGreaterThanOrEqual(0.99);
    expect(extra).toBe(0);
  });

  it('multi-word queries are AND; fields narrow to title, 文号 or body', () => {
    const got = everything({ q: '就业 见习' });
    expect(got).toEqual(truth(d => all(d).includes('就业') && all(d).includes('见习')));
    const title = everything({ q: '高龄津贴', field: 'title' });
    expect(title).toEqual(truth(d => d.title.includes('高龄津贴')));
    const no = everything({ q: '示民规', field: 'docNo' });
    expect(no).toEqual(truth(d => d.docNo.includes('示民规')));
  });
});

describe('pinyin, typos and synonyms', () => {
  it.each([
    ['gaolingjintie', '高龄津贴'],
    ['gljt', '高龄津贴'],
    ['yingshanghuanjing', '营商环境'],
    ['yshj', '营商环境'],
    ['zhufanggongjijin', '住房公积金'],
  ])('%s finds %s', (latin, han) => {
    const r = engine.search({ ...base, q: latin });
    // Query understanding spells the pinyin before the search (understand.mjs).
    expect(r.notes.understood[0]).toEqual({ kind: 'pinyin', from: latin, to: han });
    expect(r.total).toBe(engine.search({ ...base, q: han }).total);
    expect(r.hits[0]!.title).toContain(han);
  });

  it.each([
    ['救业补贴', '就业补贴'],
    ['高令津贴', '高龄津贴'],
    ['营商环竟', '营商环境'],
  ])('the typo %s is corrected to %s', (typo, right) => {
    const r = engine.search({ ...base, q: typo });
    expect(r.notes.understood).toEqual([{ kind: 'typo', from: typo, to: right }]);
    expect(r.total).toBeGreaterThan(0);
  });

  it('synonyms widen a query: 社保 also finds 社会保险, 医保 also 医疗保险', () => {
    const shebao = engine.search({ ...base, q: '社保' }).total;
    expect(shebao).toBe(truth(d => all(d).includes('社保') || all(d).includes('社会保险')).size);
    expect(engine.search({ ...base, q: '医保' }).total).toBeGreaterThan(
      truth(d => all(d).includes('医保')).size,
    );
  });

  it('suggests known terms when nothing matches', () => {
    expect(engine.search({ ...base, q: '火星移民计划' }).total).toBe(0);
    expect(engine.suggest('gaoling')).toContain('高龄津贴');
  });
});

describe('facets and advanced search', () => {
  it('facet counts equal a brute-force count, with the other filters applied', () => {
    const params = { q: '补贴', type: '通知', year: '2024' };
    const r = engine.search({ ...base, ...params });
    const matching = docs.filter(d => all(d).includes('补贴'));
    const count = (key: keyof Doc, value: string, skip: string) =>
      matching.filter(
        d =>
          (skip === 'type' || d.type === '通知') &&
          (skip === 'year' || d.published.startsWith('2024')) &&
          (key === 'published' ? d.published.startsWith(value) : d[key] === value),
      ).length;
    for (const [value, n] of r.facets.type!) expect(n, value).toBe(count('type', value, 'type'));
    for (const [value, n] of r.facets.year!)
      expect(n, value).toBe(count('published', value, 'year'));
    for (const [value, n] of r.facets.agency!) expect(n, value).toBe(count('agency', value, ''));
    expect(r.total).toBe(count('type', '通知', ''));
  });

  it('a filter value no document has finds nothing, with or without a query', () => {
    for (const facet of ['type', 'agency', 'year', 'topic1'])
      for (const q of ['', '补贴']) {
        const r = engine.search({ ...base, q, [facet]: 'NO-SUCH' });
        expect(r.total, `${facet}=NO-SUCH q=${q}`).toBe(0);
        expect(r.hits).toEqual([]);
      }
    const known = docs[0]!.type;
    expect(engine.search({ ...base, q: '', type: known }).total).toBe(
      docs.filter(d => d.type === known).length,
    );
  });

  it('all / any / none of words, title, 文号 and a date range mean what they say', () => {
    const got = everything({
      all: '养老',
      any: '津贴 补助',
      none: '废止',
      from: '2024-01-01',
      to: '2025-12-31',
    });
    expect(got).toEqual(
      truth(
        d =>
          all(d).includes('养老') &&
          (all(d).includes('津贴') || all(d).includes('补助')) &&
          !all(d).includes('废止') &&
          d.published >= '2024-01-01' &&
          d.published <= '2025-12-31',
      ),
    );
    expect(everything({ title: '适老化', docNo: '示民' })).toEqual(
      truth(d => d.title.includes('适老化') && d.docNo.includes('示民')),
    );
  });

  it('sorts by date, newest first, when asked', () => {
    const dates = engine.search({ ...base, q: '养老', sort: 'date' }).hits.map(d => d.published);
    expect(dates).toEqual([...dates].sort().reverse());
  });
});

describe('rendering', () => {
  it('marks every occurrence of each term, and nothing else', () => {
    const text = '高龄津贴提高：八十岁高龄老人津贴每月150元，高龄津贴免申即享。';
    const marked = String(highlight(text, ['高龄津贴', '免申即享']));
    expect(marked.replace(/<\/?mark>/g, '')).toBe(text);
    expect(marked.match(/<mark>(.*?)<\/mark>/g)).toEqual([
      '<mark>高龄津贴</mark>',
      '<mark>高龄津贴</mark>',
      '<mark>免申即享</mark>',
    ]);
  });

  it('any query is rendered as text, never as markup', () => {
    const evil = '<img src=x onerror=alert(1)>"\'&';
    const page = String(library(new URL(`http://x/policies/?q=${encodeURIComponent(evil)}`)));
    expect(page).not.toContain('<img src=x');
    expect(page).toContain('&lt;img src=x onerror=alert(1)&gt;&quot;&#39;&amp;');
  });
});

describe('policy Q&A', () => {
  it('answers paraphrased questions: top-1 ≥ 0.85, top-3 ≥ 0.95 on the evaluation set', () => {
    const result = evaluate((q: string, n: number) => engine.ask(q, n), data().qa);
    expect(result.cases).toBeGreaterThan(100);
    expect(result.top1).toBeGreaterThanOrEqual(0.85);
    expect(result.top3).toBeGreaterThanOrEqual(0.95);
  });

  it('says it has no confident answer for questions the portal does not cover', () => {
    for (const q of ['我想办理护照', '明天天气怎么样', '股票怎么买'])
      expect(engine.ask(q).confident, q).toBe(false);
    expect(engine.ask('高龄津贴每个月发多少钱').confident).toBe(true);
  });
});
