// Yilan side by side with the open-source toolbars a maintainer would compare it with, in one run,
// on the same pages, loaded the same way (bench/make-pages.mjs), conditions alternating within
// each round. The method is the one shared/research/peer-perf.md used, so its numbers compare.
import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { EVERY_MODE } from './modes.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const AXE = await readFile(`${root}node_modules/axe-core/axe.min.js`, 'utf8');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * How a user reaches each toolbar's controls. Contrast: the control closest to "high contrast"
 * (`accessibility` has none; invert is its nearest). Text: the control that makes text bigger,
 * pressed until 200 % or the toolbar's own maximum.
 */
export const TOOLBARS = {
  yilan: {
    label: 'Yilan',
    file: 'packages/yilan/dist/yilan.js',
    launcher: page => page.getByRole('button', { name: '无障碍', exact: true }),
    contrast: '配色/高对比度',
    text: '放大',
    textClicks: 4,
  },
  accessibility: {
    label: '`accessibility` 6.1.0',
    file: 'bench/pages/peers/accessibility.js',
    // Its launcher has no role; its only accessible text is the icon ligature.
    launcher: page => page.getByText('accessibility', { exact: true }),
    // Its buttons' names start with the icon's ligature (invert_colors invert colors).
    contrast: /invert colors$/,
    text: /increase text size$/,
    textClicks: 9,
  },
  sienna: {
    label: '`sienna-accessibility` 2.2.333',
    file: 'bench/pages/peers/sienna.js',
    launcher: page => page.getByRole('button', { name: 'Open Accessibility Menu' }),
    contrast: /^High Contrast$/,
    text: /^Increase Font Size$/,
    textClicks: 10,
  },
};
const CONDITIONS = ['none', ...Object.keys(TOOLBARS)];

async function metrics(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(metrics.map(m => [m.name, m.value]));
}
/** Thread ms of script, style and layout between two metric readings. */
function spent(a, b) {
  const script = (b.ScriptDuration - a.ScriptDuration) * 1000;
  const style = (b.RecalcStyleDuration - a.RecalcStyleDuration) * 1000;
  const layout = (b.LayoutDuration - a.LayoutDuration) * 1000;
  return { script, style, layout, ssl: script + style + layout };
}

/** A fresh context per load: empty cache and storage; requests off 127.0.0.1 counted and refused. */
async function visit(browser, url, external) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.route('**', route => {
    const { hostname, href } = new URL(route.request().url());
    if (hostname === '127.0.0.1') return route.continue();
    external.push(href);
    return route.abort();
  });
  const page = await context.newPage();
  // What the toolbar made the browser fetch: everything but the page itself, its stylesheet
  // and the images every variant shares.
  const fetched = [];
  page.on('response', response => {
    const path = new URL(response.url()).pathname;
    if (/^\/(yilan|bench\/peers)\/.*\.(js|css|svg|png|cur|woff2?)$/.test(path))
      fetched.push(response.body().catch(() => Buffer.alloc(0)));
  });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(1000);
  const bodies = await Promise.all(fetched);
  const bytes = {
    files: bodies.length,
    raw: bodies.reduce((n, b) => n + b.length, 0),
    gzip: bodies.reduce((n, b) => n + gzipSync(b, { level: 9 }).length, 0),
  };
  return { context, page, cdp, bytes };
}

async function heapKiB(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  return (await metrics(cdp)).JSHeapUsedSize / 1024;
}

/** Waits for the change a click started: Yilan's modes to apply (if Yilan is there), then 2 frames. */
const settle = page =>
  page.evaluate(async () => {
    await window.Yilan?.ready();
    await new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)));
  });

async function openPanel(page, toolbar) {
  await toolbar.launcher(page).click();
  await button(page, toolbar.contrast).waitFor({ state: 'visible' });
  await settle(page);
  await page.waitForTimeout(300);
}

const button = (page, name) =>
  page.getByRole('button', { name, exact: typeof name === 'string' }).first();

/** One click measured as the research did: GC, idle, metrics, a real click, two frames, metrics. */
async function measuredClick(page, cdp, name) {
  // Panels that scroll (sienna's) keep lower controls out of view: scrolled to, outside the span.
  await button(page, name).scrollIntoViewIfNeeded();
  const box = await button(page, name).boundingBox();
  await cdp.send('HeapProfiler.collectGarbage');
  await page.waitForTimeout(200);
  await page.evaluate(() => {
    window.__clickAt = 0;
    addEventListener('click', e => (window.__clickAt = e.timeStamp), { capture: true, once: true });
  });
  const before = await metrics(cdp);
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  const wall = await page.evaluate(async () => {
    await window.Yilan?.ready();
    await new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)));
    return performance.now() - window.__clickAt;
  });
  const after = await metrics(cdp);
  return { ...spent(before, after), wall };
}

/** Rendered width of a fixed run of text: grows with the text whatever the toolbar changes. */
const textWidths = page =>
  page.evaluate(() => {
    const width = el => {
      const range = document.createRange();
      range.setStart(el.firstChild, 0);
      range.setEnd(el.firstChild, 6);
      return range.getClientRects()[0].width;
    };
    return {
      body: width(document.querySelector('main .lead')),
      h1: width(document.querySelector('h1')),
    };
  });

