// Policy Q&A retrieval: BM25 over the character bigrams of each pair's question and answer, with
// the same query understanding as the library (engine.mjs builds it and hands itself in).
import { bigrams, isLatin, words } from './tokens.mjs';
import { chineseNumbers } from './understand.mjs';
import { QA_SYNONYMS } from './synonyms.mjs';

/**
 * What a question asks for, from its wording: an amount, the materials, where and how long, from
 * when, who is responsible, or who qualifies; null when it does not say. A pair that answers the
 * same kind of question as the reader's ranks higher (QaIndex.ask).
 */
export function intent(text) {
  if (/多少钱|补多少|标准|金额|给多少|发多少|拿多少|报多少|比例|多少元/.test(text)) return 'amount';
  if (/材料|证件|带什么|准备什么|提交什么/.test(text)) return 'materials';
  if (/哪里办|去哪|在哪|多久|几天|多长时间|办好|办完/.test(text)) return 'where';
  if (/哪天|什么时候开始|何时|开始执行|开始实行|施行/.test(text)) return 'from-when';
  if (/哪个部门|哪个单位|谁管|负责/.test(text)) return 'who';
  if (/条件|什么人|什么样的人|能不能|可以申请|要求|有没有/.test(text)) return 'conditions';
  return null;
}

/**
 * Below this share of the ideal score the page says it has no good answer. Measured on the
 * evaluation set (qa-eval.mjs): 95 % of its questions score above 0.47, off-topic questions
 * (护照, 天气, 股票 …) below 0.13.
 */
export const CONFIDENT = 0.3;

/** Words that carry no meaning in a question (asked in any form). */
const STOP =
  /[的了吗呢吧啊呀么我你您他她们是在有要想请问怎样怎么如何什么哪里哪些哪个多少能可以会需要应该一个这那就都还和与及或]/g;

/**
 * Q&A retrieval: BM25 over the bigrams of each pair's question (weighted 2×) and answer. Small
 * enough (5,000 pairs) to keep as plain posting lists; the question field matters most.
 */
export class QaIndex {
  constructor(pairs, search) {
    this.pairs = pairs;
    this.search = search;
    this.intents = pairs.map(p => intent(p.question));
    this.postings = new Map();
    this.lengths = [];
    pairs.forEach((p, i) => {
      const tokens = [
        ...bigrams(p.question.replace(STOP, ' ')),
        ...bigrams(p.question.replace(STOP, ' ')),
        ...bigrams(p.answer),
      ];
      this.lengths.push(tokens.length);
      const tf = new Map();
      for (const t of tokens) tf.set(t, (tf.get(t) ?? 0) + 1);
      for (const [t, n] of tf) {
        const list = this.postings.get(t) ?? [];
        list.push([i, n]);
        this.postings.set(t, list);
      }
    });
    this.avg = this.lengths.reduce((a, b) => a + b, 0) / Math.max(1, pairs.length);
  }

  tokens(question) {
    const out = [];
    const numbered = chineseNumbers(question);
    for (const word of words(numbered.replace(STOP, ' '))) {
      out.push(...bigrams(word));
      for (const group of QA_SYNONYMS.filter(g => g.some(s => word.includes(s))))
        for (const s of group) out.push(...bigrams(s));
      if (isLatin(word))
        for (const t of this.search.lexicon.lookup(word, 1)) out.push(...bigrams(t));
    }
    return [...new Set(out)];
  }

  score(tokens) {
    const n = this.pairs.length;
    const scores = new Map();
    for (const t of tokens) {
      const list = this.postings.get(t);
      if (!list) continue;
      const idf = Math.log(1 + (n - list.length + 0.5) / (list.length + 0.5));
      for (const [i, tf] of list) {
        const norm = (tf * 2.2) / (tf + 1.2 * (0.25 + 0.75 * (this.lengths[i] / this.avg)));
        scores.set(i, (scores.get(i) ?? 0) + idf * norm);
      }
    }
    return scores;
  }

  /** Ranked answers; `confident` when the best covers most of what the question asks. */
  ask(question, limit = 5) {
    const understood = this.search.understand(question);
    const q = understood.text;
    const tokens = this.tokens(q);
    if (!tokens.length) return { answers: [], confident: false, understood: understood.notes };
    const scores = this.score(tokens);
    // The best a pair could score is every query token found: the yardstick for confidence.
    const n = this.pairs.length;
    let ideal = 0;
    for (const t of tokens) {
      const df = this.postings.get(t)?.length ?? 0;
      ideal += Math.log(1 + (n - df + 0.5) / (df + 0.5)) * 1.5;
    }
    // A pair that answers what is asked (an amount, a place, a date) ranks above one that only
    // shares the words.
    const wanted = intent(q);
    if (wanted)
      for (const [i, s] of scores) if (this.intents[i] === wanted) scores.set(i, s + ideal * 0.25);
    const ranked = [...scores.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, limit)
      .map(([i, s]) => ({ pair: this.pairs[i], score: Math.min(1, s / ideal) }));
    return {
      answers: ranked,
      confident: (ranked[0]?.score ?? 0) >= CONFIDENT,
      understood: understood.notes,
    };
  }
}
