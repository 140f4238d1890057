// Everything the portal shows, loaded once: the hand-written pages and the generated corpus
// (20,000 documents, 5,000 Q&A pairs) or a corpus folder of the site's own, plus lookups the
// pages need.
import { generateDocuments, generateQa } from '../content/corpus.mjs';
import { NEWS } from '../content/news.mjs';
import { SERVICES } from '../content/services.mjs';
import { INTERPRETATIONS, POLICIES, QA } from '../content/policies.mjs';
import { TOPICS } from '../content/taxonomy.mjs';
import { loadCorpus } from '../content/load-corpus.mjs';

let cached;
let corpusDir;

/**
 * Serve a corpus folder instead of the generated one (`--corpus <dir>`); call before the first
 * data(). Its warnings (lines skipped) go to the console.
 */
export function useCorpus(dir) {
  if (cached) throw new Error('useCorpus() must come before the portal reads its data');
  corpusDir = dir;
}

/** The library and Q&A: a corpus folder's, or the hand-written ones and the generated corpus. */
function library() {
  if (corpusDir) {
    const { documents, qa, warnings } = loadCorpus(corpusDir);
    for (const w of warnings) console.warn(`corpus: ${w}`);
    return { documents, qa };
  }
  const size = Number(process.env.DEMO_CORPUS_SIZE) || 20000;
  const generated = generateDocuments(size);
  return {
    documents: [...POLICIES, ...generated],
    qa: [...QA, ...generateQa(generated, Math.round(size / 4))],
  };
}

/** The portal's data; `DEMO_CORPUS_SIZE` shrinks the generated part (tests of small things). */
export function data() {
  if (cached) return cached;
  const { documents: unsorted, qa } = library();
  const documents = unsorted.sort((a, b) =>
    a.published < b.published ? 1 : a.published > b.published ? -1 : 0,
  );
  const byId = new Map(documents.map(d => [d.id, d]));
  const qaByDoc = new Map();
  for (const pair of qa) {
    const list = qaByDoc.get(pair.sourceDocId) ?? [];
    list.push(pair);
    qaByDoc.set(pair.sourceDocId, list);
  }
  cached = {
    documents,
    qa,
    news: NEWS,
    services: SERVICES,
    interpretations: INTERPRETATIONS,
    topics: TOPICS,
    doc: id => byId.get(id),
    qaFor: id => qaByDoc.get(id) ?? [],
    service: id => SERVICES.find(s => s.id === id),
    newsItem: id => NEWS.find(n => n.id === id),
    qaItem: id => qa.find(p => p.id === id),
  };
  return cached;
}
