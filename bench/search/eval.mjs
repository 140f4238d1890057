// Policy search and Q&A accuracy, side by side in one run: the portal's engine and a MiniSearch
// baseline (words from Intl.Segmenter, the ICU dictionary segmenter in Node), on the team's set
// (demo-site/search/qa-eval.mjs) and on the held-out residents' set (heldout.jsonl, README.md).
// Run: node bench/search/eval.mjs [--json] [--misses]
import { readFileSync } from 'node:fs';
import MiniSearch from 'minisearch';
import { data } from '../../demo-site/site/data.mjs';
import { PolicySearch } from '../../demo-site/search/engine.mjs';
import { teamCases } from '../../demo-site/search/qa-eval.mjs';

const { documents, qa } = data();
const heldout = readFileSync(new URL('heldout.jsonl', import.meta.url), 'utf8')
  .trim()
  .split('\n')
  .map(line => JSON.parse(line));

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
const tokenize = text =>
  [...segmenter.segment(String(text).normalize('NFKC').toLowerCase())]
    .filter(s => s.isWordLike)
    .map(s => s.segment);

/** The baseline: MiniSearch as its docs suggest, question boosted, OR of words, prefix search. */
function baseline() {
  const pairs = new MiniSearch({ fields: ['question', 'answer'], tokenize, idField: 'n' });
  pairs.addAll(qa.map((p, n) => ({ n, question: p.question, answer: p.answer })));
  const docs = new MiniSearch({ fields: ['title', 'docNo', 'body'], tokenize, idField: 'n' });
  docs.addAll(
    documents.map((d, n) => ({ n, title: d.title, docNo: d.docNo, body: d.body.join('') })),
  );
  const options = { boost: { question: 2, title: 3, docNo: 3 }, prefix: true };
  return {
    name: 'MiniSearch + Intl.Segmenter',
    ask(q, limit) {
      const found = pairs.search(q, options).slice(0, limit);
      // MiniSearch has no notion of confidence: it answers whenever anything matched.
      return {
        answers: found.map(r => ({ pair: qa[r.id], score: r.score })),
        confident: found.length > 0,
      };
    },
    search({ q }) {
      const found = docs.search(q, options);
      return { total: found.length, hits: found.slice(0, 10).map(r => documents[r.id]) };
    },
  };
}

function portal() {
  const engine = new PolicySearch(documents, qa);
  return {
    name: 'portal engine',
    ask: (q, limit) => engine.ask(q, limit),
    search: ({ q }) => engine.search({ q, field: 'all', sort: 'relevance', page: 1 }),
  };
}

const round = x => Math.round(x * 1000) / 1000;
const percentile = (xs, p) => [...xs].sort((a, b) => a - b)[Math.ceil((p / 100) * xs.length) - 1];

/** Rank (1-based) of the first correct item, or 0; and whether the engine declined to answer. */
function judge(engine, item, times) {
  const t = performance.now();
  if (item.task === 'search') {
    const result = engine.search({ q: item.q });
    times.push(performance.now() - t);
    const rank = result.hits.findIndex(d => item.ids.includes(d.id)) + 1;
    return {
      rank,
      declined: result.total === 0,
      confident: result.total > 0,
      top: result.hits[0]?.id,
    };
  }
  const result = engine.ask(item.q, 10);
  times.push(performance.now() - t);
  const ok = item.ok ?? (p => item.ids?.includes(p.id));
  const rank = result.answers.findIndex(a => ok(a.pair)) + 1;
  return {
    rank,
    declined: !result.confident,
    confident: result.confident,
    top: result.answers[0]?.pair.id,
  };
}

function score(engine, items) {
  const times = [];
  const rows = items.map(item => ({ item, ...judge(engine, item, times) }));
  const answerable = rows.filter(r => r.item.ids !== null);
  const unanswerable = rows.filter(r => r.item.ids === null);
  const declined = rows.filter(r => r.item.task === 'qa' && r.declined);
  const n = answerable.length;
  return {
    questions: rows.length,
    top1: round(answerable.filter(r => r.rank === 1).length / n),
    top3: round(answerable.filter(r => r.rank >= 1 && r.rank <= 3).length / n),
    mrr: round(answerable.reduce((s, r) => s + (r.rank ? 1 / r.rank : 0), 0) / n),
    noAnswerPrecision: declined.length
      ? round(declined.filter(r => r.item.ids === null).length / declined.length)
      : null,
    noAnswerRecall: unanswerable.length
      ? round(unanswerable.filter(r => r.declined).length / unanswerable.length)
      : null,
    confidentWrong: rows.filter(r => r.item.task === 'qa' && r.confident && r.rank !== 1).length,
    offTopicConfident: unanswerable.filter(r => r.confident).length,
    p95Ms: round(percentile(times, 95)),
    byKind: Object.fromEntries(
      [...new Set(answerable.map(r => r.item.kind))].map(kind => {
        const of = answerable.filter(r => r.item.kind === kind);
        return [kind, `${of.filter(r => r.rank === 1).length}/${of.length}`];
      }),
    ),
    misses: answerable
      .filter(r => r.rank !== 1)
      .map(r => `${r.item.id} ${r.item.q} → ${r.top ?? '∅'} (rank ${r.rank || '-'})`),
  };
}

const team = teamCases(qa).map((c, i) => ({
  id: `T${i + 1}`,
  kind: 'team',
  task: 'qa',
  q: c.question,
  ok: c.ok,
  ids: [],
}));
const engines = [portal(), baseline()];
const report = {};
for (const engine of engines)
  report[engine.name] = { team: score(engine, team), heldout: score(engine, heldout) };

if (process.argv.includes('--json')) console.log(JSON.stringify(report, null, 1));
else {
  const keys = [
    'top1',
    'top3',
    'mrr',
    'noAnswerPrecision',
    'noAnswerRecall',
    'confidentWrong',
    'offTopicConfident',
    'p95Ms',
  ];
  const columns = engines.flatMap(e =>
    ['team', 'heldout'].map(set => [`${e.name} · ${set}`, report[e.name][set]]),
  );
  console.log(`| measure | ${columns.map(c => c[0]).join(' | ')} |`);
  console.log(`| --- | ${columns.map(() => '---').join(' | ')} |`);
  for (const k of ['questions', ...keys])
    console.log(`| ${k} | ${columns.map(c => c[1][k] ?? '—').join(' | ')} |`);
  for (const e of engines)
    console.log(
      `\n${e.name}, held-out top-1 by kind:`,
      JSON.stringify(report[e.name].heldout.byKind),
    );
  if (process.argv.includes('--misses'))
    for (const e of engines.slice(0, 1))
      console.log(`\n${e.name} misses:\n${report[e.name].heldout.misses.join('\n')}`);
}
