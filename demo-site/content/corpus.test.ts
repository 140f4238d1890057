// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { generateDocuments, generateQa } from './corpus.mjs';
import { TOPICS } from './taxonomy.mjs';

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

  it('is the same on every run', () => {
    const again = generateDocuments(50);
    expect(again).toEqual(docs.slice(0, 50));
  });
});
