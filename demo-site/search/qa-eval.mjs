// The Q&A evaluation set: questions worded the way residents ask them, written apart from the
// pairs (none copies a pair's wording), each with the answer it should find. Hand-written ones
// name a pair; generated pairs are matched by subject and by what is asked (条件, 标准, 地点,
// 材料, 时间, 部门), since many documents share a subject.

export const HAND_WRITTEN = [
  ['我爸八十了，津贴要自己去申请吗', 'QH01'],
  ['满80岁的老人怎么领高龄补贴', 'QH01'],
  ['九十岁老人每月能拿多少高龄津贴', 'QH02'],
  ['高龄津贴标准提高到多少了', 'QH02'],
  ['老人家里卫生间装扶手能补贴吗', 'QH03'],
  ['适老化改造一户最多补多少钱', 'QH03'],
  ['楼里装电梯我分摊的钱能不能提公积金', 'QH04'],
  ['公积金可以用来付加装电梯的费用吗', 'QH04'],
  ['自己开个小店有没有创业补贴', 'QH05'],
  ['第一次创业政府给多少钱补助', 'QH05'],
  ['注册公司需要几天', 'QH06'],
  ['企业开办能一天办完吗', 'QH06'],
  ['糖尿病看门诊医保报多少', 'QH07'],
  ['慢性病门诊费用报销比例', 'QH07'],
  ['招了就业困难人员单位能拿社保补贴吗', 'QH08'],
  ['社会保险补贴企业怎么申请', 'QH08'],
];

/** How a resident asks each kind of question; kind = the article the generator answers from. */
const ASKED = {
  3: s => `什么样的人可以申请${s}`,
  4: s => `${s}能给多少钱`,
  6: s => `${s}去哪里办，要等几天`,
  5: s => `办${s}需要准备什么证件`,
  9: s => `${s}从哪天开始实行`,
  2: s => `${s}归哪个单位管`,
};

/** Which article a generated pair's answer quotes, from its question's wording. */
export function kindOf(question) {
  if (/条件/.test(question)) return 3;
  if (/标准/.test(question)) return 4;
  if (/在哪里办理/.test(question)) return 6;
  if (/材料/.test(question)) return 5;
  if (/开始执行/.test(question)) return 9;
  if (/部门负责/.test(question)) return 2;
  return -1;
}

/** Paraphrases of generated pairs: for every 50th pair, its subject asked the resident's way. */
export function generatedCases(qa) {
  return qa
    .filter(p => /^Q\d{4}$/.test(p.id))
    .filter((_, i) => i % 50 === 0)
    .map(p => {
      const kind = kindOf(p.question);
      return { question: ASKED[kind](p.subject), subject: p.subject, kind };
    });
}

/** The whole set: each question with a test of whether a pair answers it. */
export function teamCases(qa) {
  return [
    ...HAND_WRITTEN.map(([question, id]) => ({ question, ok: p => p.id === id })),
    ...generatedCases(qa).map(c => ({
      question: c.question,
      ok: p => p.subject === c.subject && kindOf(p.question) === c.kind,
    })),
  ];
}

/** Top-1 and top-3 accuracy of `ask` over the whole set. */
export function evaluate(ask, qa) {
  const cases = teamCases(qa);
  let top1 = 0;
  let top3 = 0;
  const misses = [];
  for (const c of cases) {
    const answers = ask(c.question, 3).answers.map(a => a.pair);
    if (answers[0] && c.ok(answers[0])) top1++;
    if (answers.some(c.ok)) top3++;
    else misses.push(c.question);
  }
  return { cases: cases.length, top1: top1 / cases.length, top3: top3 / cases.length, misses };
}
