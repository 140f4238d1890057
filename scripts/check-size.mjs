// Fails when the start bundle is over its budget (SPEC: yilan.js <= 20 KB gzip), or the pinyin
// chunk with the chunks it imports over its own (issue 19: 250 KB gzip, pinyin-pro's dictionary
// and the polyphone model, docs/decisions/0010-polyphones.md). Lit's checksize idea.
import { readFile } from 'node:fs/promises';

const BUDGET = 20 * 1024;
const CHUNK_BUDGETS = { 'chunks/pinyin.js': 250_000 };
const info = JSON.parse(
  await readFile(new URL('../packages/yilan/dist/integrity.json', import.meta.url), 'utf8'),
);
const start = info['yilan.js'];
if (!start) throw new Error('dist/yilan.js missing: run npm run build');
const chunks = Object.entries(info).filter(([name]) => name.startsWith('chunks/'));
console.log(
  `yilan.js: ${start.gzip} B gzip (budget ${BUDGET} B, ${((start.gzip / BUDGET) * 100).toFixed(0)} %)`,
);
for (const [name, chunk] of chunks)
  console.log(`  ${name}: ${chunk.gzip} B gzip, loaded on first use`);
if (start.gzip > BUDGET) {
  console.error(`yilan.js is ${start.gzip - BUDGET} B over its ${BUDGET} B gzip budget`);
  process.exit(1);
}

/** A chunk's gzip size with every chunk it imports, each counted once. */
async function withImports(name, seen = new Set()) {
  if (seen.has(name) || !info[name]) return 0;
  seen.add(name);
  const code = await readFile(new URL(`../packages/yilan/dist/${name}`, import.meta.url), 'utf8');
  let total = info[name].gzip;
  for (const [, file] of code.matchAll(/from\s*"\.\/([^"]+)"/g))
    total += await withImports(`chunks/${file}`, seen);
  return total;
}
for (const [name, budget] of Object.entries(CHUNK_BUDGETS)) {
  const total = await withImports(name);
  console.log(`${name} with its imports: ${total} B gzip (budget ${budget} B)`);
  if (total > budget) {
    console.error(`${name} is ${total - budget} B over its ${budget} B gzip budget`);
    process.exit(1);
  }
}
