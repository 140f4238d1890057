// The portal's search engine: FlexSearch over character bigrams for policy documents, a small
// BM25 over bigrams for Q&A (qa-index.mjs), a pinyin lexicon, homophone correction and synonyms. It implements
// the `SearchBackend` shape (search, ask) that docs/search.md describes, so a site can point the
// same pages at an OpenSearch cluster instead.
import FlexSearch from 'flexsearch';
import { bigrams, isHan, isLatin, normalize, words } from './tokens.mjs';
import { PinyinLexicon } from './pinyin-lexicon.mjs';
import { POPULAR_NAMES, QueryUnderstanding } from './understand.mjs';
import { cut } from './segment.mjs';
import { loadIndex, saveIndex } from './index-cache.mjs';
import { QaIndex } from './qa-index.mjs';
import { SYNONYMS } from './synonyms.mjs';

export { SYNONYMS };

const { Index } = FlexSearch;

const FIELDS = ['all', 'title', 'docNo', 'body'];
const FACETS = ['year', 'type', 'agency', 'topic1', 'topic2'];

/** Each document's facet values as small integers, for counting without string maps. */
function facetCodes(documents) {
  const values = Object.fromEntries(FACETS.map(k => [k, []]));
  const lookup = Object.fromEntries(FACETS.map(k => [k, new Map()]));
  const codes = FACETS.map(() => new Uint16Array(documents.length));
  documents.forEach((d, i) => {
    const v = [d.published.slice(0, 4), d.type, d.agency, d.topic1, d.topic2];
    FACETS.forEach((k, n) => {
      let code = lookup[k].get(v[n]);
      if (code === undefined) {
        code = values[k].length;
        values[k].push(v[n]);
        lookup[k].set(v[n], code);
      }
      codes[n][i] = code;
    });
  });
  return { codes, values };
}

/** Every character → the documents that contain it, for one-character queries (省, 税). */
function charPostings(texts) {
  const lists = new Map();
  texts.forEach((t, i) => {
    for (const c of new Set(t.all)) {
      const list = lists.get(c);
      if (list) list.push(i);
      else lists.set(c, [i]);
    }
  });
  return new Map([...lists].map(([c, list]) => [c, Uint32Array.from(list)]));
}

/** The first `k` of `list` in `compare` order, without sorting all of it when k is small. */
function top(list, k, compare) {
  if (k >= list.length / 4) return [...list].sort(compare).slice(0, k);
  const best = [];
  for (const i of list) {
    if (best.length === k && compare(i, best[k - 1]) >= 0) continue;
    let lo = 0;
    let hi = best.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (compare(best[mid], i) <= 0) lo = mid + 1;
      else hi = mid;
    }
    best.splice(lo, 0, i);
    if (best.length > k) best.pop();
  }
  return best;
}
const PAGE_SIZE = 10;

/** Every (length / n)-th item, at most n of them, spread over the whole list. */
function sample(list, n) {
  if (list.length <= n) return list;
  const step = list.length / n;
  return Array.from({ length: n }, (_, i) => list[Math.floor(i * step)]);
}
const STOP_CHAR = /^[的了吗呢吧啊和与及或在是有]$/;

/** Up to 8 points for words that stand close together (所有词相邻 → 8, 100 characters apart → 0). */
function proximity(text, pieces) {
  const at = pieces.map(p => text.indexOf(p)).filter(i => i >= 0);
  if (at.length < 2) return 0;
  const span = Math.max(...at) - Math.min(...at) - pieces[0].length;
  return Math.max(0, 8 - span / 12);
}

