// Turns heldout.src.tsv (hand-written questions with their labels by meaning) into heldout.jsonl
// with the ids of every correct Q&A pair or document of the generated corpus. Labels:
//   qa:QH01            a hand-written pair
//   qa:S=高龄津贴/标准  generated pairs on that subject asking that kind (条件 标准 地点 材料 施行 部门,
//                      `|` for several, `*` for any kind); `+` joins alternatives
//   doc:H01 / doc:S=subject[@agency]   documents (a search query); none: nothing answers it.
// Run: node bench/search/make-heldout.mjs  (fails if a label names nothing in the corpus)
import { readFileSync, writeFileSync } from 'node:fs';
import { data } from '../../demo-site/site/data.mjs';
import { kindOf } from '../../demo-site/search/qa-eval.mjs';

const KINDS = { 条件: 3, 标准: 4, 地点: 6, 材料: 5, 施行: 9, 部门: 2 };
const here = new URL('.', import.meta.url);
const { documents, qa } = data();

function resolve(label) {
  if (label === 'none') return { task: 'qa', ids: null };
  const [task, spec] = label.split(/:(.*)/s);
  const ids = [];
  for (const alt of spec.split('+')) {
    if (!alt.startsWith('S=')) {
      ids.push(alt);
      continue;
    }
    const [subject, rest = ''] = alt.slice(2).split(task === 'qa' ? '/' : '@');
    if (task === 'qa') {
      const kinds = rest === '*' ? null : rest.split('|').map(k => KINDS[k]);
      for (const p of qa)
        if (p.subject === subject && (!kinds || kinds.includes(kindOf(p.question)))) ids.push(p.id);
    } else {
      for (const d of documents)
        if (d.subject === subject && (!rest || d.agency === rest)) ids.push(d.id);
    }
  }
  const known = new Set(task === 'qa' ? qa.map(p => p.id) : documents.map(d => d.id));
  if (!ids.length || ids.some(id => !known.has(id)))
    throw new Error(`label names nothing: ${label}`);
  return { task: task === 'qa' ? 'qa' : 'search', ids: [...new Set(ids)] };
}

const lines = readFileSync(new URL('heldout.src.tsv', here), 'utf8')
  .split('\n')
  .filter(l => l && !l.startsWith('#'));
const out = lines.map((line, i) => {
  const [kind, q, label] = line.split('\t');
  return JSON.stringify({
    id: `H${String(i + 1).padStart(3, '0')}`,
    kind,
    q,
    label,
    ...resolve(label),
  });
});
writeFileSync(new URL('heldout.jsonl', here), `${out.join('\n')}\n`);
console.log(`${out.length} items written`);
