// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { generateDocuments, generateQa } from './corpus.mjs';
import { TOPICS } from './taxonomy.mjs';
import { POLICIES } from './policies.mjs';

describe('the scale corpus', () => {
  const docs = generateDocuments();
  const qa = generateQa(docs);

  it('has 20,000 documents with full core metadata over the whole topic tree', () => {
    expect(docs).toHaveLength(20000);
    expect(new Set(docs.map(d => d.id)).size).toBe(20000);
    expect(new Set(docs.map(d => d.indexNo)).size).toBe(20000);
    expect(new Set(docs.map(d => d.docNo)).size).toBe(20000);
    expect(new Set(docs.map(d => d.topic1)).size).toBe(21);
    expect(new Set(docs.map(d => d.topic2)).size).toBe(
      TOPICS.reduce((n, [, s]) => n + s.length, 0),
    );
    for (const d of docs.slice(0, 200)) {
      expect(d.written <= d.published).toBe(true);
      expect(d.body.join('').length).toBeGreaterThan(400);
      expect(d.docNo).toMatch(/^示.+〔20\d\d〕\d+号$/);
    }
  });

  it('has 5,000 Q&A pairs, each citing an existing document whose text holds its answer', () => {
    expect(qa).toHaveLength(5000);
    const byId = new Map(docs.map(d => [d.id, d]));
    for (const pair of qa) {
      const doc = byId.get(pair.sourceDocId);
      expect(doc).toBeDefined();
      const article = pair.answer.slice(pair.answer.indexOf('：') + 1);
      expect(doc!.body.join('')).toContain(article);
    }
  });

  it('says one thing about each programme: every document on a subject states the same facts', () => {
    // Articles 4–7: conditions, amounts, materials, where and how fast (article 4 starts with
    // 申请 or 享受, the same for a subject).
    const facts = new Map<string, Set<string>>();
    for (const d of docs) {
      const said = d.body.slice(3, 7).join('|');
      (facts.get(d.subject) ?? facts.set(d.subject, new Set()).get(d.subject)!).add(said);
    }
    const contradicted = [...facts].filter(([, said]) => said.size > 1).map(([s]) => s);
    expect(contradicted).toEqual([]);
    expect(facts.size).toBeGreaterThan(500);
    // No document asks for two ages at once.
    expect(
      docs.filter(d => /年满六十周岁.*年满八十周岁|年满八十周岁.*年满六十周岁/.test(d.body[3]!)),
    ).toEqual([]);
  });

  it('agrees with the city’s own notices: 高龄津贴 from eighty, the amounts H01 raises, no application', () => {
    const h01 = POLICIES.find(p => p.id === 'H01')!.body.join('');
    expect(h01).toContain('由每人每月一百元提高到一百五十元');
    const elder = docs.filter(d => d.subject === '高龄津贴');
    expect(elder.length).toBeGreaterThan(10);
    for (const d of elder) {
      expect(d.body[3]).toContain('年满八十周岁');
      expect(d.body[3]).not.toContain('六十');
      expect(d.body[4]).toContain('八十至八十九周岁的老年人每人每月一百元');
      expect(d.body[4]).toContain('免申即享');
      expect(d.body[5]).toContain('不需要提交材料');
    }
    for (const d of docs.filter(d => d.subject === '居家适老化改造'))
      expect(d.body[4]).toContain('每户不超过八千元');
  });

  it('answers "how much" with an amount, or says the programme costs nothing', () => {
    const amounts = qa.filter(p => p.question.endsWith('的标准是多少？'));
    expect(amounts.length).toBeGreaterThan(500);
    const vague = amounts.filter(
      p => !/[0-9一二三四五六七八九十百千万]+(元|%|万元)|百分之|不收取任何费用/.test(p.answer),
    );
    expect(vague.map(p => p.answer)).toEqual([]);
  });

  it('is the same on every run', () => {
    const again = generateDocuments(50);
    expect(again).toEqual(docs.slice(0, 50));
  });
});
