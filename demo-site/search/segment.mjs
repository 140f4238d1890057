// Word segmentation for unspaced Chinese queries with jieba (@node-rs/jieba: the Rust port,
// shipped as a prebuilt binary, with jieba's own dictionary). Loaded once, on first use (~250 ms).
// Why jieba and not Intl.Segmenter: docs/decisions/0013-query-understanding.md.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
let jieba;
let frequencies;

function load() {
  if (!jieba) {
    const { Jieba } = require('@node-rs/jieba');
    const { dict } = require('@node-rs/jieba/dict');
    jieba = Jieba.withDict(dict);
  }
  return jieba;
}

/** Words of `text` in order (jieba's accurate mode, no HMM guesses for unknown words). */
export function cut(text) {
  return load()
    .cut(String(text), false)
    .filter(w => w.trim());
}

/** How common a word is in jieba's dictionary (general Chinese), 0 when unknown. */
export function frequency(word) {
  if (!frequencies) {
    const { dict } = require('@node-rs/jieba/dict');
    frequencies = new Map();
    for (const line of dict.toString('utf8').split('\n')) {
      const [w, f] = line.split(' ');
      if (w) frequencies.set(w, Number(f));
    }
  }
  return frequencies.get(word) ?? 0;
}
