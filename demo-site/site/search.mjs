// The portal's search, through the engine in demo-site/search/ (FlexSearch over bigrams, pinyin,
// typos, synonyms; BM25 for Q&A). Pages call these functions; a site with a search cluster would
// swap the engine for its own backend of the same shape (docs/search.md).
import { data } from './data.mjs';
import { PolicySearch } from '../search/engine.mjs';

const FIELDS = ['all', 'title', 'docNo', 'body'];

export const SORTS = ['relevance', 'date'];
export const PAGE_SIZE = 10;

/** Parse and bound the library's query parameters. */
export function readParams(search) {
  const get = key => (search.get(key) ?? '').slice(0, 100).trim();
  const field = get('field');
  const sort = get('sort');
  return {
    q: get('q'),
    field: FIELDS.includes(field) ? field : 'all',
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

let engine;

/**
 * The search engine over the whole corpus, built once (a few seconds) before the first query.
 * options.cacheDir: keep the built index there and load it at the next start (`npm start`).
 */
export function searchEngine(options = {}) {
  if (!engine) {
    const { documents, qa } = data();
    engine = new PolicySearch(documents, qa, options);
  }
  return engine;
}

/** Search the policy library: hits for one page, the total, facet counts and the terms to mark. */
export function search(params) {
  return searchEngine().search(params);
}

/** "Did you mean" for a query that found nothing. */
export function suggest(q) {
  return searchEngine().suggest(q);
}

/** Rank Q&A pairs for a question; `confident` is false when nothing matches well. */
export function ask(question, limit = 5) {
  return searchEngine().ask(question, limit);
}
