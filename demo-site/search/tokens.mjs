// Chinese text into index tokens without a word segmenter: overlapping character bigrams for
// runs of Han characters (a single character stays a unigram), whole words for Latin letters and
// digits. Bigrams never miss a document that contains a term (unlike ICU or dictionary words),
// and the same function serves indexing and queries, in Node and in any browser.

const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;
const RUNS = /[\u3400-\u9fff\uf900-\ufaff]+|[a-z0-9]+/g;

export function normalize(text) {
  return String(text ?? '')
    .normalize('NFKC')
    .toLowerCase();
}

export function bigrams(text) {
  const out = [];
  for (const run of normalize(text).match(RUNS) ?? []) {
    if (!HAN.test(run[0]) || run.length === 1) {
      out.push(run);
      continue;
    }
    for (let i = 0; i + 1 < run.length; i++) out.push(run.slice(i, i + 2));
  }
  return out;
}

export const isHan = text => HAN.test(text);
export const isLatin = text => /^[a-z]+$/i.test(text);

/** Query words: split at spaces and Chinese/Latin punctuation, at most 12. */
export function words(text) {
  return normalize(text)
    .split(/[\s,，、;；。.?？!！:："“”'‘’()（）]+/)
    .filter(Boolean)
    .slice(0, 12);
}
