// Makes a corpus folder (docs/search.md#any-corpus) of real government documents: the local
// regulations of one province or city from a local copy of LawRefBook/Laws
// (https://github.com/LawRefBook/Laws, texts taken from the national database of laws and
// regulations, flk.npc.gov.cn). Laws and regulations are not subject to copyright in China
// (Copyright Law, art. 5), so the texts may be copied; the repository itself states no licence, and
// nothing of its own (scripts, arrangement) is taken.
//   git clone https://github.com/LawRefBook/Laws /tmp/Laws
//   node bench/corpus/lawref.mjs /tmp/Laws 上海 test/fixtures/corpus/shanghai --limit 24
// Of each regulation only the newest version is kept (files are named "title(YYYY-MM-DD).md").
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { limit: { type: 'string' } },
});
const [repo, region, out] = positionals;
if (!repo || !region || !out) {
  console.error(
    'usage: node bench/corpus/lawref.mjs <Laws clone> <region, e.g. 上海> <out dir> [--limit N]',
  );
  process.exit(2);
}
const git = (...args) =>
  execFileSync('git', ['-C', repo, '-c', 'core.quotepath=off', ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });

const folder = `DLC/${region}地方法规/地方性法规/${region}/`;
const files = git('ls-tree', '-r', '--name-only', 'HEAD', folder)
  .split('\n')
  .filter(f => f.endsWith('.md') && !f.endsWith('_index.md'));

/** The newest version of each title: "上海市社会救助条例(2024-12-31).md" over "(2018-11-22)". */
const newest = new Map();
for (const file of files) {
  const name = file.slice(folder.length, -3);
  const [, title, date = ''] = /^(.*?)(?:\((\d{4}-\d{2}-\d{2})\))?$/.exec(name);
  const kept = newest.get(title);
  if (!kept || date > kept.date) newest.set(title, { file, date });
}

const documents = [];
for (const [title, { file, date }] of [...newest].sort((a, b) =>
  a[1].date < b[1].date ? 1 : -1,
)) {
  if (!date) continue; // undated versions cannot be placed in time
  const text = git('show', `HEAD:${file}`);
  const [info, rest = ''] = text.split('<!-- INFO END -->');
  const body = rest
    .split(/\n+/)
    .map(line => line.replace(/^#+\s*/, '').trim())
    .filter(Boolean);
  if (body.length < 3) continue;
  // The first line of the header names who passed it: "2018年11月22日 上海市第十五届人民代表大会常务委员会…".
  const passedBy = /\d+日\s*(.+?(?:人民代表大会常务委员会|人民代表大会))/.exec(info)?.[1] ?? '';
  documents.push({
    id: `${region === '上海' ? 'SH' : 'LR'}-${date.replaceAll('-', '')}-${documents.length + 1}`,
    title,
    body: body.join('\n'),
    // The standing committee, not its term: "上海市第十五届人民代表大会常务委员会" → "上海市人民代表大会常务委员会".
    agency: passedBy.replace(/第[一二三四五六七八九十]+届/, '') || undefined,
    date,
    type: '地方性法规',
  });
  if (values.limit && documents.length >= Number(values.limit)) break;
}
mkdirSync(out, { recursive: true });
writeFileSync(
  join(out, 'documents.jsonl'),
  documents.map(d => JSON.stringify(d)).join('\n') + '\n',
);
console.log(`${documents.length} regulations → ${join(out, 'documents.jsonl')}`);
