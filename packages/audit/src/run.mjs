// Audits pages with axe-core in Chromium, as they are and in each Yilan mode, in the same loaded
// page: axe is injected from this package's pinned copy (not @axe-core/playwright, which is
// several times slower), Yilan from the built yilan.js when the site does not load it itself.
import { chromium } from 'playwright-core';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, extname, join, normalize } from 'node:path';
import { chromiumPath, CHROMIUM_ARGS } from './browser.mjs';
import { MODES } from './modes.mjs';

const require = createRequire(import.meta.url);
export const AXE_VERSION = require('axe-core/package.json').version;
export const VERSION = require('../package.json').version;
export const DEFAULT_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/** Where the injected Yilan is served from, on the audited page's own origin (CSP 'self' allows it). */
const MOUNT = '/__yilan-audit__/';
const TYPES = {
  '.js': 'text/javascript',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.css': 'text/css',
};

/** The folder of the built yilan.js this package injects. */
export function defaultYilanDir() {
  return dirname(require.resolve('yilan/yilan.js'));
}

/**
 * @typedef {{ id: string, impact: string | null, help: string, nodes: { target: unknown[], html: string, summary: string }[] }} Finding
 * @typedef {{ mode: string, violations: Finding[], added: Finding[], review: number }} ModeResult
 * @typedef {{ url: string, status: 'ok' | 'failed', error?: string, yilan?: 'site' | 'injected', csp?: string, modes: ModeResult[] }} PageResult
 */

/**
 * @param {{ urls: string[], modes: string[], tags?: string[], yilanDir?: string, browserPath?: string,
 *   timeout?: number, concurrency?: number, onPage?: (page: PageResult, index: number) => void }} options
 */
export async function audit(options) {
  const axe = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
  const yilanDir = options.yilanDir ?? defaultYilanDir();
  const browser = await chromium.launch({
    executablePath: options.browserPath ?? chromiumPath(),
    args: CHROMIUM_ARGS,
  });
  const started = new Date();
  /** @type {PageResult[]} */
  const pages = new Array(options.urls.length);
  // Pages in parallel, each in its own context of one browser; the report keeps the given order.
  let next = 0;
  const worker = async () => {
    while (next < options.urls.length) {
      const index = next++;
      pages[index] = await auditPage(browser, options.urls[index], { ...options, axe, yilanDir });
      options.onPage?.(pages[index], index);
    }
  };
  const concurrency = Math.max(1, Math.min(options.concurrency ?? 1, options.urls.length));
  try {
    await Promise.all(Array.from({ length: concurrency }, worker));
  } finally {
    await browser.close().catch(() => {});
  }
  return {
    schema: 1,
    tool: { name: 'yilan-audit', version: VERSION },
    axe: AXE_VERSION,
    browser: `Chromium ${browser.version()}`,
    started: started.toISOString(),
    seconds: (Date.now() - started.getTime()) / 1000,
    tags: options.tags ?? DEFAULT_TAGS,
    modes: options.modes,
    concurrency,
    pages,
  };
}

/** A finding's identity across modes: the rule and the element's markup without Yilan's attributes. */
const key = (id, html) => `${id} ${html.replace(/ data-yilan-[\w-]+="[^"]*"/g, '').slice(0, 300)}`;

/**
 * One page in every mode, in one loaded page. A page whose Content-Security-Policy refuses the
 * injected yilan.js (Trusted Types allowing only its own policies) is audited again with the
 * policy bypassed, and the report says so: a site that loads Yilan itself never needs this.
 */
async function auditPage(browser, url, options) {
  const first = await auditOnce(browser, url, options, false);
  if (first.status === 'failed' && first.error?.startsWith(INJECT_FAILED)) {
    const again = await auditOnce(browser, url, options, true);
    return { ...again, csp: 'bypassed to inject Yilan' };
  }
  return first;
}

const INJECT_FAILED = 'could not inject yilan.js';

async function auditOnce(
  browser,
  url,
  { modes, tags = DEFAULT_TAGS, timeout = 30_000, axe, yilanDir },
  bypassCSP,
) {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    deviceScaleFactor: 1,
    reducedMotion: 'reduce',
    bypassCSP,
  });
  await context.route(`**${MOUNT}**`, async route => {
    const path = normalize(new URL(route.request().url()).pathname.slice(MOUNT.length));
    if (path.startsWith('..')) return route.abort();
    try {
      const body = await readFile(join(yilanDir, path));
      await route.fulfill({
        body,
        contentType: TYPES[extname(path)] ?? 'application/octet-stream',
      });
    } catch {
      await route.fulfill({ status: 404, body: '' });
    }
  });
  const page = await context.newPage();
  /** @type {PageResult} */
  const result = { url, status: 'ok', modes: [] };
  try {
    const response = await page.goto(url, { waitUntil: 'load', timeout });
    if (!response || response.status() >= 400)
      throw new Error(`HTTP ${response ? response.status() : 'no response'}`);
    await page.waitForLoadState('networkidle', { timeout: 5000 }).catch(() => {});
    await page.evaluate(() => document.fonts.ready);
    await page.evaluate(axe);
    let baseline = new Set();
    for (const mode of modes) {
      const settings = MODES[mode];
      if (settings) {
        result.yilan ??= await ensureYilan(page, url, timeout);
        await page.evaluate(async s => {
          window.Yilan.reset();
          window.Yilan.set(s);
          await window.Yilan.ready();
          await new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)));
        }, settings);
      }
      const found = await runAxe(page, tags);
      const violations = found.violations;
      if (mode === 'as-is')
        baseline = new Set(violations.flatMap(v => v.nodes.map(n => key(v.id, n.html))));
      const added = violations
        .map(v => ({ ...v, nodes: v.nodes.filter(n => !baseline.has(key(v.id, n.html))) }))
        .filter(v => v.nodes.length);
      result.modes.push({
        mode,
        violations,
        added: mode === 'as-is' ? [] : added,
        review: found.review,
      });
    }
  } catch (error) {
    result.status = 'failed';
    result.error = String(error instanceof Error ? error.message : error).split('\n')[0];
  } finally {
    await context.close().catch(() => {});
  }
  return result;
}

/** Yilan as the site loads it, or injected from this package's copy. */
async function ensureYilan(page, url, timeout) {
  if (await page.evaluate(() => !!window.Yilan)) return 'site';
  try {
    await page.addScriptTag({ url: new URL(`${MOUNT}yilan.js`, url).href });
    await page.waitForFunction(() => !!window.Yilan, null, { timeout });
  } catch (error) {
    throw new Error(`${INJECT_FAILED}: ${error instanceof Error ? error.message : error}`);
  }
  return 'injected';
}

async function runAxe(page, tags) {
  return page.evaluate(async values => {
    const r = await window.axe.run(document, {
      runOnly: { type: 'tag', values },
      resultTypes: ['violations', 'incomplete'],
    });
    return {
      review: r.incomplete.reduce((n, v) => n + v.nodes.length, 0),
      violations: r.violations.map(v => ({
        id: v.id,
        impact: v.impact ?? null,
        help: v.help,
        nodes: v.nodes.map(n => ({
          target: n.target,
          html: n.html,
          summary: n.failureSummary ?? '',
        })),
      })),
    };
  }, tags);
}
