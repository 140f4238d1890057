// Read-aloud timings for `npm run bench`: trigger → the engine's speak call (focus, hover dwell,
// Yilan+R), and text extraction of a 5,000-paragraph page with the longest main-thread slice.
// speechSynthesis is replaced by a recorder that answers at once, so what is timed is Yilan.

/** Runs in the page before its scripts: a speechSynthesis that notes when speak() is called. */
function recorder() {
  const voice = {
    name: 'Bench',
    lang: 'zh-CN',
    localService: true,
    default: true,
    voiceURI: 'bench',
  };
  window.__speakAt = [];
  const target = new EventTarget();
  let current;
  Object.defineProperty(SpeechSynthesisUtterance.prototype, 'voice', {
    configurable: true,
    get() {
      return null;
    },
    set() {},
  });
  const fake = Object.assign(target, {
    getVoices: () => [voice],
    speak(u) {
      window.__speakAt.push(performance.now());
      current = u;
      setTimeout(() => current === u && u.dispatchEvent(new Event('end')), 5);
    },
    cancel() {
      current = undefined;
    },
    pause() {},
    resume() {},
  });
  Object.defineProperties(fake, { speaking: { get: () => !!current }, pending: { value: false } });
  Object.defineProperty(window, 'speechSynthesis', { value: fake, configurable: true });
}

async function page(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.addInitScript(recorder);
  const p = await context.newPage();
  await p.goto(url, { waitUntil: 'load' });
  await p.waitForFunction(() => !!window.Yilan);
  await p.waitForTimeout(300);
  return { context, page: p };
}

/** Waits for the next speak() and returns its time minus `since` (page clock, ms). */
const nextSpeak = (p, count) =>
  p.waitForFunction(n => window.__speakAt.length > n && window.__speakAt[n], count, {
    polling: 'raf',
  });

export async function measureReadAloud({ browser, base, rounds, median, ms }) {
  const rows = { focusCold: [], focusWarm: [], hover: [], chordCold: [], chordArticle: [] };
  const extract = { total: [], longest: [], paragraphs: 0, oneGo: [] };
  const longTasks = [];
  for (let round = 0; round < rounds; round++) {
    // Focus and hover on the ordinary large page, point reading on.
    {
      const { context, page: p } = await page(browser, `${base}/bench/large.html`);
      await p.evaluate(async () => {
        window.Yilan.set({ point: true });
        await window.Yilan.ready();
      });
      for (const [key, selector] of [
        ['focusCold', '#q'],
        ['focusWarm', '#s1 a'],
      ]) {
        const n = await p.evaluate(() => window.__speakAt.length);
        const t0 = await p.evaluate(s => {
          const t = performance.now();
          document.querySelector(s).focus();
          return t;
        }, selector);
        const at = await (await nextSpeak(p, n)).jsonValue();
        rows[key].push((at - t0) / 1000);
      }
      const n = await p.evaluate(() => window.__speakAt.length);
      await p.locator('#s2 .lead').hover();
      const at = await (await nextSpeak(p, n)).jsonValue();
      const mark = await p.evaluate(
        () => performance.getEntriesByName('yilan:point').at(-1).startTime,
      );
      rows.hover.push((at - mark) / 1000);
      // Yilan+R on this page: first use of continuous reading (its chunk is already loaded).
      await p.evaluate(() => document.activeElement?.blur());
      const before = await p.evaluate(() => window.__speakAt.length);
      await p.evaluate(() => {
        window.__keyAt = 0;
        addEventListener('keydown', e => (window.__keyAt ||= e.timeStamp), {
          capture: true,
          once: true,
        });
      });
      await p.keyboard.press('Alt+Shift+KeyR');
      const spoke = await (await nextSpeak(p, before)).jsonValue();
      rows.chordCold.push((spoke - (await p.evaluate(() => window.__keyAt))) / 1000);
      await context.close();
    }
    // The 5,000-paragraph article: Yilan+R to the first word, long tasks, and extraction.
    {
      const { context, page: p } = await page(browser, `${base}/bench/article.html`);
      await p.evaluate(() => {
        window.__long = [];
        new PerformanceObserver(list => {
          for (const e of list.getEntries()) window.__long.push(e.duration);
        }).observe({ type: 'longtask' });
        window.__keyAt = 0;
        addEventListener('keydown', e => (window.__keyAt ||= e.timeStamp), {
          capture: true,
          once: true,
        });
      });
      await p.keyboard.press('Alt+Shift+KeyR');
      const spoke = await (await nextSpeak(p, 0)).jsonValue();
      rows.chordArticle.push((spoke - (await p.evaluate(() => window.__keyAt))) / 1000);
      await p.waitForTimeout(300);
      longTasks.push(...(await p.evaluate(() => window.__long)));
      const result = await p.evaluate(async () => {
        const m = await import('/yilan/chunks/read-aloud.js');
        const order = new m.ReadingOrder({
          isOwnUi: () => false,
          describe: el => el.getAttribute('alt') ?? '',
          pageLang: 'zh-CN',
        });
        // Pulled in slices of at most 8 ms, the way a reader or converter would walk a page.
        const source = order.all(document.body);
        let count = 0;
        let longest = 0;
        const start = performance.now();
        for (let done = false; !done;) {
          const t = performance.now();
          while (performance.now() - t < 8) {
            const next = source.next();
            if (next.done) {
              done = true;
              break;
            }
            count++;
          }
          longest = Math.max(longest, performance.now() - t);
          await new Promise(r => setTimeout(r, 0));
        }
        const total = performance.now() - start;
        const t1 = performance.now();
        const again = Array.from(order.all(document.body)).length;
        return { count, longest, total, oneGo: performance.now() - t1, again };
      });
      extract.total.push(result.total / 1000);
      extract.longest.push(result.longest / 1000);
      extract.oneGo.push(result.oneGo / 1000);
      extract.paragraphs = result.count;
      await context.close();
    }
  }
  return {
    focusToSpeakFirstMs: ms(median(rows.focusCold)),
    focusToSpeakMs: ms(median(rows.focusWarm)),
    hoverDwellEndToSpeakMs: ms(median(rows.hover)),
    chordToSpeakMs: ms(median(rows.chordCold)),
    chordToSpeakArticleMs: ms(median(rows.chordArticle)),
    longTasksDuringStart: longTasks.length,
    longestTaskDuringStartMs: ms(Math.max(0, ...longTasks) / 1000),
    extraction: {
      paragraphs: extract.paragraphs,
      totalMs: ms(median(extract.total)),
      longestSliceMs: ms(median(extract.longest)),
      oneGoMs: ms(median(extract.oneGo)),
    },
  };
}
