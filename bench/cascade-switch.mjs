// node bench/cascade-switch.mjs [rounds] [name,…]: only the mode-switch part of `npm run bench`, for the modes
// whose sheets live in Yilan's cascade layer (colour scheme, strong focus, large cursor), on the
// 50,000-element page. Same method as scripts/bench.mjs: a fresh page per round, the mode warmed
// once, then Yilan.set() timed until ready, and Chromium's style/layout time over two frames.
import { chromium } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { startServer } from '../demo-site/server.mjs';
import { chromiumPath, CHROMIUM_ARGS } from '../test/helpers/chromium.mjs';
import { makePages } from './make-pages.mjs';
import { CASCADE, CASCADE_FROM } from './modes.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const ROUNDS = Number(process.argv[2]) || 5;
const MODES = CASCADE;
const median = xs => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const ms = s => Math.round(s * 100) / 100;

await makePages(`${root}bench/pages`);
const server = await startServer(0);
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
const metrics = async cdp =>
  Object.fromEntries(
    (await cdp.send('Performance.getMetrics')).metrics.map(m => [m.name, m.value]),
  );

const result = {};
const only = process.argv[3]?.split(',');
for (const [name, settings] of Object.entries(MODES)) {
  if (only && !only.some(o => name.includes(o))) continue;
  // "another scheme" starts from yellow-on-black: the switch between two schemes.
  const from = name.startsWith('scheme to') ? CASCADE_FROM : null;
  const rows = { on: [], off: [], style: [], layout: [] };
  for (let round = 0; round < ROUNDS; round++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    await page.goto(`${base}/bench/large.html`, { waitUntil: 'load' });
    await page.waitForTimeout(300);
    const run = step =>
      page.evaluate(async s => {
        const t0 = performance.now();
        if (s) window.Yilan.set(s);
        else window.Yilan.reset();
        await window.Yilan.ready();
        const script = performance.now() - t0;
        await new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)));
        return script;
      }, step);
    for (const step of [settings, null]) await run(step); // warm the chunk
    if (from) await run(from);
    const before = await metrics(cdp);
    rows.on.push(await run(settings));
    const after = await metrics(cdp);
    rows.style.push((after.RecalcStyleDuration - before.RecalcStyleDuration) * 1000);
    rows.layout.push((after.LayoutDuration - before.LayoutDuration) * 1000);
    rows.off.push(await run(null));
    console.error(name, round, rows.on.at(-1), rows.style.at(-1));
    await context.close();
  }
  result[name] = {
    onScriptMs: ms(median(rows.on)),
    onStyleMs: ms(median(rows.style)),
    onLayoutMs: ms(median(rows.layout)),
    offScriptMs: ms(median(rows.off)),
    styleRange: [ms(Math.min(...rows.style)), ms(Math.max(...rows.style))],
  };
}
console.log(JSON.stringify({ rounds: ROUNDS, result }, null, 1));
await browser.close();
server.close();
