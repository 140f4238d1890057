// Trains the polyphone model (packages/features/src/pinyin/polyphone-model.ts) on the CPP splits
// named in TRAIN (default: train if present, and dev), never on test. Run `npx tsc -b` first: the
// features and pinyin-pro's readings come from Yilan's own compiled modules, as on the page.
//   YILAN_CPP_DIR=/tmp/cpp node bench/polyphone/train.mjs            # writes the model
//   YILAN_CPP_DIR=/tmp/cpp node bench/polyphone/train.mjs --folds 5  # cross-validation on dev, writes nothing
import { writeFileSync } from 'node:fs';
import { KEEP_WORDS, contextFeatures } from '../../packages/features/dist/pinyin/polyphone.js';
import { pinyinPro } from '../../packages/features/dist/pinyin/readings.js';
import { toNumbered } from '../../packages/features/dist/pinyin/tones.js';
import { hasSplit, readSplit } from './cpp.mjs';
import { saveResult } from './results.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(`--${name}`);
  return at < 0 ? fallback : Number(args[at + 1]);
};
const folds = option('folds', 0);
const epochs = option('epochs', 30);
const l2 = option('l2', 1e-3);
const rate = option('rate', 0.5);
const scale = option('scale', 16);
const minCount = option('min-count', 1);
const prune = option('prune', 2);
const keepWords = option('keep-words', KEEP_WORDS);

const splits = (process.env.TRAIN ?? (hasSplit('train') ? 'train,dev' : 'dev')).split(',');
if (splits.includes('test')) throw new Error('the test split is for measuring only');

/** Each item with its features, computed once. */
const items = splits.flatMap(readSplit).map(item => {
  const chars = [...item.text];
  const read = pinyinPro(item.text);
  const said = read ? toNumbered(read.readings[item.index]) : '';
  const word = read ? read.words[item.index] : item.char;
  return {
    ...item,
    said,
    size: [...word].length,
    features: contextFeatures(chars, item.index, said, word),
  };
});

// Words of @pinyin-pro/data's complete dictionary as extra examples, for the neighbour features only.
const silverWeight = option('silver', 1);
const silverPerChar = option('silver-per-char', 200);
const silver = new Map();
if (silverWeight) {
  const { readFileSync } = await import('node:fs');
  const { createRequire } = await import('node:module');
  const dict = JSON.parse(
    readFileSync(createRequire(import.meta.url).resolve('@pinyin-pro/data/complete.json'), 'utf8'),
  );
  const wanted = new Set(items.map(i => i.char));
  for (const [word, [reading, probability]] of Object.entries(dict)) {
    const chars = [...word];
    const syllables = reading.split(' ');
    if (chars.length < 2 || syllables.length !== chars.length) continue;
    chars.forEach((char, i) => {
      if (!wanted.has(char)) return;
      const features = contextFeatures(chars, i, '', word).filter(f => 'ac'.includes(f[0]));
      if (!silver.has(char)) silver.set(char, []);
      silver
        .get(char)
        .push({ label: toNumbered(syllables[i]), features, probability, weight: silverWeight });
    });
  }
  for (const [char, list] of silver)
    silver.set(char, list.sort((a, b) => b.probability - a.probability).slice(0, silverPerChar));
}

// The train split's labels without its sentences (train.lb alone, as some copies of the repository
// hold it): each label shared out among the characters that have that reading in the sentences
// trained on, in proportion, as bias-only examples.
const priorWeight = option('prior', 0.05);
const labelCounts = new Map();
if (priorWeight && !splits.includes('train')) {
  const { readFileSync } = await import('node:fs');
  const file = `${process.env.YILAN_CPP_DIR}/train.lb`;
  for (const label of readFileSync(file, 'utf8').split('\n').filter(Boolean)) {
    const l = label.trim().replace('u:', 'v');
    labelCounts.set(l, (labelCounts.get(l) ?? 0) + 1);
  }
}
/** Bias-only examples for every character of `list`, from the train labels. */
function priors(list) {
  const byLabel = new Map();
  for (const item of list) {
    if (!byLabel.has(item.label)) byLabel.set(item.label, new Map());
    const m = byLabel.get(item.label);
    m.set(item.char, (m.get(item.char) ?? 0) + 1);
  }
  const out = new Map();
  for (const [label, chars] of byLabel) {
    const total = [...chars.values()].reduce((a, b) => a + b, 0);
    for (const [char, n] of chars) {
      const weight = (priorWeight * (labelCounts.get(label) ?? 0) * n) / total;
      if (!weight) continue;
      if (!out.has(char)) out.set(char, []);
      out.get(char).push({ label, features: ['b'], weight });
    }
  }
  return out;
}
let prior = new Map();