export class PolicySearch {
  /**
   * @param {object[]} documents @param {object[]} qa
   * @param {{ cacheDir?: string }} [options] where the built index is kept between starts
   *   (index-cache.mjs); without it the index is built every time
   */
  constructor(documents, qa, { cacheDir } = {}) {
    const t0 = performance.now();
    this.documents = documents;
    this.text = documents.map(d => {
      const t = {
        title: normalize(d.title),
        docNo: normalize(d.docNo),
        body: normalize(d.body.join('')),
      };
      t.all = `${t.title} ${t.docNo} ${t.body}`;
      return t;
    });
    this.index = new Index({ tokenize: 'strict', encoder: { encode: bigrams }, resolution: 1 });
    // The slow part (most of a start: 14 s of 22 on a loaded machine) comes from disk when it can.
    const saved = cacheDir ? loadIndex(cacheDir, documents) : undefined;
    if (saved) {
      for (const [key, value] of Object.entries(saved.flex)) this.index.import(key, value);
      this.chars = saved.chars;
    } else {
      documents.forEach((d, i) => this.index.add(i, `${d.title} ${d.docNo} ${d.body.join('')}`));
      this.chars = charPostings(this.text);
      if (cacheDir) {
        const flex = {};
        this.index.export((key, value) => void (flex[key] = value));
        saveIndex(cacheDir, documents, { flex, chars: this.chars });
      }
    }
    this.fromCache = Boolean(saved);
    this.codes = facetCodes(documents);
    // Newest first: a document's place in date order, to sort without comparing strings.
    const byDate = documents
      .map((_, i) => i)
      .sort((a, b) => (documents[a].published < documents[b].published ? 1 : -1));
    this.dateRank = new Uint32Array(documents.length);
    byDate.forEach((i, rank) => (this.dateRank[i] = rank));
    const terms = new Map();
    const note = word => word && terms.set(word, (terms.get(word) ?? 0) + 1);
    for (const d of documents) {
      note(d.subject);
      note(d.topic2);
      for (const part of d.topic1.split(/[、，]/)) note(part);
      for (const k of d.keywords ?? []) note(k);
    }
    for (const group of SYNONYMS) for (const w of group) note(w);
    for (const { alias, name } of POPULAR_NAMES) [alias, name].forEach(note);
    // The corpus's own words (jieba), from titles and Q&A pairs: what pinyin and typos map to,
    // so the lexicon is never empty whatever the corpus holds.
    // At most 4,000 texts of each kind: their words repeat, and cutting 20,000 titles takes 2 s.
    const vocabulary = new Set();
    const texts = [
      ...sample([...new Set(documents.map(d => d.title))], 4000),
      ...sample([...new Set(qa.map(p => p.question))], 4000),
      ...sample(
        qa.map(p => p.answer),
        2000,
      ),
    ];
    for (const text of texts)
      for (const w of cut(text)) {
        vocabulary.add(w);
        if (w.length >= 2) note(w);
      }
    this.lexicon = new PinyinLexicon(terms);
    this.understanding = new QueryUnderstanding(
      this.lexicon,
      vocabulary,
      word => this.match(word, 'all').length > 0,
    );
    this.qa = new QaIndex(qa, this);
    this.buildMs = performance.now() - t0;
  }

  fieldText(i, field) {
    return this.text[i][field];
  }

  /** Positions in both lists, in the first list's order (one reusable marker array, no Sets). */
  intersect(a, b) {
    const mark = (this.marks ??= new Uint8Array(this.documents.length));
    for (const i of b) mark[i] = 1;
    const out = [];
    for (const i of a) if (mark[i]) out.push(i);
    for (const i of b) mark[i] = 0;
    return out;
  }

  union(lists) {
    const mark = (this.marks ??= new Uint8Array(this.documents.length));
    const out = [];
    for (const list of lists)
      for (const i of list)
        if (!mark[i]) {
          mark[i] = 1;
          out.push(i);
        }
    for (const i of out) mark[i] = 0;
    return out;
  }

  /**
   * Documents (by position) whose `field` contains `term` exactly. Kept for the most recent
   * terms: a term in every document (残疾人 is in every generated one) costs ~10 ms to verify the
   * first time, and readers page, filter and refine with the same words.
   */
  match(term, field) {
    const key = `${field}\u0000${term}`;
    const cache = (this.cache ??= new Map());
    const hit = cache.get(key);
    if (hit) {
      cache.delete(key);
      cache.set(key, hit);
      return hit;
    }
    const found = this.matchNow(term, field);
    cache.set(key, found);
    if (cache.size > 2000) cache.delete(cache.keys().next().value);
    return found;
  }

