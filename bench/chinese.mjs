// 简繁 on the 5,000-paragraph article: time from the switch to the last paragraph converted, the
// longest task the page saw meanwhile (budget: no task over 50 ms), and the same with the
// dictionary chunk already loaded.
const percentile = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
};
const round = x => Math.round(x * 10) / 10;

async function once(browser, base, warm) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(`${base}/bench/article.html`, { waitUntil: 'load' });
  await page.waitForFunction(() => !!window.Yilan);
  if (warm) {
    await page.evaluate(async () => {
      await import('/yilan/chunks/to-traditional.js');
    });
  }
  const result = await page.evaluate(
    () =>
      new Promise(resolve => {
        const tasks = [];
        new PerformanceObserver(list => {
          for (const e of list.getEntries()) tasks.push(e.duration);
        }).observe({ type: 'longtask' });
        const last = document.querySelector('main p:last-of-type');
        const t0 = performance.now();
        window.Yilan.set({ traditional: true });
        const check = () => {
          if (last.textContent.includes('辦')) {
            const ms = performance.now() - t0;
            setTimeout(
              () => resolve({ ms, longest: Math.max(0, ...tasks), count: tasks.length }),
              100,
            );
          } else requestAnimationFrame(check);
        };
        check();
      }),
  );
  await context.close();
  return result;
}

export async function measureChinese({ browser, base, rounds }) {
  const cold = [];
  const warm = [];
  for (let r = 0; r < rounds; r++) {
    cold.push(await once(browser, base, false));
    warm.push(await once(browser, base, true));
  }
  const summary = rows => ({
    medianMs: round(
      percentile(
        rows.map(r => r.ms),
        50,
      ),
    ),
    p95Ms: round(
      percentile(
        rows.map(r => r.ms),
        95,
      ),
    ),
    longestTaskMs: round(Math.max(...rows.map(r => r.longest))),
    longTasks: rows.reduce((n, r) => n + r.count, 0),
  });
  return { firstUse: summary(cold), chunkLoaded: summary(warm) };
}
