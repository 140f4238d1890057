// The scale corpus of the demo portal: 20,000 policy documents with full core metadata (GB/T
// 21063.3 style) and 5,000 Q&A pairs, each citing the document it rests on. Deterministic: the
// same seed gives the same corpus on every machine, so tests and benchmarks can rely on it.
import { AGENCIES, AGENCY_CODES, AUDIENCES, DOC_TYPES, TOPICS, VALIDITY } from './taxonomy.mjs';

/** mulberry32: small, fast, and the same everywhere. */
export function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Subjects that matter to the portal's readers, by second-level topic. */
const SUBJECTS = {
  养老服务: [
    '高龄津贴',
    '居家养老服务补贴',
    '养老机构运营补贴',
    '社区养老服务站建设',
    '老年助餐服务',
  ],
  健康养老: ['医养结合服务', '家庭医生签约服务', '老年人健康体检'],
  社会保险: ['城乡居民基本养老保险', '失业保险金', '工伤保险待遇', '社会保险费缴纳'],
  就业创业: ['就业补贴', '创业担保贷款', '一次性创业补贴', '高校毕业生就业见习补贴'],
  营商环境: ['优化营商环境', '企业开办“一网通办”', '涉企收费清单', '惠企政策免申即享'],
  住房保障: ['公共租赁住房', '住房公积金提取', '保障性租赁住房', '住房租赁补贴'],
  医疗保障: ['医保异地就医备案', '门诊慢特病待遇', '城乡居民医疗保险', '大病保险'],
  残疾人福利: ['残疾人两项补贴', '残疾人辅助器具适配', '无障碍环境建设'],
  社会救助: ['最低生活保障', '特困人员救助供养', '临时救助'],
  老旧小区改造: ['老旧小区加装电梯', '居家适老化改造', '无障碍设施改造'],
  税收优惠: ['小微企业税费减免', '研发费用加计扣除', '个人所得税专项附加扣除'],
  惠企资金: ['中小企业发展专项资金', '稳岗返还', '技术改造补助'],
  退役军人服务: ['退役军人就业创业扶持', '优待证办理'],
  公共交通: ['老年人免费乘车', '公交线路优化'],
  老年教育: ['老年大学招生', '老年人数字技能培训'],
};

