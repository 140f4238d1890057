// Fails when the start bundle is over its budget (SPEC: yilan.js <= 20 KB gzip). Lit's checksize idea.
import { readFile } from 'node:fs/promises';

const BUDGET = 20 * 1024;
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
