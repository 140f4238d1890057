// Part 2 of scripts/bench.mjs alone (switching a mode on the 50,000-element page), for a quick
// before/after of one change without the whole benchmark:
//   MODES=zoom,elder BENCH_ROUNDS=3 node bench/mode-switch.mjs "$PWD"
import { chromium } from '@playwright/test';
const root = process.argv[2];
const { startServer } = await import(root + '/demo-site/server.mjs');
const { chromiumPath, CHROMIUM_ARGS } = await import(root + '/test/helpers/chromium.mjs');
const { makePages } = await import(root + '/bench/make-pages.mjs');
const { SWITCHED } = await import(root + '/bench/modes.mjs');
const ROUNDS = Number(process.env.BENCH_ROUNDS) || 5;
const median = xs => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const ms = s => Math.round(s * 1000 * 100) / 100;
await makePages(`${root}/bench/pages`);
const server = await startServer(0);
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
const metrics = async cdp =>
  Object.fromEntries(
    (await cdp.send('Performance.getMetrics')).metrics.map(m => [m.name, m.value]),
  );
async function fresh(url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(500);
  return { context, page, cdp };
}
const MODES = Object.fromEntries(
  Object.entries(SWITCHED)
    .filter(([k]) => ['zoom 200 %', 'caption screen', 'elder mode'].includes(k))
    .filter(([k]) => (process.env.MODES || 'zoom').split(',').some(m => k.startsWith(m))),
);
for (const [name, settings] of Object.entries(MODES)) {
  const rows = { on: [], off: [], onStyle: [], onLayout: [], onThread: [] };
  for (let round = 0; round < ROUNDS; round++) {
    const { context, page, cdp } = await fresh(`${base}/bench/large.html`);
    for (const step of [settings, null])
      await page.evaluate(async s => {
        if (s) window.Yilan.set(s);
        else window.Yilan.reset();
        await window.Yilan.ready();
      }, step);
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
  console.log(
    JSON.stringify({
      name,
      wallOn: ms(median(rows.on)),
      wallOff: ms(median(rows.off)),
      script: ms(median(rows.onThread)),
      style: ms(median(rows.onStyle)),
      layout: ms(median(rows.onLayout)),
    }),
  );
}
await browser.close();
server.close();
