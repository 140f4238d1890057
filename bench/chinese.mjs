// 简繁 and 拼音 on the 5,000-paragraph article: time from the switch to the last paragraph converted, the
// longest task the page saw meanwhile (budget: no task over 50 ms), and the same with the
// dictionary chunk already loaded.
const percentile = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
};
const round = x => Math.round(x * 10) / 10;

const FEATURES = {
  traditional: { chunk: 'to-traditional', done: '(p => p.textContent.includes("辦"))' },
  // Pinyin annotates what is near the screen: done when the first screen is, then the reader
  // scrolls to the end (timed too, with its long tasks).
  pinyin: { chunk: 'pinyin', done: '(p => p.querySelector("rt") !== null)', first: true },
};

async function once(browser, base, warm, setting) {
  const { chunk, done, first } = FEATURES[setting];
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(`${base}/bench/article.html`, { waitUntil: 'load' });
  await page.waitForFunction(() => !!window.Yilan);
  if (warm) {
    await page.evaluate(async name => {
      await import(`/yilan/chunks/${name}.js`);
    }, chunk);
  }
  const result = await page.evaluate(
    ([setting, done, first]) =>
      new Promise(resolve => {
        const finished = (0, eval)(done);
        const tasks = [];
        new PerformanceObserver(list => {
          for (const e of list.getEntries()) tasks.push(e.duration);
        }).observe({ type: 'longtask' });
        const last = document.querySelector(first ? 'main p' : 'main p:last-of-type');
        const t0 = performance.now();
        window.Yilan.set({ [setting]: true });
        const check = () => {
          if (finished(last)) {
            const ms = performance.now() - t0;
            setTimeout(
              () => resolve({ ms, longest: Math.max(0, ...tasks), count: tasks.length }),
              100,
            );
          } else requestAnimationFrame(check);
        };
        check();
      }),
    [setting, done, first],
  );
  if (first) {
    // Scrolling on through 30 screens, a screen at a time, as a reader would.
    result.scroll = await page.evaluate(
      () =>
        new Promise(resolve => {
          const tasks = [];
          new PerformanceObserver(list => {
            for (const e of list.getEntries()) tasks.push(e.duration);
          }).observe({ type: 'longtask' });
          let screens = 0;
          const step = () => {
            if (++screens > 30)
              return setTimeout(
                () => resolve({ longest: Math.max(0, ...tasks), count: tasks.length }),
                200,
              );
            scrollBy(0, innerHeight);
            setTimeout(step, 50);
          };
          step();
        }),
    );
  }
  await context.close();
  return result;
}

export async function measureChinese({ browser, base, rounds }) {
  const out = {};
  for (const setting of Object.keys(FEATURES))
    out[setting] = await measureOne(browser, base, rounds, setting);
  return out;
}

async function measureOne(browser, base, rounds, setting) {
  const cold = [];
  const warm = [];
  for (let r = 0; r < rounds; r++) {
    cold.push(await once(browser, base, false, setting));
    warm.push(await once(browser, base, true, setting));
  }
  const times = (rows, key) => rows.map(r => r[key]);
  const summary = rows => {
    const out = {
      medianMs: round(percentile(times(rows, 'ms'), 50)),
      p95Ms: round(percentile(times(rows, 'ms'), 95)),
      longestTaskMs: round(Math.max(...times(rows, 'longest'))),
      longTasks: rows.reduce((n, r) => n + r.count, 0),
    };
    if (rows[0].scroll) {
      out.scrollLongestTaskMs = round(Math.max(...rows.map(r => r.scroll.longest)));
      out.scrollLongTasks = rows.reduce((n, r) => n + r.scroll.count, 0);
    }
    return out;
  };
  return { firstUse: summary(cold), chunkLoaded: summary(warm) };
}
