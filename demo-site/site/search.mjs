// The policy library's search over the corpus. A plain scan: every term must appear as written
// (substring) in the chosen fields. The search-engine issue replaces this with an index behind the
// same `search()`/`ask()` shape.
import { data } from './data.mjs';

const FIELDS = {
  all: d => `${d.title} ${d.docNo} ${d.body.join('')}`,
  title: d => d.title,
  docNo: d => d.docNo,
  body: d => d.body.join(''),
};

export const SORTS = ['relevance', 'date'];
export const PAGE_SIZE = 10;

const words = text =>
  String(text ?? '')
    .trim()
    .split(/[\s,，、]+/)
    .filter(Boolean)
    .slice(0, 12);

const count = (map, key) => map.set(key, (map.get(key) ?? 0) + 1);
const sorted = map =>
  [...map.entries()].sort((a, b) => b[1] - a[1] || String(a[0]).localeCompare(String(b[0]), 'zh'));

/** Parse and bound the library's query parameters. */
export function readParams(search) {
  const get = key => (search.get(key) ?? '').slice(0, 100).trim();
  const field = get('field');
  const sort = get('sort');
  return {
    q: get('q'),
    field: field in FIELDS ? field : 'all',
    all: get('all'),
    any: get('any'),
    none: get('none'),
    title: get('title'),
    docNo: get('docNo'),
    from: /^\d{4}-\d{2}-\d{2}$/.test(get('from')) ? get('from') : '',
    to: /^\d{4}-\d{2}-\d{2}$/.test(get('to')) ? get('to') : '',
    year: /^\d{4}$/.test(get('year')) ? get('year') : '',
    type: get('type'),
    agency: get('agency'),
    topic1: get('topic1'),
    topic2: get('topic2'),
    sort: SORTS.includes(sort) ? sort : 'relevance',
    page: Math.max(1, Math.min(2000, Number.parseInt(get('page'), 10) || 1)),
  };
}

/** Search the policy library: hits for one page, the total, facet counts and the terms to mark. */
export function search(params) {
  const { documents } = data();
  const must = [...words(params.q), ...words(params.all)];
  const any = words(params.any);
  const none = words(params.none);
  const text = FIELDS[params.field];
  const hits = [];
  for (const doc of documents) {
    if (params.title && !doc.title.includes(params.title)) continue;
    if (params.docNo && !doc.docNo.includes(params.docNo)) continue;
    if (params.from && doc.published < params.from) continue;
    if (params.to && doc.published > params.to) continue;
    if (must.length || any.length || none.length) {
      const hay = text(doc);
      if (!must.every(t => hay.includes(t))) continue;
      if (any.length && !any.some(t => hay.includes(t))) continue;
      if (none.some(t => hay.includes(t))) continue;
    }
    hits.push(doc);
  }
  // Facets count what the query matched before the facet filters, so every choice shows its size.
  const facets = {
    year: new Map(),
    type: new Map(),
    agency: new Map(),
    topic1: new Map(),
    topic2: new Map(),
  };
  const filtered = [];
  for (const doc of hits) {
    const year = doc.published.slice(0, 4);
    const pass = {
      year: !params.year || year === params.year,
      type: !params.type || doc.type === params.type,
      agency: !params.agency || doc.agency === params.agency,
      topic1: !params.topic1 || doc.topic1 === params.topic1,
      topic2: !params.topic2 || doc.topic2 === params.topic2,
    };
    const others = key => Object.entries(pass).every(([k, ok]) => k === key || ok);
    if (others('year')) count(facets.year, year);
    if (others('type')) count(facets.type, doc.type);
    if (others('agency')) count(facets.agency, doc.agency);
    if (others('topic1')) count(facets.topic1, doc.topic1);
    if (others('topic2') && params.topic1 && doc.topic1 === params.topic1)
      count(facets.topic2, doc.topic2);
    if (Object.values(pass).every(Boolean)) filtered.push(doc);
  }
  const terms = [...must, ...any];
  const score = doc =>
    terms.reduce(
      (s, t) => s + (doc.title.includes(t) ? 10 : 0) + (doc.docNo.includes(t) ? 5 : 0),
      0,
    );
  if (params.sort === 'relevance' && terms.length) {
    const scored = filtered.map(doc => [score(doc), doc]);
    scored.sort((a, b) => b[0] - a[0] || (a[1].published < b[1].published ? 1 : -1));
    filtered.splice(0, filtered.length, ...scored.map(([, d]) => d));
  }
  const start = (params.page - 1) * PAGE_SIZE;
  return {
    total: filtered.length,
    page: params.page,
    pages: Math.max(1, Math.ceil(filtered.length / PAGE_SIZE)),
    hits: filtered.slice(start, start + PAGE_SIZE),
    terms,
    facets: {
      year: sorted(facets.year).sort((a, b) => (a[0] < b[0] ? 1 : -1)),
      type: sorted(facets.type),
      agency: sorted(facets.agency),
      topic1: sorted(facets.topic1),
      topic2: sorted(facets.topic2),
    },
  };
}

/** Characters two texts share, as a fraction of the question's (a simple overlap score). */
function overlap(question, text) {
  const chars = [...new Set(question.replace(/[\s？?。，,！!、的了吗呢怎么什么哪里]/g, ''))];
  if (!chars.length) return 0;
  return chars.filter(c => text.includes(c)).length / chars.length;
}

/** Rank Q&A pairs for a question; `confident` is false when nothing matches well. */
export function ask(question, limit = 5) {
  const { qa } = data();
  const q = String(question ?? '')
    .slice(0, 200)
    .trim();
  if (!q) return { answers: [], confident: false };
  const ranked = qa
    .map(pair => ({ pair, score: overlap(q, pair.question) * 0.7 + overlap(q, pair.answer) * 0.3 }))
    .sort((a, b) => b.score - a.score)
    .slice(0, limit);
  return { answers: ranked, confident: (ranked[0]?.score ?? 0) >= 0.6 };
}
