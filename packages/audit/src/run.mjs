// Audits pages with axe-core in Chromium or Firefox (engines/), as they are and in each Yilan mode,
// in the same loaded page: axe is injected from this package's pinned copy (not
// @axe-core/playwright, which is several times slower), Yilan from the built yilan.js when the site
// does not load it itself.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { launchEngine } from './engines/index.mjs';
import { MODES } from './modes.mjs';
import { DEFAULT_RULE_SET, ruleIds } from './axe-names.mjs';
import { settleAnimations, switchYilan } from './in-page.mjs';
import { axeInFrames, axeRunOptions, findings, handleFrame } from './frames.mjs';
import { CHECKS, extraRules, keyboardWalk, modeChecks } from './checks.mjs';
import { runActions } from './actions.mjs';
import { shoot } from './screenshots.mjs';
import { Budget, Hung } from './budget.mjs';
import { plainHtml, targetKey } from './gate.mjs';

const require = createRequire(import.meta.url);
export const AXE_VERSION = require('axe-core/package.json').version;
export const VERSION = require('../package.json').version;

/** The folder of the built yilan.js this package injects. */
export function defaultYilanDir() {
  return dirname(require.resolve('yilan/yilan.js'));
}

/**
 * @typedef {{ target: unknown[], frame?: string, html: string, summary: string, contrast?: object, screenshot?: string }} Node
 * @typedef {{ id: string, impact: string | null, help: string, helpUrl?: string, tags?: string[], nodes: Node[] }} Finding
 * @typedef {{ mode: string, violations: Finding[], added: Finding[], review: Finding[], unstable?: Finding[] }} ModeResult
 * @typedef {{ index: number, url: string, target?: string, status: 'ok' | 'failed' | 'not run' | 'not a page',
 *   error?: string, unstable?: string, yilan?: 'site' | 'injected', csp?: string, modes: ModeResult[],
 *   notAudited?: { target: unknown[], url: string, reason: string, modes: string[] }[] }} PageResult
 * @typedef {{ url: string, target?: string, actions?: object[] }} PageSpec
 */

/**
 * Audits pages, as they are and in each mode. Pages run in parallel, each in its own context of one
 * browser; the result keeps the given order. Stops starting pages at `deadline` or when `signal`
 * aborts; those pages are "not run".
 * @param {{ pages: PageSpec[], modes: string[], tags?: string[], rules?: Record<string, {enabled: boolean}>,
 *   include?: unknown[], exclude?: unknown[], iframes?: boolean, checks?: string[], screenshots?: number,
 *   yilanDir?: string, browser?: 'chromium' | 'firefox', browserPath?: string, timeout?: number, concurrency?: number, retries?: number,
 *   confirm?: number, deadline?: number, signal?: AbortSignal, storageState?: object,
 *   setup?: (args: object) => Promise<void>, indexes?: number[],
 *   onPage?: (page: PageResult, done: number) => void }} options
 */
