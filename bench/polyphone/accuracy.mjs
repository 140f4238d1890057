// Accuracy of Yilan's pinyin on the CPP polyphone benchmark: the reading Yilan shows over the marked
// character (readingsFor, the function the page's annotation calls) against the label, beside
// pinyin-pro alone (one pinyin() call over the sentence, as Yilan did before). Run `npx tsc -b` first.
//   YILAN_CPP_DIR=/tmp/cpp node bench/polyphone/accuracy.mjs dev
// The test split is for the reported figure only: run it once, at the end.
import { pinyin } from 'pinyin-pro';
import { readingsFor } from '../../packages/features/dist/pinyin/readings.js';
import { toNumbered } from '../../packages/features/dist/pinyin/tones.js';
import { createRequire } from 'node:module';
import { readSplit } from './cpp.mjs';
import { saveResult } from './results.mjs';

const split = process.argv[2] ?? 'dev';
const items = readSplit(split);
let yilan = 0;
let alone = 0;
let ms = 0;
for (const item of items) {
  const before = performance.now();
  const readings = readingsFor(item.text);
  ms += performance.now() - before;
  if (readings && toNumbered(readings[item.index]) === item.label) yilan++;
  const plain = pinyin(item.text, { type: 'array', toneType: 'symbol' });
  if (toNumbered(plain[item.index]) === item.label) alone++;
}
const pct = n => `${((n / items.length) * 100).toFixed(2)} %`;
console.log(`CPP ${split}: ${items.length} sentences`);
console.log(`  pinyin-pro alone: ${pct(alone)}`);
console.log(
  `  Yilan (readingsFor): ${pct(yilan)}, ${(ms / items.length).toFixed(3)} ms a sentence`,
);
saveResult(split, {
  sentences: items.length,
  pinyinPro: pct(alone),
  pinyinProVersion: createRequire(import.meta.url)('pinyin-pro/package.json').version,
  yilan: pct(yilan),
  msPerSentence: (ms / items.length).toFixed(3),
  node: process.version,
});
