// The portal server under load: requests a second and latency of the main pages (autocannon), and
// GET / while 20 clients ask for speech at once (issue 18: p95 under 100 ms). The server runs as
// its own process, as in production, so the load generator does not share its event loop.
// `node bench/portal-load.mjs` measures, saves bench/portal-load.json and rewrites its section of
// docs/benchmarks.md; scripts/bench.mjs appends that section when it rewrites the page.
import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const file = new URL('./portal-load.json', import.meta.url);
const doc = new URL('../docs/benchmarks.md', import.meta.url);
const PAGES = [
  ['home', '/'],
  ['news list', '/news/'],
  ['policy search results', '/policies/?q=%E9%AB%98%E9%BE%84%E6%B4%A5%E8%B4%B4'],
  [
    'Q&A answers',
    '/qa/?q=%E5%8A%A0%E8%A3%85%E7%94%B5%E6%A2%AF%E5%8F%AF%E4%BB%A5%E7%94%A8%E5%85%AC%E7%A7%AF%E9%87%91%E5%90%97',
  ],
  ['message form', '/interact/message'],
  ['static file (styles.css)', '/styles.css'],
];
const SPEAKERS = 20;
const SENTENCE = '示例市人民政府关于进一步做好高龄津贴发放工作的通知，请各区认真贯彻执行。';

const percentile = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
};
const round = x => Math.round(x * 10) / 10;

async function startPortal(port) {
  const child = spawn(
    process.execPath,
    [fileURLToPath(new URL('../demo-site/server.mjs', import.meta.url))],
    {
      env: {
        ...process.env,
        PORT: String(port),
        TTS_PER_MINUTE: '1000000',
        YILAN_DATA_DIR: mkdtempSync(join(tmpdir(), 'yilan-bench-data-')),
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  await new Promise((resolve, reject) => {
    child.stdout.on('data', data => String(data).includes('Yilan demo:') && resolve());
    child.on('exit', code => reject(new Error(`server exited ${code}`)));
  });
  return child;
}

/** GET / once every 50 ms for `ms`, each timed from request to the last byte. */
async function probe(base, ms) {
  const times = [];
  const end = performance.now() + ms;
  while (performance.now() < end) {
    const t = performance.now();
    const response = await fetch(`${base}/`);
    await response.text();
    if (response.status !== 200) throw new Error(`GET / answered ${response.status}`);
    times.push(performance.now() - t);
    await new Promise(r => setTimeout(r, 50));
  }
  return times;
}

/** SPEAKERS clients, each asking for speech again as soon as its last answer has arrived. */
function speakers(base, stop) {
  const stats = { ok: 0, busy: 0, other: 0, ms: [] };
  const one = async () => {
    while (!stop.done) {
      const t = performance.now();
      const response = await fetch(`${base}/api/tts`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ text: SENTENCE, lang: 'zh-CN', rate: 1 }),
      });
      await response.arrayBuffer();
      if (response.status === 200) {
        stats.ok++;
        stats.ms.push(performance.now() - t);
      } else if (response.status === 503) {
        stats.busy++;
        // A client told to come back later waits as Retry-After says (here, briefly).
        await new Promise(r => setTimeout(r, 500));
      } else stats.other++;
    }
  };
  return { stats, done: Promise.all(Array.from({ length: SPEAKERS }, one)) };
}

/** A port nothing listens on now (the server is a child process, so port 0 cannot be passed). */
const freePort = () =>
  new Promise(resolve => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });

