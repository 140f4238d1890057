// npm run bench: what Yilan costs a page, measured in Chromium. Results go to bench/results.json
// and docs/benchmarks.md, and are printed. Medians over alternating rounds (with/without Yilan).
import { chromium } from '@playwright/test';
import { readFile, writeFile } from 'node:fs/promises';
import { section as polyphoneSection } from '../bench/polyphone/results.mjs';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { startServer } from '../demo-site/server.mjs';
import { chromiumPath, CHROMIUM_ARGS } from '../test/helpers/chromium.mjs';
import { makePages } from '../bench/make-pages.mjs';
import { measureReadAloud } from '../bench/read-aloud.mjs';
import { measurePortal } from '../bench/portal.mjs';
import { measureLiveSearch, measureSearch } from '../bench/search.mjs';
import { measureChinese } from '../bench/chinese.mjs';
import { measurePeers } from '../bench/peers.mjs';
import { peerLines } from '../bench/peer-table.mjs';
import { measureAudit, auditLines } from '../bench/audit.mjs';
import { SWITCHED } from '../bench/modes.mjs';
import {
  measureAndSave as measurePortalLoad,
  section as portalLoadSection,
} from '../bench/portal-load.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const ROUNDS = Number(process.env.BENCH_ROUNDS) || 7;
const median = xs => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const ms = s => Math.round(s * 1000 * 100) / 100;

await makePages(`${root}bench/pages`);
const server = await startServer(0);
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });

async function metrics(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(metrics.map(m => [m.name, m.value]));
}

async function fresh(url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(500);
  return { context, page, cdp };
}

// 1. Load: main-thread time Yilan adds to a page (thread time, with minus without, per round).
const load = {};
for (const size of ['medium', 'large']) {
  const rows = { script: [], style: [], layout: [], sum: [], task: [], elements: 0 };
  // The large page's own style and layout take ~400 ms, so a 2 ms difference needs more rounds.
  for (let round = 0; round < ROUNDS * 2 + 1; round++) {
    const pair = {};
    for (const variant of ['bare', 'yilan']) {
      const { context, page, cdp } = await fresh(
        `${base}/bench/${size}${variant === 'bare' ? '-bare' : ''}.html`,
      );
      pair[variant] = await metrics(cdp);
      rows.elements = await page.evaluate(() => document.querySelectorAll('*').length);
      await context.close();
    }
    rows.script.push(pair.yilan.ScriptDuration - pair.bare.ScriptDuration);
    rows.style.push(pair.yilan.RecalcStyleDuration - pair.bare.RecalcStyleDuration);
    rows.layout.push(pair.yilan.LayoutDuration - pair.bare.LayoutDuration);
    rows.sum.push(rows.script.at(-1) + rows.style.at(-1) + rows.layout.at(-1));
    rows.task.push(pair.yilan.TaskDuration - pair.bare.TaskDuration);
  }
  load[size] = {
    elements: rows.elements,
    scriptMs: ms(median(rows.script)),
    styleMs: ms(median(rows.style)),
    layoutMs: ms(median(rows.layout)),
    sumMs: ms(median(rows.sum)),
    taskMs: ms(median(rows.task)),
  };
}

// 2. Switching each mode on (and off) on the 50,000-element page: script time of Yilan.set()
//    until every mode is applied, plus the style and layout work the browser then does.
const MODES = SWITCHED;
const toggles = {};
for (const [name, settings] of Object.entries(MODES)) {
  const rows = { on: [], off: [], onStyle: [], onLayout: [], onThread: [] };
  for (let round = 0; round < ROUNDS; round++) {
    const { context, page, cdp } = await fresh(`${base}/bench/large.html`);
    // Warm the chunk once so the measured switch is the toggle, not the first download.
    for (const step of [settings, null]) {
      await page.evaluate(async s => {
        if (s) window.Yilan.set(s);
        else window.Yilan.reset();
        await window.Yilan.ready();
      }, step);
    }
    for (const phase of ['on', 'off']) {
      await cdp.send('HeapProfiler.collectGarbage');
      await page.waitForTimeout(100);
      const before = await metrics(cdp);
      const t = await page.evaluate(
        async ({ s, phase }) => {
          const t0 = performance.now();
          if (phase === 'on') window.Yilan.set(s);
          else window.Yilan.reset();
          await window.Yilan.ready();
          const script = performance.now() - t0;
          await new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)));
          return script;
        },
        { s: settings, phase },
      );
      const after = await metrics(cdp);
      rows[phase].push(t / 1000);
      if (phase === 'on') {
        rows.onStyle.push(after.RecalcStyleDuration - before.RecalcStyleDuration);
        rows.onLayout.push(after.LayoutDuration - before.LayoutDuration);
        rows.onThread.push(after.ScriptDuration - before.ScriptDuration);
      }
    }
    await context.close();
  }
  toggles[name] = {
    onWallMs: ms(median(rows.on)),
    offScriptMs: ms(median(rows.off)),
    onThreadScriptMs: ms(median(rows.onThread)),
    onStyleMs: ms(median(rows.onStyle)),
    onLayoutMs: ms(median(rows.onLayout)),
  };
}