  matchNow(term, field) {
    if ([...term].length === 1 && this.chars.has(term)) {
      const posting = this.chars.get(term);
      return field === 'all'
        ? Array.from(posting)
        : Array.from(posting).filter(i => this.fieldText(i, field).includes(term));
    }
    if (field === 'docNo' || [...term].length < 2 || !bigrams(term).length) {
      const out = [];
      for (let i = 0; i < this.documents.length; i++)
        if (this.fieldText(i, field).includes(term)) out.push(i);
      return out;
    }
    const candidates = this.index.search(term, { limit: this.documents.length });
    // A single bigram is exact already; longer terms need their bigrams side by side.
    const exact = bigrams(term).length === 1 && field === 'all';
    return exact ? candidates : candidates.filter(i => this.fieldText(i, field).includes(term));
  }

  /** What a query word really searches for: itself, its synonyms, or the terms its pinyin spells. */
  expand(word) {
    if (isLatin(word)) {
      const spelled = this.lexicon.lookup(word);
      if (spelled.length) return { terms: spelled, pinyin: spelled };
    }
    const group = SYNONYMS.find(g => g.includes(word));
    return { terms: group ?? [word] };
  }

  /** Positions matching one word (any of its expansions), with a typo correction if needed. */
  matchWord(word, field, notes) {
    const { terms, pinyin } = this.expand(word);
    if (pinyin) notes.pinyin.push([word, pinyin[0]]);
    const found =
      terms.length === 1
        ? this.match(terms[0], field)
        : this.union(terms.map(t => this.match(t, field)));
    if (!found.length && isHan(word)) {
      const fixed = this.lexicon.homophone(word);
      if (fixed) {
        notes.corrected.push([word, fixed]);
        return { found: this.match(fixed, field), terms: [fixed] };
      }
    }
    return { found, terms };
  }

  /** The policy library's search: see readParams in site/search.mjs for the parameters. */
  understand(q) {
    return this.understanding.understand(q);
  }

  search(params) {
    const field = FIELDS.includes(params.field) ? params.field : 'all';
    const understood = this.understand(params.q);
    const notes = {
      pinyin: [],
      corrected: [],
      understood: understood.notes,
      segmented: [],
      partial: false,
    };
    const marks = [];
    let hits;
    const parts = [];
    const and = found => {
      hits = hits ? this.intersect(hits, found) : found;
    };
    for (const word of [...words(understood.text), ...words(params.all)]) {
      let { found, terms } = this.matchWord(word, field, notes);
      // An unspaced query (居家养老补贴) not found as one string: its words, all required.
      if (!found.length && isHan(word) && [...word].length >= 3) {
        const pieces = cut(word).filter(w => [...w].length > 1 || !STOP_CHAR.test(w));
        if (pieces.length > 1) {
          notes.segmented.push([word, pieces]);
          found = undefined;
          terms = [];
          for (const piece of pieces) {
            const one = this.matchWord(piece, field, notes);
            terms.push(...one.terms);
            parts.push(one.found);
            found = found ? this.intersect(found, one.found) : one.found;
          }
          notes.proximity = pieces;
        }
      } else parts.push(found);
      marks.push(...terms);
      and(found);
    }
    // No document has every word: the ones with most of them, said plainly on the page.
    if (hits && !hits.length && parts.filter(p => p.length).length > 1) {
      const count = (this.counts ??= new Uint8Array(this.documents.length));
      const all = this.union(parts);
      for (const list of parts) for (const i of list) count[i]++;
      all.sort((a, b) => count[b] - count[a]);
      const best = count[all[0]];
      hits = all.filter(i => count[i] === best);
      for (const i of all) count[i] = 0;
      notes.partial = true;
    }
    const any = words(params.any);
    if (any.length) {
      const found = [];
      for (const word of any) {
        const match = this.matchWord(word, field, notes);
        marks.push(...match.terms);
        found.push(match.found);
      }
      and(this.union(found));
    }
    if (params.title) and(this.match(normalize(params.title), 'title'));
    if (params.docNo) and(this.match(normalize(params.docNo), 'docNo'));
    let list = hits ?? this.documents.map((_, i) => i);
    for (const word of words(params.none)) {
      const mark = (this.marks ??= new Uint8Array(this.documents.length));
      const out = this.match(word, field);
      for (const i of out) mark[i] = 1;
      list = Array.prototype.filter.call(list, i => !mark[i]);
      for (const i of out) mark[i] = 0;
    }
    if (params.from || params.to)
      list = list.filter(i => {
        const p = this.documents[i].published;
        return (!params.from || p >= params.from) && (!params.to || p <= params.to);
      });
    return this.page(list, params, marks, notes);
  }

