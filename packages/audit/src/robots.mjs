// robots.txt through robots-parser (RFC 9309: the yilan-audit group, else *, longest match, * and
// $ patterns): its Sitemap: lines, whether a URL may be crawled, and its Crawl-delay.
import robotsParser from 'robots-parser';

const AGENT = 'yilan-audit';

/** @param {string} url the robots.txt's own URL */
export function parseRobots(text, url = 'http://localhost/robots.txt') {
  const robots = robotsParser(url, text);
  return {
    sitemaps: robots.getSitemaps(),
    delay: robots.getCrawlDelay(AGENT),
    /** @param {string} page a full URL of the same origin */
    allowed: page => robots.isAllowed(page, AGENT) !== false,
  };
}

/** The site's robots.txt, or an empty one when there is none. */
export async function fetchRobots(origin) {
  const url = new URL('/robots.txt', origin).href;
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(10_000) });
    return parseRobots(response.ok ? await response.text() : '', url);
  } catch {
    return parseRobots('', url);
  }
}