// 3. Region guide on the 50,000-element page: building the index (first use), the chord-to-focus
//    time with the index cached, and again after a DOM change marked it stale.
const regionRows = { build: [], cached: [], afterChange: [], rebuild: [] };
for (let round = 0; round < ROUNDS; round++) {
  const { context, page } = await fresh(`${base}/bench/large.html`);
  // Listeners go on window (capture), where Yilan's own is, and are in place before the key.
  const press = async () => {
    await page.evaluate(() => {
      window.__focusDelay = new Promise(resolve => {
        let t0 = 0;
        const down = e => (t0 = t0 || e.timeStamp);
        window.addEventListener('keydown', down, { capture: true });
        document.addEventListener(
          'focusin',
          e => {
            window.removeEventListener('keydown', down, { capture: true });
            resolve(e.timeStamp - t0);
          },
          { once: true, capture: true },
        );
      });
    });
    await page.keyboard.press('Alt+Shift+KeyN');
    return page.evaluate(() => window.__focusDelay);
  };
  const index = () =>
    page.evaluate(() => performance.getEntriesByName('yilan:region-index').map(e => e.duration));
  await press();
  regionRows.build.push((await index())[0] / 1000);
  regionRows.cached.push((await press()) / 1000);
  await page.evaluate(() =>
    document
      .querySelector('main')
      .append(Object.assign(document.createElement('p'), { textContent: '新内容' })),
  );
  regionRows.afterChange.push((await press()) / 1000);
  regionRows.rebuild.push((await index()).at(-1) / 1000);
  await context.close();
}
const regions = {
  indexBuildMs: ms(median(regionRows.build)),
  chordToFocusCachedMs: ms(median(regionRows.cached)),
  chordToFocusAfterChangeMs: ms(median(regionRows.afterChange)),
  indexRebuildMs: ms(median(regionRows.rebuild)),
};

// 4. Read-aloud: trigger to the engine's speak call, and text extraction of a long article.
const readAloud = await measureReadAloud({ browser, base, rounds: ROUNDS, median, ms });

// 4b. 简繁 on the 5,000-paragraph article.
const chinese = await measureChinese({ browser, base, rounds: ROUNDS });

// 5. The demo portal: time to first byte and to load, per kind of page (corpus of 20,000).
const portal = await measurePortal({ browser, base, rounds: ROUNDS });

// 6. The portal's search engine (in this process) and live results in Chromium.
const search = measureSearch({ rounds: ROUNDS });
search.liveResults = await measureLiveSearch({ browser, base, rounds: ROUNDS });

// 7. Side by side with the peer toolbars (same pages, same loading, alternating conditions).
const peers = await measurePeers({
  browser,
  base,
  rounds: Number(process.env.PEER_ROUNDS) || 5,
  median,
  cycles: Number(process.env.PEER_CYCLES) || 1000,
});

// 8. yilan-audit against a plain @axe-core/playwright loop (its own browsers, one at a time).
const auditSpeed = await measureAudit({ base, rounds: Number(process.env.AUDIT_ROUNDS) || 3 });

const sizes = JSON.parse(await readFile(`${root}packages/yilan/dist/integrity.json`, 'utf8'));
const version = browser.version();
await browser.close();
server.close();

const result = {
  date: new Date().toISOString(),
  machine: `${execFileSync('nproc').toString().trim()} cores, Node ${process.version}`,
  browser: `Chromium ${version} (headless)`,
  rounds: ROUNDS,
  budgets: { startGzipBytes: 20480, loadMs: 10, toggleScriptMs: 16 },
  sizes: Object.fromEntries(
    Object.entries(sizes)
      .filter(([n]) => n.endsWith('.js'))
      .map(([n, v]) => [n, { bytes: v.bytes, gzip: v.gzip }]),
  ),
  load,
  toggles,
  regions,
  readAloud,
  chinese,
  portal,
  search,
  peers,
  audit: auditSpeed,
};
await writeFile(`${root}bench/results.json`, `${JSON.stringify(result, null, 2)}\n`);