export async function audit(options) {
  const axe = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
  const yilanDir = options.yilanDir ?? defaultYilanDir();
  const browser = await launchEngine(options.browser, { ...options, yilanDir });
  const started = new Date();
  const specs = options.pages;
  /** @type {PageResult[]} */
  const pages = new Array(specs.length);
  let next = 0;
  let done = 0;
  // An interrupt or the --max-time deadline closes the browser: pages in flight end at once and,
  // with those not started, are reported "not run".
  let why = '';
  const stop = new AbortController();
  const halt = reason => {
    if (why) return;
    why = reason;
    stop.abort();
    browser.close().catch(() => {});
  };
  const onAbort = () => halt('not run: interrupted');
  options.signal?.addEventListener('abort', onAbort, { once: true });
  if (options.signal?.aborted) onAbort();
  const timer = options.deadline
    ? setTimeout(
        () => halt('not run: --max-time reached'),
        Math.max(0, options.deadline - Date.now()),
      )
    : undefined;
  const ids = ruleIds(options.tags);
  const settings = {
    ...options,
    ruleIds: ids,
    axe,
    yilanDir,
    checks: options.checks ?? CHECKS,
    viewport: options.viewport ?? DESKTOP,
    signal: stop.signal,
  };
  const worker = async () => {
    while (next < specs.length) {
      const i = next++;
      const spec = specs[i];
      const index = options.indexes?.[i] ?? i;
      try {
        pages[i] = why
          ? { index, url: spec.url, target: spec.target, status: 'not run', error: why, modes: [] }
          : { index, ...(await auditPage(browser, spec, settings)) };
      } catch (error) {
        // The browser went away under the page (closed at the deadline, or it crashed).
        const message = String(error instanceof Error ? error.message : error).split('\n')[0];
        pages[i] = {
          index,
          url: spec.url,
          target: spec.target,
          status: 'failed',
          error: message,
          modes: [],
        };
      }
      // A page cut short by an interrupt or the deadline is "not run", not a failure of the site.
      if (pages[i].status === 'failed' && why)
        pages[i] = { ...pages[i], status: 'not run', error: why, modes: [] };
      if (spec.target === undefined) delete pages[i].target;
      options.onPage?.(pages[i], ++done);
    }
  };
  const concurrency = Math.max(1, Math.min(options.concurrency ?? 1, specs.length));
  try {
    if (options.setup) settings.storageState = await runSetup(browser.browser, options);
    await Promise.all(Array.from({ length: concurrency }, worker));
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onAbort);
    await browser.close();
  }
  return {
    schema: 1,
    tool: { name: 'yilan-audit', version: VERSION },
    axe: AXE_VERSION,
    browser: browser.version,
    started: started.toISOString(),
    seconds: (Date.now() - started.getTime()) / 1000,
    tags: options.tags ?? [],
    ruleSet: {
      name: options.tags ? `tags ${options.tags.join(', ')}` : DEFAULT_RULE_SET,
      rules: ids.length,
    },
    viewport: settings.viewport,
    modes: options.modes,
    checks: settings.checks,
    concurrency,
    ...(options.signal?.aborted ? { interrupted: true } : {}),
    pages,
  };
}

/** The setup hook runs once, in its own context; its cookies and storage go to every page. */
export async function runSetup(browser, options) {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    httpCredentials: options.httpCredentials,
    extraHTTPHeaders: options.extraHTTPHeaders,
  });
  try {
    const page = await context.newPage();
    await options.setup({ browser, context, page, env: process.env });
    return await context.storageState();
  } catch (error) {
    throw new Error(`the setup hook failed: ${error instanceof Error ? error.message : error}`);
  } finally {
    await context.close().catch(() => {});
  }
}

/** A finding's identity across modes: the rule and the element's markup without Yilan's attributes. */
export const key = (id, html) => `${id} ${plainHtml(html).slice(0, 300)}`;
const at = (id, node) => `${id} ${targetKey(node.target)}`;

/**
 * One page in every mode: retried once when it does not load or crashes (then marked unstable),
 * re-run `confirm` times when it has violations, keeping only those found every time.
 */
async function auditPage(browser, spec, options) {
  let result = await withCsp(browser, spec, options);
  const first = result.error;
  // A page that hung will hang again: it is not retried (a loop in its script cost 8× --timeout).
  for (let n = 0; n < (options.retries ?? 1) && result.status === 'failed' && !result.hung; n++) {
    if (options.signal?.aborted) break;
    result = await withCsp(browser, spec, options);
    if (result.status === 'ok') result.unstable = `failed ${n + 1}×, then passed: ${first}`;
  }
  for (let n = 0; n < (options.confirm ?? 0) && result.status === 'ok'; n++) {
    const failing = new Map(
      result.modes.filter(m => m.violations.length).map(m => [m.mode, m.violations]),
    );
    if (!failing.size) break;
    const again = await withCsp(browser, spec, { ...options, modes: [...failing.keys()] });
    if (again.status !== 'ok') break;
    for (const mode of result.modes) {
      const twice = again.modes.find(m => m.mode === mode.mode);
      if (!twice) continue;
      const seen = new Set(twice.violations.flatMap(v => v.nodes.map(nd => at(v.id, nd))));
      const split = (list, keep) =>
        list
          .map(v => ({ ...v, nodes: v.nodes.filter(nd => seen.has(at(v.id, nd)) === keep) }))
          .filter(v => v.nodes.length);
      const gone = split(mode.violations, false);
      if (gone.length) mode.unstable = [...(mode.unstable ?? []), ...gone];
      mode.violations = split(mode.violations, true);
      mode.added = split(mode.added, true);
    }
  }
  return result;
}

