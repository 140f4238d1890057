/**
 * Readings that neither pinyin-pro nor the polyphone model gets right, found on real pages, each
 * with the context that makes it safe: a pattern over the text, the place of the character in the
 * match and its reading (numbered). Kept short: the polyphone model is the general answer.
 */
const FIXES: readonly (readonly [pattern: RegExp, at: number, reading: string])[] = [
  // 央行 (the central bank) háng, but 中央行政, 中央行动 xíng.
  [/(?<!中)央行/gu, -1, 'hang2'],
  // 为 "for" before the people a service is for: 为老人提供, 为群众办事, 为您服务, 为人民服务 wèi. The
  // model learned encyclopaedia text, where 为 is mostly wéi (成为, 认为, 被评为), and says wéi; after
  // those verbs it stays the model's (成为大家的 wéi).
  [
    /(?<![成作认以称视列评选改定誉分变化沦转更])为(?=您|你|我们|他们|她们|大家|老人|老年人|长者|群众|人民|市民|居民|村民|百姓|企业|社会|广大|患者|儿童|学生|读者|客户|用户|家庭|残疾人)/gu,
    0,
    'wei4',
  ],
  // 为 "in order to" opening a clause (为方便市民, 为减少, 为让) and 为其 "for them" wèi.
  [
    /(?<=^|[\u3001\u3002\uff0c\uff1b\uff1a])为(?=了|方便|让|使|减少|加强|进一步|提高|保障|确保|促进|推进|做好|解决|满足|帮助|支持|落实|规范|切实|更好|防止|避免)/gu,
    0,
    'wei4',
  ],
  [/(?<![成作认以称视列评选改定誉分变化沦转更])为其/gu, 0, 'wei4'],
  // 越长 "the longer" at the end of a clause cháng (年限越长、档次越高), where the model says zhǎng.
  [/(?<=越)长(?=[\u3001\u3002\uff0c\uff1b]|$)/gu, 0, 'chang2'],
  // 客都 (the Hakka capital, 世界客都梅州) dū, but 游客都来了 dōu.
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