const lines = [
  '# Benchmarks',
  '',
  `Generated by \`npm run bench\` on ${result.date.slice(0, 10)}: ${result.machine}, ${result.browser}, median of ${ROUNDS} rounds. Raw numbers: \`bench/results.json\`.`,
  '',
  ...peerLines(peers, Number(process.env.PEER_ROUNDS) || 5),
  ...auditLines(auditSpeed),
  '## Size (what a browser downloads)',
  '',
  '| file | bytes | gzip | when |',
  '| --- | ---: | ---: | --- |',
  ...Object.entries(result.sizes).map(
    ([n, v]) =>
      `| ${n} | ${v.bytes} | ${v.gzip} | ${n === 'yilan.js' ? `at start (budget ${result.budgets.startGzipBytes})` : n === 'yilan.mjs' ? 'ESM build for bundlers' : 'on first use'} |`,
  ),
  '',
  '## Load: main-thread time Yilan adds (thread ms, with minus without, same round)',
  '',
  `Script + style + layout (the median of each round's sum) is the budgeted figure (under 10 ms), measured the way shared/research/peer-perf.md measured the peers, over ${ROUNDS * 2 + 1} rounds; "all tasks" also counts parsing, scheduling and garbage-collection noise. On the large page the browser's own style and layout take about 400 ms per load, so single rounds of the style and layout columns vary by ±10 ms; the script column is stable.`,
  '',
  '| page | elements | script | style | layout | script + style + layout | all tasks |',
  '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...Object.entries(load).map(
    ([n, v]) =>
      `| ${n} | ${v.elements} | ${v.scriptMs} | ${v.styleMs} | ${v.layoutMs} | ${v.sumMs} | ${v.taskMs} |`,
  ),
  '',
  `## Switching a mode on the ${load.large.elements}-element page`,
  '',
  "Wall: page time from `Yilan.set()` until every mode has applied (chunk already loaded once); this is the script time the switch costs, the number the budget (under one frame, 16 ms) applies to. Script: CDP ScriptDuration over the same span (thread ms). Style and layout: the browser's own work for that switch (thread ms).",
  '',
  '| mode | script | wall on | wall off | style | layout |',
  '| --- | ---: | ---: | ---: | ---: | ---: |',
  ...Object.entries(toggles).map(
    ([n, v]) =>
      `| ${n} | ${v.onThreadScriptMs} | ${v.onWallMs} | ${v.offScriptMs} | ${v.onStyleMs} | ${v.onLayoutMs} |`,
  ),
  '',
  // Measured by hand with bench/mode-switch.mjs and bench/cascade-switch.mjs (before/after a
  // change); kept across regenerations.
  ...(await readFile(`${root}bench/zoom-rescue.md`, 'utf8')).trimEnd().split('\n'),
  '',
  ...(await readFile(`${root}bench/cascade.md`, 'utf8')).trimEnd().split('\n'),
  '',
  `## Region guide on the ${load.large.elements}-element page`,
  '',
  '| measure | ms |',
  '| --- | ---: |',
  `| index build, first use (budget 50) | ${regions.indexBuildMs} |`,
  `| Yilan+N keydown to focus moved, index cached | ${regions.chordToFocusCachedMs} |`,
  `| same, after a DOM change made the index stale | ${regions.chordToFocusAfterChangeMs} |`,
  `| index rebuild after that change | ${regions.indexRebuildMs} |`,
  '',
  '## Read-aloud',
  '',
  "Trigger to the speech engine's `speak()` call (a recorder stands in for speechSynthesis, so this is Yilan's own time). Focus and hover on the large page with point reading on; Yilan+R from the keydown event.",
  '',
  '| measure | ms |',
  '| --- | ---: |',
  `| focus → speak, first time (engine picked, voices read) | ${readAloud.focusToSpeakFirstMs} |`,
  `| focus → speak | ${readAloud.focusToSpeakMs} |`,
  `| hover dwell end → speak | ${readAloud.hoverDwellEndToSpeakMs} |`,
  `| Yilan+R → first sentence spoken, ${load.large.elements}-element page (read-aloud already loaded) | ${readAloud.chordToSpeakMs} |`,
  `| Yilan+R → first sentence spoken, ${readAloud.extraction.paragraphs}-paragraph article (first use: chunk loaded by this press) | ${readAloud.chordToSpeakArticleMs} |`,
  `| long tasks (over 50 ms) while reading starts on the article, all rounds | ${readAloud.longTasksDuringStart} (longest ${readAloud.longestTaskDuringStartMs} ms) |`,
  `| extracting all ${readAloud.extraction.paragraphs} paragraphs in 8 ms slices: total | ${readAloud.extraction.totalMs} |`,
  `| same: longest slice the main thread was held (budget 50) | ${readAloud.extraction.longestSliceMs} |`,
  `| same in one go, for comparison | ${readAloud.extraction.oneGoMs} |`,
  '',
  '## Simplified ↔ traditional (简繁) and pinyin (拼音)',
  '',
  `Switching each on for the ${readAloud.extraction.paragraphs}-paragraph article: time from \`Yilan.set()\` to the last paragraph done, and the tasks over 50 ms the page saw meanwhile (all rounds). Yilan's own work runs in slices of at most 8 ms (简繁 gives each converted text's element the new \`lang\` with its text, so no single relayout of the whole page is left for the end); long tasks come from evaluating the dictionary chunk on first use and, for pinyin, from the browser moving the 5,000 paragraphs below the first annotated ones (one ruby inserted at the top of this page is a 57 ms frame by itself).`,
  '',
  '| feature | when | median ms | p95 ms | longest task ms | tasks over 50 ms |',
  '| --- | --- | ---: | ---: | ---: | ---: |',
  ...Object.entries(chinese).flatMap(([name, r]) => [
    `| ${name} | first use (chunk loaded by the switch) | ${r.firstUse.medianMs} | ${r.firstUse.p95Ms} | ${r.firstUse.longestTaskMs} | ${r.firstUse.longTasks} |`,
    `| ${name} | chunk already loaded | ${r.chunkLoaded.medianMs} | ${r.chunkLoaded.p95Ms} | ${r.chunkLoaded.longestTaskMs} | ${r.chunkLoaded.longTasks} |`,
    ...(r.firstUse.scrollLongestTaskMs === undefined
      ? []
      : [
          `| ${name} | then scrolling on 30 screens (annotated as they near) | — | — | ${r.firstUse.scrollLongestTaskMs} | ${r.firstUse.scrollLongTasks} |`,
        ]),
  ]),
  '',
  '## Demo portal',
  '',
  `Chromium's navigation timing for each kind of page, served by \`demo-site/server.mjs\` with the full corpus (20,000 documents, 5,000 Q&A pairs), ${ROUNDS * 2} visits each after one warm-up.`,
  '',
  '| page | time to first byte, median | p95 | load event, median | p95 |',
  '| --- | ---: | ---: | ---: | ---: |',
  ...portal.map(
    r => `| ${r.name} | ${r.ttfbMedianMs} | ${r.ttfbP95Ms} | ${r.loadMedianMs} | ${r.loadP95Ms} |`,
  ),
  '',
  '## Policy search and Q&A',
  '',
  `The engine in \`demo-site/search/\` over ${search.documents} documents and ${search.qaPairs} Q&A pairs, in Node: index build ${search.buildMs} ms, heap ${search.heapMb} MB${search.gcExposed ? '' : ' (no --expose-gc: rough)'}. Latency of \`search()\` with facets, ranking and one page of hits, over the fixed query set in \`bench/search.mjs\` (${ROUNDS} rounds). "First time" is each query once on a fresh engine after warming the code on other words: nothing it asks is cached yet.`,
  '',
  '| queries | median ms | p95 ms (budget 5) |',
  '| --- | ---: | ---: |',
  ...Object.entries(search.latency).map(([k, v]) => `| ${k} | ${v.medianMs} | ${v.p95Ms} |`),
  '',
  `Live results in Chromium, from the last keystroke (input event) to the results on screen, including the 60 ms pause that waits for the next key: median ${search.liveResults.medianMs} ms, p95 ${search.liveResults.p95Ms} ms (budget 100), ${search.liveResults.samples} samples.`,
  '',
  `Q&A on the paraphrase set (\`demo-site/search/qa-eval.mjs\`, ${search.qa.cases} questions): top-1 ${search.qa.top1}, top-3 ${search.qa.top3}; \`ask()\` median ${search.qa.medianMs} ms, p95 ${search.qa.p95Ms} ms.`,
  '',
];
// The portal server under load, in its own process (bench/portal-load.mjs).
lines.push(...portalLoadSection(await measurePortalLoad()));
// The CPP polyphone figures need the data set (YILAN_CPP_DIR): their section is kept from their own run.
lines.push(...polyphoneSection());
await writeFile(`${root}docs/benchmarks.md`, lines.join('\n'));
console.log(lines.join('\n'));
const over = [
  result.sizes['yilan.js'].gzip > 20480 && 'start size',
  ...Object.entries(load)
    .filter(([, v]) => v.sumMs >= 10)
    .map(([n]) => `load (${n})`),
  regions.indexBuildMs > 50 && 'region index build',
  readAloud.extraction.longestSliceMs > 50 && 'read-aloud extraction slice',
  readAloud.longTasksDuringStart > 0 && 'long task while reading starts',
  search.latency.all.p95Ms > 5 && 'search p95',
  search.liveResults.p95Ms > 100 && 'live results p95',
  (peers.yilan.axe.closed.length || peers.yilan.axe.open.length) && 'axe violations added',
  peers.yilan.externalCount > 0 && 'requests to other origins',
  ...Object.entries(toggles)
    .filter(([, v]) => v.onWallMs >= 16)
    .map(([n]) => `toggle ${n}`),
].filter(Boolean);
if (over.length) console.log(`\nOver budget: ${over.join(', ')}`);
