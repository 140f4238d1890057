// Pinyin search and homophone typo correction through a lexicon built once at index time: every
// term of the controlled vocabulary (subjects, topics, keywords, services) keyed by its full
// pinyin without tones (gaolingjintie) and its initials (gljt), with how many documents use it.
// Matching Latin input against all titles with pinyin-pro at query time would take ~700 ms.
import { pinyin } from 'pinyin-pro';

const full = word => pinyin(word, { toneType: 'none', type: 'array' }).join('').toLowerCase();
const initials = word =>
  pinyin(word, { pattern: 'first', toneType: 'none', type: 'array' }).join('').toLowerCase();

export class PinyinLexicon {
  /** @param {Map<string, number>} terms term → how many documents use it */
  constructor(terms) {
    this.entries = [];
    for (const [word, count] of terms) {
      if (!/^[\u3400-\u9fff]{2,12}$/.test(word)) continue;
      this.entries.push({ word, count, full: full(word), initials: initials(word) });
    }
    this.byFull = group(this.entries, e => e.full);
    this.byInitials = group(this.entries, e => e.initials);
    this.sortedFull = [...this.byFull.keys()].sort();
  }

  get size() {
    return this.entries.length;
  }

  /** Chinese terms for Latin input: full pinyin, then initials, then a prefix of full pinyin. */
  lookup(latin, limit = 3) {
    const key = latin.toLowerCase().replace(/[^a-z]/g, '');
    if (key.length < 2) return [];
    const found =
      this.byFull.get(key) ?? this.byInitials.get(key) ?? (key.length >= 4 ? this.prefix(key) : []);
    return [...found]
      .sort((a, b) => b.count - a.count)
      .slice(0, limit)
      .map(e => e.word);
  }

  /** The most used word whose full pinyin is exactly `key`, or undefined. */
  exact(key) {
    return [...(this.byFull.get(key) ?? [])].sort((a, b) => b.count - a.count)[0]?.word;
  }

  /** A word used at least twice that sounds like `window` (full pinyin `key`) but is not it. */
  soundsLike(key, window) {
    const same = (this.byFull.get(key) ?? []).filter(
      e => e.word !== window && e.word.length === window.length && e.count >= 2,
    );
    return same.sort((a, b) => b.count - a.count)[0]?.word;
  }

  /** A known term that sounds the same as `word` (救业补贴 → 就业补贴), or undefined. */
  homophone(word) {
    if (!/^[\u3400-\u9fff]{2,12}$/.test(word)) return undefined;
    const same = (this.byFull.get(full(word)) ?? []).filter(
      e => e.word !== word && e.word.length === word.length,
    );
    return same.sort((a, b) => b.count - a.count)[0]?.word;
  }

  prefix(key) {
    let lo = 0;
    let hi = this.sortedFull.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.sortedFull[mid] < key) lo = mid + 1;
      else hi = mid;
    }
    const out = [];
    for (let i = lo; i < this.sortedFull.length && this.sortedFull[i].startsWith(key); i++)
      out.push(...this.byFull.get(this.sortedFull[i]));
    return out;
  }
}

function group(entries, key) {
  const map = new Map();
  for (const e of entries) {
    const k = key(e);
    const list = map.get(k) ?? [];
    list.push(e);
    map.set(k, list);
  }
  return map;
}
