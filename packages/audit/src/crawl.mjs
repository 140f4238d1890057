// A same-origin crawl from start URLs: links read from the rendered page (so links a script adds
// are found), breadth first, within --max-depth and --max-pages, include/exclude patterns and
// robots.txt, with a polite delay between requests. Images, fonts and media are not fetched.
import { matchPage } from './gate.mjs';
import { fetchRobots } from './robots.mjs';

/**
 * @param {import('playwright-core').Browser} browser
 * @param {string[]} starts
 * @param {{ maxDepth?: number, maxPages?: number, include?: string[], exclude?: string[],
 *   robots?: boolean, delay?: number, timeout?: number, storageState?: object }} options
 * @returns {Promise<string[]>} page URLs in the order found
 */
export async function crawl(browser, starts, options = {}) {
  const { maxDepth = 3, maxPages = 100, include = [], exclude = [], timeout = 30_000 } = options;
  const origin = new URL(starts[0]).origin;
  const robots = options.robots === false ? null : await fetchRobots(origin);
  const delay = options.delay ?? (robots?.delay ? robots.delay * 1000 : 0);
  const wanted = url => {
    const u = new URL(url);
    if (u.origin !== origin) return false;
    if (robots && !robots.allowed(u.href)) return false;
    if (include.length && !include.some(p => matchPage(p, url))) return false;
    return !exclude.some(p => matchPage(p, url));
  };
  const clean = url => {
    const u = new URL(url);
    u.hash = '';
    return u.href;
  };
  const found = [];
  const seen = new Set();
  let queue = starts.map(clean).filter(u => !seen.has(u) && seen.add(u) && wanted(u));
  const context = await browser.newContext({
    httpCredentials: options.httpCredentials,
    extraHTTPHeaders: options.extraHTTPHeaders,
    storageState: options.storageState,
  });
  await context.route('**/*', route =>
    ['image', 'font', 'media'].includes(route.request().resourceType())
      ? route.abort()
      : route.continue(),
  );
  const page = await context.newPage();
  try {
    for (let depth = 0; queue.length && depth <= maxDepth; depth++) {
      const nextQueue = [];
      for (const url of queue) {
        if (found.length >= maxPages) return found;
        if (found.length && delay) await new Promise(r => setTimeout(r, delay));
        const response = await page.goto(url, { waitUntil: 'load', timeout }).catch(() => null);
        const type = response?.headers()['content-type'] ?? '';
        if (!response || response.status() >= 400 || !/html/.test(type)) continue;
        found.push(page.url() === url ? url : clean(page.url()));
        if (depth === maxDepth) continue;
        const links = await page
          .evaluate(() => [...document.querySelectorAll('a[href], area[href]')].map(a => a.href))
          .catch(() => []);
        for (const link of links) {
          if (!/^https?:/.test(link)) continue;
          const u = clean(link);
          if (seen.has(u)) continue;
          seen.add(u);
          if (wanted(u)) nextQueue.push(u);
        }
      }
      queue = nextQueue;
    }
    return found;
  } finally {
    await context.close().catch(() => {});
  }
}