const SUFFIXES = ['补贴', '专项资金', '管理', '服务', '试点', '行动', '标准'];
const PURPOSES = [
  '进一步做好{s}工作，切实保障群众合法权益',
  '规范{s}管理，提高资金使用效益',
  '促进{t}高质量发展，更好满足群众需求',
  '贯彻落实上级有关决策部署，推动{s}工作落地见效',
  '优化办事流程，让{s}申请更加便捷',
];
const BASES = [
  '根据有关法律法规和上级文件精神',
  '依据《示例市{t}条例》等规定',
  '按照省、市关于{t}工作的总体部署',
];
const PLACES = [
  '市政务服务中心',
  '各区县政务服务大厅',
  '街道（乡镇）便民服务中心',
  '社区（村）代办点',
];
/** Conditions a reader of each audience would meet. */
const CONDITIONS = {
  个人: [
    '具有本市户籍或持有本市居住证',
    '按规定参加社会保险',
    '本人及家庭成员名下无其他住房',
    '家庭人均收入低于本市最低生活保障标准的两倍',
  ],
  老年人: [
    '具有本市户籍',
    '年满六十周岁',
    '年满八十周岁',
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
const MATERIALS = {
  个人: ['居民身份证', '户口簿或居住证', '社会保障卡', '银行账户信息'],
  老年人: ['居民身份证', '户口簿', '社会保障卡', '代办人身份证（委托他人办理时提供）'],
  企业: ['营业执照', '法定代表人身份证', '申请表（加盖公章）', '项目投入凭证'],
  残疾人: ['居民身份证', '第二代残疾人证', '户口簿', '银行账户信息'],
  学生: ['居民身份证', '学生证', '家庭经济情况说明'],
  农民: ['居民身份证', '土地承包经营权证', '银行账户信息'],
  退役军人: ['居民身份证', '退役证件', '优待证'],
  外来务工人员: ['居民身份证', '居住证', '劳动合同', '社会保险缴费证明'],
};
/** Which agencies issue documents on each first-level topic (indices into AGENCIES). */
const TOPIC_AGENCIES = [
  [0, 1, 30],
  [2, 24, 1],
  [9, 22, 31],
  [11, 2, 21],
  [16, 15, 11],
  [5, 14, 2],
  [17, 39, 18],
  [23, 21, 28],
  [13, 11, 12, 27, 28],
  [3, 4, 10],
  [18, 3],
  [19, 25, 26],
  [19, 33],
  [10, 2, 1],
  [6, 8],
  [7, 32, 38],
  [36, 1],
  [34, 1],
  [35, 34],
  [20, 37],
  [0, 1, 24],
];
const MEASURES = [
  '对符合条件的对象按月发放，每人每月{n}元',
  '给予一次性补助{n}元',
  '按实际投入的{p}%给予补助，最高不超过{w}万元',
  '所需资金由市、区两级财政按比例分担',
  '补贴资金通过社会保障卡直接发放到个人账户',
];
const DUTIES = [
  '负责审核认定',
  '负责资金保障',
  '负责政策宣传和咨询',
  '负责监督检查',
  '负责信息系统建设',
];

const TITLES = [
  '印发{s}实施办法',
  '进一步做好{s}工作',
  '调整{s}标准',
  '开展{s}试点',
  '加强{s}管理',
  '做好{s}有关事项',
];

const pick = (rnd, list) => list[Math.floor(rnd() * list.length)];
const fill = (text, vars) => text.replace(/\{(\w)\}/g, (_, k) => String(vars[k]));
const CN_NUM = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一'];
const pad = (n, w) => String(n).padStart(w, '0');

function dateIn(rnd, year) {
  const month = 1 + Math.floor(rnd() * 12);
  const day = 1 + Math.floor(rnd() * 28);
  return `${year}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** 2026-11-27 → 2026年11月27日 */
export function chineseDate(date) {
  const [y, m, d] = date.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

function addDays(date, days) {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** One document's body: numbered articles, about 600–900 characters. */
function body(rnd, doc, subject) {
  const kind = doc.type === '通知' || doc.type === '意见' ? doc.type : '办法';
  const vars = {
    s: subject,
    t: doc.topic2,
    n: 50 + Math.floor(rnd() * 20) * 50,
    p: 10 + Math.floor(rnd() * 5) * 10,
    w: 5 + Math.floor(rnd() * 20) * 5,
  };
  const other = pick(rnd, AGENCIES.slice(2));
  const pool = CONDITIONS[doc.audience] ?? CONDITIONS.个人;
  const conditions = [...new Set([pick(rnd, pool), pick(rnd, pool), pick(rnd, pool)])];
  const materials = MATERIALS[doc.audience] ?? MATERIALS.个人;
  const days = 5 + Math.floor(rnd() * 4) * 5;
  const articles = [
    `为${fill(pick(rnd, PURPOSES), vars)}，${fill(pick(rnd, BASES), vars)}，结合本市实际，制定本${kind}。`,
    `本${kind}适用于本市行政区域内的${pick(rnd, doc.audience === '企业' ? ['各类企业', '中小微企业', '个体工商户'] : ['符合条件的' + doc.audience, '本市户籍居民', '常住人口'])}。`,
    `${doc.agency}${pick(rnd, DUTIES)}${subject}的组织实施工作；${other}等部门按照职责分工，做好相关工作。`,
    `申请${subject}应当同时符合下列条件：${conditions.map((c, i) => `（${CN_NUM[i]}）${c}`).join('；')}。`,
    `${fill(pick(rnd, MEASURES), vars)}。${fill(pick(rnd, MEASURES), vars)}。`,
    `申请${subject}需要提交以下材料：${materials.join('、')}。能够通过数据共享获取的材料，不再要求申请人提供。`,
    `申请人可以通过“示例市政务服务网”、“示事通”移动端提出申请，也可以就近到${pick(rnd, PLACES)}窗口办理。材料齐全、符合条件的，受理部门在${days}个工作日内办结。老年人、残疾人等群体可以预约上门办理。`,
    `各级${pick(rnd, ['政务服务机构', '业务主管部门'])}应当通过政府网站、政务新媒体和社区公告栏公开${subject}的申请条件、办理流程和咨询电话，主动向符合条件的群众推送政策信息，做到应享尽享。`,
    `有关部门应当加强对${subject}工作的监督检查，对弄虚作假、骗取补贴的，依法追回资金并追究相应责任。群众可以拨打12345政务服务便民热线咨询和投诉。`,
    `本${kind}自${chineseDate(doc.published)}起施行，有效期${pick(rnd, ['三', '五'])}年。`,
  ];
  return articles.map((text, i) => `第${CN_NUM[i]}条\u3000${text}`);
}

/**
 * 20,000 documents by default. Fields: id, indexNo (索引号), title, docNo (文号), agency, type
 * (公文种类), topic1, topic2, audience, written, published, validity, keywords, body (articles).
 */
export function generateDocuments(count = 20000, seed = 20261127) {
  const rnd = random(seed);
  const docs = [];
  const serials = new Map();
  for (let i = 0; i < count; i++) {
    const [topic1, seconds] = TOPICS[Math.floor(rnd() * TOPICS.length)];
    const topic2 = pick(rnd, seconds);
    const topicIndex = TOPICS.findIndex(t => t[0] === topic1);
    const agencyIndex =
      rnd() < 0.15 ? Math.floor(rnd() * 2) : pick(rnd, TOPIC_AGENCIES[topicIndex]);
    const agency = AGENCIES[agencyIndex];
    const type = pick(rnd, DOC_TYPES);
    const year = 2015 + Math.floor(rnd() * 12);
    // Nothing is dated after the demo's "today" (2026-11-20).
    const drawn = dateIn(rnd, year);
    const written = drawn > '2026-10-31' ? '2026-10-31' : drawn;
    const published = addDays(written, 3 + Math.floor(rnd() * 20));
    const subject = pick(rnd, SUBJECTS[topic2] ?? [`${topic2}${pick(rnd, SUFFIXES)}`]);
    const key = `${AGENCY_CODES[agencyIndex]}${year}`;
    const serial = (serials.get(key) ?? 0) + 1;
    serials.set(key, serial);
    const audience =
      SUBJECTS[topic2] && /养老|高龄|老年|适老/.test(subject) ? '老年人' : pick(rnd, AUDIENCES);
    const title = `${agency}关于${pick(rnd, TITLES).replace('{s}', subject)}的${type}`;
    const doc = {
      id: `P${pad(i + 1, 5)}`,
      indexNo: `11${pad(430100 + agencyIndex, 6)}/${year}-${pad(serial, 5)}`,
      title,
      docNo: `${AGENCY_CODES[agencyIndex]}〔${year}〕${serial}号`,
      agency,
      type,
      topic1,
      topic2,
      audience,
      written,
      published: published > '2026-11-20' ? '2026-11-20' : published,
      validity: year >= 2024 ? '有效' : pick(rnd, VALIDITY),
      subject,
      keywords: [subject, topic2, audience],
    };
    doc.body = body(rnd, doc, subject);
    docs.push(doc);
  }
  return docs;
}

const QUESTION_KINDS = [
  { ask: s => `申请${s}需要满足什么条件？`, article: 3 },
  { ask: s => `${s}的标准是多少？`, article: 4 },
  { ask: s => `${s}在哪里办理，多长时间办好？`, article: 6 },
  { ask: s => `申请${s}要带哪些材料？`, article: 5 },
  { ask: s => `${s}的政策从什么时候开始执行？`, article: 9 },
  { ask: s => `${s}由哪个部门负责？`, article: 2 },
];

/** 5,000 Q&A pairs, each from a different document and citing it (问答有依据). */
export function generateQa(docs, count = 5000, seed = 7) {
  const rnd = random(seed);
  const step = Math.max(1, Math.floor(docs.length / count));
  const pairs = [];
  for (let i = 0; i < count && i * step < docs.length; i++) {
    const doc = docs[i * step];
    const kind = QUESTION_KINDS[Math.floor(rnd() * QUESTION_KINDS.length)];
    const article = doc.body[kind.article].replace(/^第.+?条\u3000/, '');
    pairs.push({
      id: `Q${pad(i + 1, 4)}`,
      question: kind.ask(doc.subject),
      answer: `根据${doc.title}（${doc.docNo}）：${article}`,
      sourceDocId: doc.id,
      topic1: doc.topic1,
      topic2: doc.topic2,
      audience: doc.audience,
      subject: doc.subject,
    });
  }
  return pairs;
}
