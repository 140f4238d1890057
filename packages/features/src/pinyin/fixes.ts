/**
 * Readings that neither pinyin-pro nor the polyphone model gets right, found on real pages, each
 * with the context that makes it safe: a pattern over the text, the place of the character in the
 * match and its reading (numbered). Kept short: the polyphone model is the general answer.
 */
const FIXES: readonly (readonly [pattern: RegExp, at: number, reading: string])[] = [
  // 客都 (the Hakka capital, 世界客都梅州) dū, but 游客都来了 dōu.
  // 央行 (the central bank) háng, but 中央行政, 中央行动 xíng.
  [/(?<!中)央行/gu, -1, 'hang2'],
  // 为人民服务 wèi: the model, trained on encyclopaedia text where 为 is mostly wéi, says wéi.
  [/为(?=人民服务)/gu, 0, 'wei4'],
  [
    /世界客都|(?<![游旅乘顾访宾来看政香剑刺侠])客都(?=梅州|之|[\u3001\u3002\uff0c\u300d\u201d]|$)/gu,
    -1,
    'du1',
  ],
];

/** The fixed readings of `text`, by character index (code points). */
export function fixedReadings(text: string): Map<number, string> {
  const out = new Map<number, string>();
  for (const [pattern, at, reading] of FIXES) {
    for (const match of text.matchAll(pattern)) {
      const chars = [...match[0]];
      const offset = at < 0 ? chars.length + at : at;
      out.set([...text.slice(0, match.index)].length + offset, reading);
    }
  }
  return out;
}