  /** Facets, filters, ranking and one page of hits. */
  page(list, params, marks, notes) {
    const docs = this.documents;
    const { codes, values } = this.codes;
    const keys = FACETS;
    // The filters as codes; -1: not filtered; -2: a value no document has.
    const want = keys.map(k => {
      if (!params[k]) return -1;
      const code = values[k].indexOf(params[k]);
      return code === -1 ? -2 : code;
    });
    const counts = keys.map(k => new Uint32Array(values[k].length));
    const topic1Wanted = want[3];
    const filtered = [];
    for (const i of list) {
      let failed = -1;
      let fails = 0;
      for (let k = 0; k < 5; k++) {
        if (want[k] !== -1 && codes[k][i] !== want[k]) {
          failed = k;
          if (++fails > 1) break;
        }
      }
      if (fails > 1) continue;
      for (let k = 0; k < 5; k++) {
        if (fails === 1 && failed !== k) continue;
        if (k === 4 && (topic1Wanted < 0 || codes[3][i] !== topic1Wanted)) continue;
        counts[k][codes[k][i]]++;
      }
      if (!fails) filtered.push(i);
    }
    const terms = [...new Set(marks)];
    const rank = this.dateRank;
    const pages = Math.max(1, Math.ceil(filtered.length / PAGE_SIZE));
    const page = Math.min(params.page ?? 1, pages);
    const need = page * PAGE_SIZE;
    let order;
    if (params.sort === 'date' || !terms.length)
      order = top(filtered, need, (a, b) => rank[a] - rank[b]);
    else {
      const score = (this.scores ??= new Float64Array(docs.length));
      for (const i of filtered) {
        const t = this.text[i];
        let s = 0;
        for (const term of terms)
          s += (t.title.includes(term) ? 10 : 0) + (t.docNo.includes(term) ? 5 : 0);
        if (notes.proximity) s += proximity(t.all, notes.proximity);
        score[i] = s;
      }
      order = top(filtered, need, (a, b) => score[b] - score[a] || rank[a] - rank[b]);
    }
    const facet = k => {
      const out = [];
      counts[k].forEach((n, code) => n && out.push([values[keys[k]][code], n]));
      return k === 0
        ? out.sort((a, b) => (a[0] < b[0] ? 1 : -1))
        : out.sort((a, b) => b[1] - a[1] || String(a[0]).localeCompare(String(b[0]), 'zh'));
    };
    return {
      total: filtered.length,
      page,
      pages,
      hits: order.slice((page - 1) * PAGE_SIZE, need).map(i => docs[i]),
      terms,
      notes,
      facets: {
        year: facet(0),
        type: facet(1),
        agency: facet(2),
        topic1: facet(3),
        topic2: facet(4),
      },
    };
  }

  /** Terms like the query, for "did you mean" when nothing matched. */
  suggest(q) {
    const out = [];
    for (const word of words(q)) {
      // Latin: what it spells, then longer terms it begins (gaoling → 高龄, 高龄津贴).
      const fixed = isLatin(word)
        ? [
            ...this.lexicon.lookup(word, 2),
            ...this.lexicon
              .prefix(word)
              .sort((a, b) => b.count - a.count)
              .slice(0, 3)
              .map(e => e.word),
          ]
        : [this.lexicon.homophone(word)].filter(Boolean);
      if (fixed.length) out.push(...fixed);
      else {
        // Known terms sharing the most bigrams with the word (高龄火星 → 高龄津贴).
        const grams = new Set(bigrams(word));
        const near = this.lexicon.entries
          .map(e => [bigrams(e.word).filter(g => grams.has(g)).length, e])
          .filter(([shared]) => shared > 0)
          .sort((a, b) => b[0] - a[0] || b[1].count - a[1].count)
          .slice(0, 4)
          .map(([, e]) => e.word);
        out.push(...near);
      }
    }
    return [...new Set(out)].slice(0, 5);
  }

  ask(question, limit = 5) {
    return this.qa.ask(question, limit);
  }
}