/**
 * A page whose Content-Security-Policy refuses the injected yilan.js (Trusted Types allowing only
 * its own policies) is audited again with the policy bypassed, and the report says so: a site that
 * loads Yilan itself never needs this.
 */
async function withCsp(browser, spec, options) {
  const first = await auditOnce(browser, spec, options, false);
  if (first.status === 'failed' && first.error?.startsWith(INJECT_FAILED)) {
    // Firefox over WebDriver BiDi has no switch to bypass a page's CSP: said, not worked around.
    if (!browser.canBypassCSP)
      return {
        ...first,
        csp: `refused the injected yilan.js; ${browser.version} cannot bypass it`,
      };
    const again = await auditOnce(browser, spec, options, true);
    return { ...again, csp: 'bypassed to inject Yilan' };
  }
  return first;
}

const INJECT_FAILED = 'could not inject yilan.js';
/** Each mode's time, in --timeout: a 50,000-element page takes 36 s as it is, past the default 30. */
const MODE_BUDGET = 2;
const DESKTOP = { width: 1280, height: 800, mobile: false };
const HTML_TYPES = ['text/html', 'application/xhtml+xml'];

async function auditOnce(browser, spec, options, bypassCSP) {
  const { modes, timeout = 30_000, axe, checks, viewport } = options;
  const size = { width: viewport.width, height: viewport.height };
  const { context, page } = await browser.open({ ...options, size, viewport, bypassCSP });
  /** @type {PageResult} */
  const result = { url: spec.url, target: spec.target, status: 'ok', modes: [] };
  // A page that hangs (an endless script, axe on a giant DOM) is stopped, never the whole run:
  // loading gets --timeout (and a little), each mode --timeout of its own (budget.mjs).
  const budget = new Budget(context);
  try {
    const response = await budget.run('loading the page', timeout * 1.5, () =>
      page.goto(spec.url, { waitUntil: 'load', timeout }),
    );
    if (!response || response.status() >= 400)
      throw new Error(`HTTP ${response ? response.status() : 'no response'}`);
    // A JSON file or a PDF in a sitemap is not a page: the browser's own viewer would be audited
    // as the site's markup. Said so and skipped, as Lighthouse does.
    const type = (response.headers()['content-type'] ?? '').split(';')[0].trim().toLowerCase();
    if (type && !HTML_TYPES.includes(type)) {
      result.status = 'not a page';
      result.error = `not HTML (${type})`;
      return result;
    }
    await budget.run('loading the page', timeout, async () => {
      await page.waitForLoadState('networkidle', { timeout: 5000 }).catch(() => {});
      await page.evaluate(() => document.fonts.ready);
      if (spec.actions?.length) await runActions(page, spec.actions, timeout);
      await page.evaluate(axe);
    });
    let asIs = new Set();
    for (const mode of modes) {
      try {
        await budget.run(`mode ${mode}`, timeout * MODE_BUDGET, () => auditMode(mode));
      } catch (error) {
        // Modes that finished are kept; the page says which one ran out of time, and how to
        // give it more.
        if (!(error instanceof Hung) || !result.modes.length) throw error;
        const done = result.modes.map(m => m.mode);
        result.unfinished = {
          mode,
          notRun: modes.filter(m => !done.includes(m)),
          reason: `${error.message} (twice --timeout); raise --timeout (now ${timeout} ms) for pages this large`,
        };
        return result;
      }
    }
    async function auditMode(mode) {
      const yilanSettings = MODES[mode];
      if (yilanSettings) {
        result.yilan ??= await ensureYilan(page, browser.yilanUrl(spec.url), timeout);
        await page.evaluate(switchYilan, yilanSettings);
      }
      await page.setViewportSize(size);
      await page.evaluate(settleAnimations);
      const run = await axeInFrames({
        top: page.auditFrame?.() ?? handleFrame(page.mainFrame()),
        axe,
        axeVersion: AXE_VERSION,
        context: axeContext(options),
        options: axeRunOptions(axeOptions(options, mode)),
        iframes: options.iframes !== false,
        timeout,
      });
      const found = findings(run.results, run.frames);
      for (const frame of run.notAudited) {
        const key = `${targetKey(frame.target)} ${frame.reason}`;
        const known = result.notAudited?.find(f => `${targetKey(f.target)} ${f.reason}` === key);
        if (known) known.modes.push(mode);
        else (result.notAudited ??= []).push({ ...frame, modes: [mode] });
      }
      const extra = await modeChecks(page, mode, checks, size);
      const violations = [...found.violations, ...extra.found];
      if (options.screenshots) await shoot(page, violations, options.screenshots);
      // Found as-is when the markup or the selector matches (axe may leave a style="" behind).
      const known = (v, n) => asIs.has(key(v.id, n.html)) || asIs.has(at(v.id, n));
      if (mode === 'as-is')
        asIs = new Set(
          violations.flatMap(v => v.nodes.flatMap(n => [key(v.id, n.html), at(v.id, n)])),
        );
      const added =
        mode === 'as-is'
          ? []
          : violations
              .map(v => ({ ...v, nodes: v.nodes.filter(n => !known(v, n)) }))
              .filter(v => v.nodes.length);
      result.modes.push({ mode, violations, added, review: [...found.review, ...extra.review] });
    }
    if (checks.includes('keyboard') && modes.some(m => MODES[m])) {
      const target =
        result.modes.find(m => m.mode === 'yilan') ?? result.modes.find(m => MODES[m.mode]);
      try {
        const walk = await budget.run('the keyboard walk', timeout * MODE_BUDGET, () =>
          keyboardWalk(page),
        );
        target.violations.push(...walk);
        target.added.push(...walk);
      } catch (error) {
        if (error instanceof Hung) {
          result.unfinished = { mode: 'keyboard', notRun: [], reason: error.message };
          return result;
        }
        if (options.signal?.aborted) throw error;
        // A walk the page broke off (it navigated away, say) is for a person to look at.
        target.review.push({
          id: 'yilan-keyboard',
          impact: null,
          help: 'The keyboard walk of the toolbar could not finish',
          nodes: [{ target: ['yilan-toolbar'], html: '', summary: String(error).split('\n')[0] }],
        });
      }
    }
  } catch (error) {
    result.status = 'failed';
    if (error instanceof Hung) result.hung = true;
    result.error =
      error instanceof Hung
        ? `${error.message}: the page or a check hung; raise --timeout (now ${timeout} ms) if it is only slow`
        : String(error instanceof Error ? error.message : error).split('\n')[0];
  } finally {
    await context.close().catch(() => {});
  }
  return result;
}

function axeContext({ include, exclude }) {
  if (!include?.length && !exclude?.length) return undefined;
  return {
    ...(include?.length ? { include } : {}),
    ...(exclude?.length ? { exclude } : {}),
  };
}

function axeOptions({ ruleIds: ids, rules = {}, iframes, checks }, mode) {
  return { ids, rules: { ...extraRules(mode, checks), ...rules }, iframes: iframes !== false };
}

/** Yilan as the site loads it, or injected from this package's copy. */
async function ensureYilan(page, yilanUrl, timeout) {
  if (await page.evaluate(() => !!window.Yilan)) return 'site';
  try {
    await page.addScriptTag({ url: yilanUrl });
    await page.waitForFunction(() => !!window.Yilan, null, { timeout });
  } catch (error) {
    throw new Error(`${INJECT_FAILED}: ${error instanceof Error ? error.message : error}`);
  }
  return 'injected';
}
