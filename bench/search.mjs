// The portal's search engine on the full corpus: index build time and memory, query latency by
// kind of query (budget p95 ≤ 5 ms), and Q&A accuracy on the paraphrase set. Runs in Node, in the
// same process as the benchmark; the browser part (keystroke → results) is in measureLiveSearch.
import { data } from '../demo-site/site/data.mjs';
import { PolicySearch } from '../demo-site/search/engine.mjs';
import { evaluate } from '../demo-site/search/qa-eval.mjs';

export const QUERY_SET = {
  word: [
    '高龄津贴',
    '营商环境',
    '就业补贴',
    '住房公积金',
    '最低生活保障',
    '门诊慢特病',
    '加装电梯',
    '托育服务',
    '食品安全',
    '防汛抗旱',
    '稳岗返还',
    '社区治理',
    '老年教育',
    '知识产权',
    '公共交通',
    '残疾人两项补贴',
    '创业担保贷款',
    '公共租赁住房',
    '医保异地就医备案',
    '免申即享',
  ],
  multi: [
    '就业 补贴',
    '高龄 津贴 发放',
    '养老 服务 补贴',
    '企业 开办',
    '老旧小区 电梯',
    '医疗 保险 报销',
    '残疾人 护理',
    '公积金 提取',
    '社会 救助 临时',
    '农村 互助 养老',
  ],
  pinyin: [
    'gaolingjintie',
    'gljt',
    'yingshanghuanjing',
    'yshj',
    'jiuyebutie',
    'jybt',
    'zhufanggongjijin',
    'zfgjj',
    'tuoyufuwu',
    'shipinanquan',
  ],
  typo: ['救业补贴', '高令津贴', '营商环竟', '住房公基金', '托育服物'],
};

const percentile = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
};
const round = x => Math.round(x * 1000) / 1000;

export function measureSearch({ rounds = 7 } = {}) {
  const { documents, qa } = data();
  globalThis.gc?.();
  const before = process.memoryUsage().heapUsed;
  const t0 = performance.now();
  const engine = new PolicySearch(documents, qa);
  const buildMs = performance.now() - t0;
  globalThis.gc?.();
  const heapMb = (process.memoryUsage().heapUsed - before) / 1e6;
  const base = { field: 'all', sort: 'relevance', page: 1 };
  // Warm the code (JIT) on other words, then time every query of the set once: nothing it asks
  // is cached yet, as for a reader who is the first to search for it.
  for (const q of [
    '政务公开',
    '统计',
    '文物保护',
    '兵役工作',
    '侨务工作',
    'zwgk',
    '宗教',
    '国防 动员',
  ])
    engine.search({ ...base, q });
  const cold = [];
  for (const list of Object.values(QUERY_SET))
    for (const q of list) {
      const t = performance.now();
      engine.search({ ...base, q });
      cold.push(performance.now() - t);
    }
  const latency = {};
  const everything = [];
  for (const [kind, list] of Object.entries(QUERY_SET)) {
    const times = [];
    for (let r = 0; r < rounds; r++)
      for (const q of list) {
        const t = performance.now();
        engine.search({ ...base, q });
        times.push(performance.now() - t);
      }
    everything.push(...times);
    latency[kind] = { medianMs: round(percentile(times, 50)), p95Ms: round(percentile(times, 95)) };
  }
  latency.all = {
    medianMs: round(percentile(everything, 50)),
    p95Ms: round(percentile(everything, 95)),
  };
  latency.firstTime = { medianMs: round(percentile(cold, 50)), p95Ms: round(percentile(cold, 95)) };
  const askTimes = [];
  const qaResult = evaluate((q, n) => {
    const t = performance.now();
    const r = engine.ask(q, n);
    askTimes.push(performance.now() - t);
    return r;
  }, qa);
  return {
    documents: documents.length,
    qaPairs: qa.length,
    buildMs: Math.round(buildMs),
    heapMb: Math.round(heapMb),
    gcExposed: typeof globalThis.gc === 'function',
    latency,
    qa: {
      cases: qaResult.cases,
      top1: round(qaResult.top1),
      top3: round(qaResult.top3),
      medianMs: round(percentile(askTimes, 50)),
      p95Ms: round(percentile(askTimes, 95)),
    },
  };
}

/** Keystroke to rendered results in the policy library, in Chromium (budget p95 ≤ 100 ms). */
export async function measureLiveSearch({ browser, base, rounds = 7 }) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(`${base}/policies/`, { waitUntil: 'load' });
  const box = page.locator('#lib-q');
  const times = [];
  const queries = [
    ...QUERY_SET.word.slice(0, 10),
    ...QUERY_SET.pinyin.slice(0, 4),
    ...QUERY_SET.multi.slice(0, 4),
  ];
  for (let r = 0; r < Math.max(1, Math.round(rounds / 2)); r++)
    for (const q of queries) {
      await box.fill('');
      await page.evaluate(() => performance.clearMarks());
      await box.pressSequentially(q, { delay: 30 });
      await page.waitForFunction(() => performance.getEntriesByName('demo:results').length > 0);
      await page.waitForTimeout(120);
      const ms = await page.evaluate(() => {
        const input = performance.getEntriesByName('demo:input').at(-1).startTime;
        const done = performance.getEntriesByName('demo:results').filter(m => m.startTime > input);
        return done.length ? done[0].startTime - input : NaN;
      });
      if (Number.isFinite(ms)) times.push(ms);
    }
  await context.close();
  return {
    samples: times.length,
    medianMs: round(percentile(times, 50)),
    p95Ms: round(percentile(times, 95)),
  };
}