/** Multinomial logistic regression for one character, AdaGrad with L2; weights quantised. */
function train(gold) {
  const readings = [...new Set(gold.map(e => e.label))].sort();
  const examples = [
    ...gold,
    ...(silver.get(gold[0].char) ?? []).filter(e => readings.includes(e.label)),
    ...(prior.get(gold[0].char) ?? []),
  ];
  const K = readings.length;
  const counts = new Map();
  for (const e of examples) for (const f of e.features) counts.set(f, (counts.get(f) ?? 0) + 1);
  const w = new Map();
  const g = new Map();
  const vec = (map, f) => {
    let v = map.get(f);
    if (!v) map.set(f, (v = new Float64Array(K)));
    return v;
  };
  if (K > 1)
    for (let epoch = 0; epoch < epochs; epoch++) {
      for (const e of examples) {
        const fs = e.features.filter(f => f === 'b' || counts.get(f) >= minCount);
        const s = new Float64Array(K);
        for (const f of fs) {
          const v = w.get(f);
          if (v) for (let k = 0; k < K; k++) s[k] += v[k];
        }
        const max = Math.max(...s);
        let z = 0;
        for (let k = 0; k < K; k++) z += s[k] = Math.exp(s[k] - max);
        const y = readings.indexOf(e.label);
        for (const f of fs) {
          const v = vec(w, f);
          const gg = vec(g, f);
          for (let k = 0; k < K; k++) {
            const grad = (e.weight ?? 1) * (s[k] / z - (k === y ? 1 : 0)) + l2 * v[k];
            gg[k] += grad * grad;
            v[k] -= (rate * grad) / Math.sqrt(gg[k] + 1e-8);
          }
        }
      }
    }
  const quantised = new Map();
  for (const [f, v] of w) {
    // Scores only compare readings, so each feature's weights are kept relative to the first
    // reading's (which is then 0 and not written).
    const q = Array.from(v, x => Math.round((x - v[0]) * scale));
    if (q.some(x => Math.abs(x) > prune)) quantised.set(f, q);
  }
  return { readings, weights: quantised };
}

const unseenWords = option('unseen-words', 1);
/**
 * The model's reading. A reading pinyin-pro took from a word of its dictionary stands unless the
 * model has a weight for that very word (polyphone.ts does the same; --unseen-words 0 measures
 * without).
 */
function predict(model, features, said, size) {
  if (unseenWords && size > 1 && !features.some(f => f[0] === 'w' && model.weights.has(f)))
    return said;
  if (model.readings.length === 1) return model.readings[0];
  const s = new Array(model.readings.length).fill(0);
  for (const f of features) {
    const v = model.weights.get(f);
    if (v) for (let k = 0; k < s.length; k++) s[k] += v[k];
  }
  let best = 0;
  for (let k = 1; k < s.length; k++) if (s[k] > s[best]) best = k;
  return model.readings[best];
}

const byChar = list => {
  const map = new Map();
  for (const item of list) {
    if (!map.has(item.char)) map.set(item.char, []);
    map.get(item.char).push(item);
  }
  return map;
};

if (folds) {
  let right = 0;
  let base = 0;
  items.forEach((item, n) => (item.fold = n % folds));
  for (let fold = 0; fold < folds; fold++) {
    prior = priors(items.filter(i => i.fold !== fold));
    const models = new Map(
      [...byChar(items.filter(i => i.fold !== fold))].map(([c, l]) => [c, train(l)]),
    );
    for (const item of items.filter(i => i.fold === fold)) {
      const model = models.get(item.char);
      const got =
        model && !(keepWords && item.size >= keepWords)
          ? predict(model, item.features, item.said, item.size)
          : item.said;
      right += got === item.label;
      if (got !== item.label && process.env.SHOW)
        console.log(
          item.char,
          item.label,
          got,
          item.said,
          item.text.slice(Math.max(0, item.index - 8), item.index + 9),
        );
      base += item.said === item.label;
    }
  }
  const pct = n => `${((n / items.length) * 100).toFixed(2)} %`;
  if (folds === 10 && splits.join() === 'dev')
    saveResult('cv', { folds, pinyinPro: pct(base), model: pct(right), items: items.length });
  console.log(
    `${folds}-fold on ${splits}: pinyin-pro ${((base / items.length) * 100).toFixed(2)} %, ` +
      `with the model ${((right / items.length) * 100).toFixed(2)} % (${items.length} items)`,
  );
} else {
  prior = priors(items);
  const rows = [];
  for (const [char, list] of [...byChar(items)].sort()) {
    const model = train(list);
    const hex = char.codePointAt(0).toString(16);
    const weights = [...model.weights].map(([f, v]) => `${f}=${v.slice(1).join(',')}`);
    rows.push(`  '${hex}': '${[model.readings.join(','), ...weights].join(';')}',`);
  }
  const out = new URL('../../packages/features/src/pinyin/polyphone-model.ts', import.meta.url);
  writeFileSync(
    out,
    `// Generated by bench/polyphone/train.mjs from CPP ${splits.join(' + ')} (${items.length} sentences)` +
      `${labelCounts.size ? ', the train labels' : ''}${silver.size ? ' and @pinyin-pro/data words (ISC)' : ''}: do not edit.\n` +
      `// Key: the character's code point in hex. Value: its readings; then feature=weights of the second and later readings over the first (x${scale}).\n` +
      `export const MODEL: Record<string, string> = {\n${rows.join('\n')}\n};\n`,
  );
  console.log(`wrote ${rows.length} characters to ${out.pathname}`);
}