export async function measure(port) {
  port ??= await freePort();
  const base = `http://127.0.0.1:${port}`;
  // The machine's 1-minute load average before starting: other work on it shows in the figures.
  const load = round(loadavg()[0]);
  const server = await startPortal(port);
  try {
    for (const [, path] of PAGES) await (await fetch(base + path)).text();
    const pages = {};
    for (const [name, path] of PAGES) {
      const r = await autocannon({ url: base + path, connections: 10, duration: 5 });
      pages[name] = {
        rps: Math.round(r.requests.average),
        p50: r.latency.p50,
        p99: r.latency.p99,
        errors: r.errors + r.non2xx,
      };
    }
    const idle = await probe(base, 5000);
    const stop = { done: false };
    const speaking = speakers(base, stop);
    // The first syntheses start the worker thread and load eSpeak; measure once it is busy.
    await new Promise(r => setTimeout(r, 2000));
    const busy = await probe(base, 15_000);
    stop.done = true;
    await speaking.done;
    const summary = xs => ({
      n: xs.length,
      p50: round(percentile(xs, 50)),
      p95: round(percentile(xs, 95)),
      p99: round(percentile(xs, 99)),
      max: round(Math.max(...xs)),
    });
    return {
      date: new Date().toISOString().slice(0, 10),
      node: process.version,
      cores: availableParallelism(),
      loadAverage: load,
      pages,
      home: { idle: summary(idle), speaking: summary(busy) },
      speech: {
        clients: SPEAKERS,
        ok: speaking.stats.ok,
        busy: speaking.stats.busy,
        other: speaking.stats.other,
        p50: Math.round(percentile(speaking.stats.ms, 50)),
        p95: Math.round(percentile(speaking.stats.ms, 95)),
      },
    };
  } finally {
    server.kill();
  }
}

/** The section of docs/benchmarks.md, as lines. */
/** Measures and keeps the figures (bench/portal-load.json) for section(). */
export async function measureAndSave(port) {
  const result = await measure(port);
  writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
  return result;
}

export function section(
  result = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined,
) {
  if (!result) return [];
  const { home, speech } = result;
  return [
    '## Portal server under load',
    '',
    `\`node bench/portal-load.mjs\` on ${result.date}: ${result.cores} cores (1-minute load average ${result.loadAverage} when it started; above the core count, other work shared the machine), Node ${result.node}; the server (\`demo-site/server.mjs\`, Fastify) in its own process, the load from another. Main pages with autocannon, 10 connections for 5 s each (latency in ms):`,
    '',
    '| page | requests/s | p50 | p99 | errors |',
    '| --- | ---: | ---: | ---: | ---: |',
    ...Object.entries(result.pages).map(
      ([name, p]) => `| ${name} | ${p.rps} | ${p.p50} | ${p.p99} | ${p.errors} |`,
    ),
    '',
    `\`GET /\` one request at a time every 50 ms, request to last byte (ms), alone and while ${speech.clients} clients ask for speech without pause (one sentence of ${SENTENCE.length} characters each, the next as soon as the last arrived; budget: p95 under 100 ms):`,
    '',
    '| condition | requests | p50 | p95 | p99 | max |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    `| alone | ${home.idle.n} | ${home.idle.p50} | ${home.idle.p95} | ${home.idle.p99} | ${home.idle.max} |`,
    `| ${speech.clients} speech clients | ${home.speaking.n} | ${home.speaking.p50} | ${home.speaking.p95} | ${home.speaking.p99} | ${home.speaking.max} |`,
    '',
    `Speech meanwhile: ${speech.ok} WAVs served (a sentence took ${speech.p50} ms from request to last byte at the median, ${speech.p95} ms p95, most of it waiting in the queue), ${speech.busy} answered 503 (queue full, Retry-After), ${speech.other} other errors. Synthesis runs in worker threads (one per core less one), so a page never waits behind it; before issue 18 it ran on the request thread and five listeners pushed \`GET /\` to about 1 s.`,
    '',
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = await measureAndSave(Number(process.env.PORT) || undefined);
  const text = readFileSync(doc, 'utf8');
  const start = text.indexOf('## Portal server under load');
  const lines = section(result);
  const next = start < 0 ? -1 : text.indexOf('\n## ', start + 1);
  const before = start < 0 ? `${text.trimEnd()}\n\n` : text.slice(0, start);
  const after = next < 0 ? '' : text.slice(next + 1);
  writeFileSync(doc, before + lines.join('\n') + (after ? `\n${after}` : ''));
  console.log(lines.join('\n'));
}
