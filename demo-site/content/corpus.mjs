// The scale corpus of the demo portal: 20,000 policy documents with full core metadata (GB/T
// 21063.3 style) and 5,000 Q&A pairs, each citing the document it rests on. Deterministic: the
// same seed gives the same corpus on every machine, so tests and benchmarks can rely on it.
import { AGENCIES, AGENCY_CODES, AUDIENCES, DOC_TYPES, TOPICS, VALIDITY } from './taxonomy.mjs';
import { random } from './random.mjs';
import { programme } from './programmes.mjs';

export { random };

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
/** Draws numbers that no longer decide anything, so every later draw stays where it was. */
const skip = (rnd, n) => {
  for (let i = 0; i < n; i++) rnd();
};
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

/**
 * One document's body: numbered articles, about 600–900 characters. What it says of its programme
 * (conditions, amounts, materials, where, how fast) is the programme's one set of facts
 * (programmes.mjs); the generator still draws as many numbers as before, so every document keeps
 * its title, agency, dates and place in the corpus.
 */
function body(rnd, doc, subject) {
  const kind = doc.type === '通知' || doc.type === '意见' ? doc.type : '办法';
  const facts = programme(subject, AUDIENCES);
  const vars = { s: subject, t: doc.topic2 };
  skip(rnd, 3); // formerly the amounts, now the programme's
  const other = pick(rnd, AGENCIES.slice(2));
  skip(rnd, 4); // formerly the conditions and the time limit
  // 免申即享: nobody applies, the office finds who qualifies.
  const automatic = facts.measures.some(m => m.includes('免申即享'));
  const verb = automatic ? '享受' : '申请';
  const purpose = fill(pick(rnd, PURPOSES), vars);
  const basis = fill(pick(rnd, BASES), vars);
  const scope = pick(
    rnd,
    doc.audience === '企业'
      ? ['各类企业', '中小微企业', '个体工商户']
      : ['符合条件的' + doc.audience, '本市户籍居民', '常住人口'],
  );
  const duty = pick(rnd, DUTIES);
  skip(rnd, 3); // formerly two measures and the place
  const articles = [
    `为${purpose}，${basis}，结合本市实际，制定本${kind}。`,
    `本${kind}适用于本市行政区域内的${scope}。`,
    `${doc.agency}${duty}${subject}的组织实施工作；${other}等部门按照职责分工，做好相关工作。`,
    `${verb}${subject}应当同时符合下列条件：${facts.conditions.map((c, i) => `（${CN_NUM[i]}）${c}`).join('；')}。`,
    `${facts.measures.join('。')}。`,
    automatic
      ? `${subject}由民政部门通过户籍数据比对自动核定，不需要提交材料。信息有误的，可以持${facts.materials.slice(0, 2).join('、')}到社区更正。`
      : `申请${subject}需要提交以下材料：${facts.materials.join('、')}。能够通过数据共享获取的材料，不再要求申请人提供。`,
    automatic
      ? `${subject}按月发放，不需要本人到场。迁入本市或者信息有误的，可以就近到${facts.place}窗口办理，受理部门在${facts.days}个工作日内办结。老年人、残疾人等群体可以预约上门办理。`
      : `申请人可以通过“示例市政务服务网”、“示事通”移动端提出申请，也可以就近到${facts.place}窗口办理。材料齐全、符合条件的，受理部门在${facts.days}个工作日内办结。老年人、残疾人等群体可以预约上门办理。`,
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
    // Who a programme is for is one of its facts; the draw is kept so later draws stay the same.
    if (!(SUBJECTS[topic2] && /养老|高龄|老年|适老/.test(subject))) pick(rnd, AUDIENCES);
    const { audience } = programme(subject, AUDIENCES);
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