/** Axe violations the toolbar adds: (rule, target) pairs not found on the page without it. */
async function axeKeys(page) {
  await page.evaluate(AXE);
  const violations = await page.evaluate(
    tags => window.axe.run(document, { runOnly: { type: 'tag', values: tags } }),
    AXE_TAGS,
  );
  return violations.violations.flatMap(v =>
    v.nodes.map(n => `${v.id} ${JSON.stringify(n.target)}`),
  );
}

/**
 * Bytes of JavaScript objects in a heap snapshot: compiled code (which V8 keeps re-optimising
 * for a while) and Blink's native objects left out, so what remains is what a page keeps alive.
 */
async function objectBytes(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  const chunks = [];
  const take = c => chunks.push(c.chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', take);
  await cdp.send('HeapProfiler.takeHeapSnapshot');
  cdp.off('HeapProfiler.addHeapSnapshotChunk', take);
  const snapshot = JSON.parse(chunks.join(''));
  const fields = snapshot.snapshot.meta.node_fields;
  const types = snapshot.snapshot.meta.node_types[0];
  const [type, size] = [fields.indexOf('type'), fields.indexOf('self_size')];
  let bytes = 0;
  for (let i = 0; i < snapshot.nodes.length; i += fields.length) {
    const kind = types[snapshot.nodes[i + type]];
    if (kind !== 'code' && kind !== 'native') bytes += snapshot.nodes[i + size];
  }
  return bytes / 1024;
}

/**
 * Heap and DOM counters across `cycles` runs of `step`, read at the start, halfway and the end: V8
 * fills its code and feedback caches over the first hundreds of cycles and then stops, so the
 * second half shows whether anything still grows.
 */
async function memoryOver(cdp, cycles, step) {
  const read = async () => ({
    heap: await heapKiB(cdp),
    ...(await cdp.send('Memory.getDOMCounters')),
  });
  await step(2);
  const start = await read();
  const t0 = Date.now();
  await step(cycles / 2);
  const half = await read();
  const halfObjects = await objectBytes(cdp);
  await step(cycles / 2);
  const end = await read();
  const endObjects = await objectBytes(cdp);
  return {
    cycles,
    heapGrowthKiB: end.heap - start.heap,
    secondHalfKiB: end.heap - half.heap,
    secondHalfObjectsKiB: endObjects - halfObjects,
    nodes: [start.nodes, end.nodes],
    listeners: [start.jsEventListeners, end.jsEventListeners],
    seconds: (Date.now() - t0) / 1000,
  };
}

/** On/off cycles of the contrast control, clicked in the page, one frame after each click. */
async function cycleMemory(page, cdp, name, cycles) {
  const handle = name
    ? await button(page, name).elementHandle()
    : await page.locator('body').elementHandle();
  return memoryOver(cdp, cycles, n =>
    page.evaluate(
      async ({ el, clicks }) => {
        for (let i = 0; i < clicks; i++) {
          el.click();
          await window.Yilan?.ready();
          await new Promise(requestAnimationFrame);
        }
      },
      { el: handle, clicks: n * 2 },
    ),
  );
}

/** Every Yilan mode on, then all off, `cycles` times through the public API. */
async function yilanEveryMode(page, cdp, cycles) {
  return memoryOver(cdp, cycles, n =>
    page.evaluate(
      async ({ all, n }) => {
        for (let i = 0; i < n; i++) {
          window.Yilan.set(all);
          await window.Yilan.ready();
          await new Promise(requestAnimationFrame);
          window.Yilan.reset();
          await window.Yilan.ready();
          await new Promise(requestAnimationFrame);
        }
      },
      { all: EVERY_MODE, n },
    ),
  );
}

export async function measurePeers({ browser, base, rounds, median, cycles = 1000 }) {
  const url = (size, c) => `${base}/bench/peers/${size}-${c}.html`;
  const rows = Object.fromEntries(
    CONDITIONS.map(c => [
      c,
      {
        external: [],
        load: { medium: [], large: [] },
        idle: [],
        heap: { medium: [], large: [] },
        contrast: [],
        text: [],
      },
    ]),
  );
  for (let round = 0; round < rounds; round++) {
    // Rotating the start cancels drift and order effects across rounds.
    const order = CONDITIONS.map((_, i) => CONDITIONS[(i + round) % CONDITIONS.length]);
    for (const size of ['medium', 'large']) {
      const base = {};
      for (const c of order) {
        const r = rows[c];
        const { context, page, cdp, bytes } = await visit(browser, url(size, c), r.external);
        if (size === 'medium') r.fetched = bytes;
        const m = await metrics(cdp);
        base[c] = {
          ssl: m.ScriptDuration + m.RecalcStyleDuration + m.LayoutDuration,
          script: m.ScriptDuration,
          task: m.TaskDuration,
          heap: await heapKiB(cdp),
        };
        if (size === 'medium') {
          // Work while the reader is doing nothing, panel closed: 2 s after the load settled.
          const before = await metrics(cdp);
          await page.waitForTimeout(2000);
          const after = await metrics(cdp);
          r.idle.push(((after.TaskDuration - before.TaskDuration) * 1000) / 2);
        }
        if (size === 'large' && c !== 'none') {
          const toolbar = TOOLBARS[c];
          await openPanel(page, toolbar);
          r.contrast.push(await measuredClick(page, cdp, toolbar.contrast));
        }
        await context.close();
        if (size === 'large' && c !== 'none') {
          // Text to 200 %, on a fresh load so contrast does not add to it.
          const toolbar = TOOLBARS[c];
          const fresh = await visit(browser, url(size, c), r.external);
          await openPanel(fresh.page, toolbar);
          const before = await textWidths(fresh.page);
          const sum = { script: 0, ssl: 0, wall: 0, max: 0 };
          for (let i = 0; i < toolbar.textClicks; i++) {
            const click = await measuredClick(fresh.page, fresh.cdp, toolbar.text);
            sum.script += click.script;
            sum.ssl += click.ssl;
            sum.wall += click.wall;
            sum.max = Math.max(sum.max, click.ssl);
          }
          await fresh.page.waitForTimeout(1000);
          const after = await textWidths(fresh.page);
          const scrolls = await fresh.page.evaluate(
            () => document.documentElement.scrollWidth > document.documentElement.clientWidth,
          );
          r.text.push({
            ...sum,
            body: after.body / before.body,
            h1: after.h1 / before.h1,
            scrolls,
          });
          await fresh.context.close();
        }
      }
      for (const c of CONDITIONS) {
        rows[c].load[size].push({
          ssl: (base[c].ssl - base.none.ssl) * 1000,
          script: (base[c].script - base.none.script) * 1000,
          task: (base[c].task - base.none.task) * 1000,
        });
        rows[c].heap[size].push(base[c].heap - base.none.heap);
      }
    }
  }

  // Once per toolbar: axe with the panel closed and open, and the memory cycles.
  const axeNone = new Set(
    await (async () => {
      const { context, page } = await visit(browser, url('medium', 'none'), []);
      const keys = await axeKeys(page);
      await context.close();
      return keys;
    })(),
  );
  const result = {};
  for (const c of CONDITIONS) {
    const r = rows[c];
    const one = await visit(browser, url('medium', c), r.external);
    let axe;
    let memory;
    if (c === 'none') {
      memory = await cycleMemory(one.page, one.cdp, null, cycles);
    } else {
      const closed = (await axeKeys(one.page)).filter(k => !axeNone.has(k));
      await openPanel(one.page, TOOLBARS[c]);
      const open = (await axeKeys(one.page)).filter(k => !axeNone.has(k));
      axe = { closed, open };
      memory = await cycleMemory(one.page, one.cdp, TOOLBARS[c].contrast, cycles);
    }
    await one.context.close();
    if (c === 'yilan') {
      const every = await visit(browser, url('medium', c), []);
      memory.everyMode = await yilanEveryMode(every.page, every.cdp, cycles);
      await every.context.close();
    }
    const med = xs => Math.round(median(xs) * 10) / 10;
    const bytes = c === 'none' ? null : await readFile(`${root}${TOOLBARS[c].file}`);
    result[c] = {
      label: c === 'none' ? 'no toolbar' : TOOLBARS[c].label,
      bytes: bytes && { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length },
      fetchedAtStart: r.fetched,
      loadMedium: {
        ssl: med(r.load.medium.map(x => x.ssl)),
        script: med(r.load.medium.map(x => x.script)),
        task: med(r.load.medium.map(x => x.task)),
      },
      loadLarge: {
        ssl: med(r.load.large.map(x => x.ssl)),
        script: med(r.load.large.map(x => x.script)),
      },
      idleTaskMsPerSecond: med(r.idle),
      heapAfterLoadKiB: { medium: med(r.heap.medium), large: med(r.heap.large) },
      contrast: r.contrast.length && {
        script: med(r.contrast.map(x => x.script)),
        style: med(r.contrast.map(x => x.style)),
        layout: med(r.contrast.map(x => x.layout)),
        ssl: med(r.contrast.map(x => x.ssl)),
        wall: med(r.contrast.map(x => x.wall)),
      },
      text: r.text.length && {
        clicks: TOOLBARS[c].textClicks,
        script: med(r.text.map(x => x.script)),
        ssl: med(r.text.map(x => x.ssl)),
        maxClickSsl: med(r.text.map(x => x.max)),
        wall: med(r.text.map(x => x.wall)),
        body: med(r.text.map(x => x.body * 100)) / 100,
        h1: med(r.text.map(x => x.h1 * 100)) / 100,
        scrolls: r.text.filter(x => x.scrolls).length,
        runs: r.text.length,
      },
      axe,
      memory,
      external: [...new Set(r.external)],
      externalCount: r.external.length,
    };
  }
  return result;
}
