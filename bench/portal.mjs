// The demo portal's speed as a visitor meets it: time to first byte and to the load event for
// every kind of page, median and p95, measured in Chromium's navigation timing.
import { PORTAL_PAGES } from '../test/helpers/portal-pages.mjs';

const percentile = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
};
const round = x => Math.round(x * 10) / 10;

export async function measurePortal({ browser, base, rounds }) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const rows = [];
  for (const { name, path } of PORTAL_PAGES) {
    const ttfb = [];
    const load = [];
    // One warm-up visit: the first request of a kind also compiles its code paths.
    await page.goto(`${base}${path}`, { waitUntil: 'load' });
    for (let i = 0; i < rounds * 2; i++) {
      await page.goto(`${base}${path}`, { waitUntil: 'load' });
      const nav = await page.evaluate(() => {
        const [n] = performance.getEntriesByType('navigation');
        return { ttfb: n.responseStart - n.requestStart, load: n.loadEventEnd || n.duration };
      });
      ttfb.push(nav.ttfb);
      load.push(nav.load);
    }
    rows.push({
      name,
      path,
      ttfbMedianMs: round(percentile(ttfb, 50)),
      ttfbP95Ms: round(percentile(ttfb, 95)),
      loadMedianMs: round(percentile(load, 50)),
      loadP95Ms: round(percentile(load, 95)),
    });
  }
  await context.close();
  return rows;
}
