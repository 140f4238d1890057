// One set of facts per programme (a subject of the generated corpus): who it is for, what it asks,
// what it gives, where and how fast. Every document on a subject and every Q&A pair citing one
// says the same, so the portal never contradicts itself (高龄津贴 is for those over eighty in every
// document, as in the city's own notice H01). Facts are drawn once per subject from a generator
// seeded by its name, or written out here where a hand-written document (policies.mjs) fixes them.
import { random } from './random.mjs';

/** Conditions a reader of each audience would meet (an age, if any, comes from ageFor). */
const CONDITIONS = {
  个人: [
    '具有本市户籍或持有本市居住证',
    '按规定参加社会保险',
    '本人及家庭成员名下无其他住房',
    '家庭人均收入低于本市最低生活保障标准的两倍',
  ],
  老年人: [
    '具有本市户籍',
    '未入住政府供养的养老机构',
    '家庭人均收入低于本市最低生活保障标准的两倍',
  ],
  企业: [
    '在本市依法登记注册并正常经营',
    '近两年内未发生重大安全生产事故',
    '按规定为职工缴纳社会保险',
    '纳税信用等级为B级及以上',
  ],
  残疾人: ['持有第二代残疾人证', '具有本市户籍', '家庭人均收入低于本市最低生活保障标准的两倍'],
  学生: ['具有本市学籍', '家庭经济困难', '在本市普通高校或职业院校就读'],
  农民: ['具有本市农村户籍', '实际从事农业生产经营', '土地承包经营合同在有效期内'],
  退役军人: ['持有退役军人优待证', '退役后在本市安置或落户', '首次在本市创业'],
  外来务工人员: ['持有本市居住证', '在本市连续缴纳社会保险满六个月', '与用人单位签订劳动合同'],
};
export const MATERIALS = {
  个人: ['居民身份证', '户口簿或居住证', '社会保障卡', '银行账户信息'],
  老年人: ['居民身份证', '户口簿', '社会保障卡', '代办人身份证（委托他人办理时提供）'],
  企业: ['营业执照', '法定代表人身份证', '申请表（加盖公章）', '项目投入凭证'],
  残疾人: ['居民身份证', '第二代残疾人证', '户口簿', '银行账户信息'],
  学生: ['居民身份证', '学生证', '家庭经济情况说明'],
  农民: ['居民身份证', '土地承包经营权证', '银行账户信息'],
  退役军人: ['居民身份证', '退役证件', '优待证'],
  外来务工人员: ['居民身份证', '居住证', '劳动合同', '社会保险缴费证明'],
};
const PLACES = [
  '市政务服务中心',
  '各区县政务服务大厅',
  '街道（乡镇）便民服务中心',
  '社区（村）代办点',
];

/** Programmes that pay money (the others organise a service and cost the reader nothing). */
const PAYS =
  /补贴|津贴|资金|补助|救助|贷款|养老保险|失业保险金|待遇|返还|减免|扣除|最低生活保障|供养|大病保险|医疗保险/;

/** Facts the city's own documents (policies.mjs H01–H06) state: the generated ones agree. */
const WRITTEN = {
  高龄津贴: {
    audience: '老年人',
    conditions: ['具有本市户籍', '年满八十周岁'],
    measures: [
      '八十至八十九周岁的老年人每人每月一百元，九十至九十九周岁每人每月二百元，一百周岁及以上每人每月五百元',
      '津贴按月发放到本人社会保障卡，实行“免申即享”，不需要本人申请',
    ],
  },
  居家适老化改造: {
    audience: '老年人',
    conditions: [
      '具有本市户籍',
      '年满六十周岁',
      '属于特困、低保、低保边缘家庭或者经评估为失能、半失能',
    ],
    measures: [
      '补贴标准为每户不超过八千元',
      '特困和低保家庭的老年人全额补贴，其他符合条件的老年人按改造费用的百分之七十补贴',
    ],
  },
  一次性创业补贴: {
    conditions: ['首次在本市创办企业或者从事个体经营', '正常经营一年以上'],
    measures: ['给予一次性创业补贴五千元', '补贴资金直接拨付至申请人本人银行账户'],
  },
  门诊慢特病待遇: {
    conditions: ['参加本市职工医保或城乡居民医保', '经定点医疗机构认定患有规定的门诊慢特病'],
    measures: [
      '职工医保报销比例为百分之八十五，城乡居民医保为百分之七十，不设起付线',
      '费用在定点医疗机构直接结算',
    ],
  },
};

/** A number from a subject's name, so its facts are the same on every machine and every run. */
function seedOf(text) {
  let h = 2166136261;
  for (const c of text) h = Math.imul(h ^ c.codePointAt(0), 16777619);
  return h >>> 0;
}

const pick = (rnd, list) => list[Math.floor(rnd() * list.length)];
const ELDER = /养老|高龄|老年|适老/;

/** An age condition for programmes for older people: over sixty, over eighty for 高龄. */
const ageFor = subject => (/高龄/.test(subject) ? '年满八十周岁' : '年满六十周岁');

const cache = new Map();

/**
 * The facts of one programme: { audience, conditions, measures (two sentences), materials, place,
 * days, pays }. `audiences`: the corpus's list, for subjects whose readers are not fixed.
 */
export function programme(subject, audiences) {
  if (cache.has(subject)) return cache.get(subject);
  const rnd = random(seedOf(subject));
  const written = WRITTEN[subject] ?? {};
  const audience = written.audience ?? (ELDER.test(subject) ? '老年人' : pick(rnd, audiences));
  const pool = CONDITIONS[audience] ?? CONDITIONS.个人;
  const drawn = [...new Set([pick(rnd, pool), pick(rnd, pool)])];
  const conditions =
    written.conditions ??
    (audience === '老年人' ? [drawn[0], ageFor(subject), ...drawn.slice(1)] : drawn);
  const pays = Boolean(written.measures) || PAYS.test(subject);
  const amount = 50 + Math.floor(rnd() * 20) * 50;
  const measures =
    written.measures ??
    (!pays
      ? [`${subject}所需经费由市、区两级财政按比例分担`, '办理不收取任何费用']
      : audience === '企业'
        ? [
            `按实际投入的${10 + Math.floor(rnd() * 5) * 10}%给予补助，最高不超过${5 + Math.floor(rnd() * 20) * 5}万元`,
            '资金直接拨付至企业对公账户',
          ]
        : [
            rnd() < 0.5
              ? `对符合条件的对象按月发放，每人每月${amount}元`
              : `给予一次性补助${amount}元`,
            '资金通过社会保障卡直接发放到个人账户',
          ]);
  const facts = {
    audience,
    conditions,
    measures,
    materials: MATERIALS[audience] ?? MATERIALS.个人,
    place: pick(rnd, PLACES),
    days: 5 + Math.floor(rnd() * 4) * 5,
    pays,
  };
  cache.set(subject, facts);
  return facts;
}
