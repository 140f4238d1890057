// Words that mean the same in the portal's library, and more in residents' questions. Data, kept
// apart from the engines that use them (engine.mjs, qa-index.mjs).

/** Terms that mean the same in the library; each group is searched as "any of". */
export const SYNONYMS = [
  ['社保', '社会保险'],
  ['公积金', '住房公积金'],
  ['医保', '医疗保险', '医疗保障'],
  ['低保', '最低生活保障'],
  ['养老金', '养老保险'],
  ['残疾证', '残疾人证'],
  ['老年证', '老年人优待证', '优待证'],
  ['开公司', '企业开办'],
  ['退伍军人', '退役军人'],
  ['加装电梯', '既有住宅加装电梯'],
];

/** Words that mean the same in a resident's question (not in the library, where they differ). */
export const QA_SYNONYMS = [
  ...SYNONYMS,
  ['津贴', '补贴', '补助'],
  ['报销', '报销比例'],
  ['注册公司', '开办企业', '企业开办'],
];
