// The command's options: flags on the command line, the same names in camelCase in a config
// file. `settle()` checks them all before a browser starts, so a mistake is exit 2 at once.
import { availableParallelism } from 'node:os';
import { pickModes, expandTags, UsageError, TAG_PRESETS } from './modes.mjs';
import { checkRules, checkTags } from './axe-names.mjs';
import { CHECKS } from './checks.mjs';
import { IMPACTS, checkThreshold, parseThreshold } from './gate.mjs';
import { checkActions } from './actions.mjs';
import { REPORT_OPTIONS } from './reports/index.mjs';
import { checkEngine } from './engines/index.mjs';

const S = { type: 'string' };
const M = { type: 'string', multiple: true };
const B = { type: 'boolean' };
/** Flags as node:util parseArgs wants them. */
export const FLAGS = {
  config: S,
  target: M,
  'urls-file': S,
  sitemap: M,
  crawl: B,
  'max-depth': S,
  'max-pages': S,
  'crawl-include': M,
  'crawl-exclude': M,
  'ignore-robots': B,
  'crawl-delay': S,
  serve: S,
  'start-server': S,
  'ready-pattern': S,
  'ready-url': S,
  setup: S,
  'http-credentials': S,
  header: M,
  modes: S,
  tags: S,
  rules: S,
  'disable-rules': S,
  include: M,
  exclude: M,
  'no-iframes': B,
  checks: S,
  screenshots: S,
  gate: S,
  'fail-on': S,
  threshold: M,
  baseline: S,
  'update-baseline': B,
  'add-to-baseline': B,
  json: S,
  junit: S,
  markdown: S,
  sarif: S,
  csv: S,
  html: S,
  yilan: S,
  browser: S,
  'browser-path': S,
  viewport: S,
  timeout: S,
  'max-time': S,
  concurrency: S,
  retries: S,
  confirm: S,
  shard: S,
  help: B,
  version: B,
};

const camel = flag => flag.replace(/-(\w)/g, (_, c) => c.toUpperCase());
const list = value =>
  value === undefined
    ? []
    : (Array.isArray(value) ? value : String(value).split(','))
        .flatMap(v => (typeof v === 'string' ? v.split(',') : [v]))
        .map(v => (typeof v === 'string' ? v.trim() : v))
        .filter(Boolean);

/** Command-line values (kebab-case) as config keys (camelCase). */
export function fromFlags(values) {
  const out = {};
  for (const [flag, value] of Object.entries(values)) {
    if (value === undefined) continue;
    if (flag === 'no-iframes') out.iframes = !value;
    else if (flag === 'ignore-robots') out.robots = !value;
    else out[camel(flag)] = value;
  }
  return out;
}

const KNOWN = new Set([
  ...Object.keys(FLAGS).map(camel),
  'urls',
  'iframes',
  'robots',
  'thresholds',
  'name',
  'targets',
  'noIframes',
  'ignoreRobots',
]);

/** The window pages are audited in: "WxH", or a preset (a phone is also touch and mobile). */
const VIEWPORTS = {
  desktop: { width: 1280, height: 800, mobile: false },
  phone: { width: 360, height: 740, mobile: true },
};
export function viewportOf(value) {
  if (value === undefined) return VIEWPORTS.desktop;
  const preset = VIEWPORTS[String(value).toLowerCase()];
  if (preset) return preset;
  const m = String(value).match(/^(\d{3,4})x(\d{3,4})$/);
  if (!m || Number(m[1]) < 200 || Number(m[2]) < 200)
    throw new UsageError(
      `--viewport must be WxH (e.g. 1280x800, each 200 to 9999) or phone or desktop`,
    );
  return { width: Number(m[1]), height: Number(m[2]), mobile: false };
}

function whole(value, name, { min = 0, max = Infinity, fallback } = {}) {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max)
    throw new UsageError(
      `--${name} must be a whole number${max < Infinity ? ` from ${min} to ${max}` : ` of at least ${min}`}`,
    );
  return n;
}

/**
 * Checks and normalises one target's options (config merged with flags).
 * @returns the options `audit()` and the command need
 */
export function settle(o, where = 'options') {
  const unknown = Object.keys(o).filter(k => !KNOWN.has(k));
  if (unknown.length) throw new UsageError(`unknown option ${unknown.join(', ')} in ${where}`);
  const gate = o.gate ?? 'any';
  if (!['any', 'added'].includes(gate)) throw new UsageError('--gate must be any or added');
  const failOn = o.failOn ?? 'minor';
  if (!IMPACTS.includes(failOn))
    throw new UsageError(`--fail-on must be one of ${IMPACTS.join(', ')}`);
  const checks = o.checks === undefined ? CHECKS : list(o.checks).filter(c => c !== 'none');
  const badCheck = checks.find(c => c !== 'all' && !CHECKS.includes(c));
  if (badCheck) throw new UsageError(`unknown check ${badCheck}; checks: ${CHECKS.join(', ')}`);
  checkRules(list(o.rules), '--rules');
  checkRules(list(o.disableRules), '--disable-rules');
  if (o.tags !== undefined) checkTags(list(o.tags), TAG_PRESETS);
  const rules = {};
  for (const id of list(o.rules)) rules[id] = { enabled: true };
  for (const id of list(o.disableRules)) rules[id] = { enabled: false };
  const thresholds = [
    ...(o.thresholds ?? []).map((t, i) => checkThreshold(t, `thresholds[${i}]`)),
    ...[o.threshold ?? []]
      .flat()
      .map(t => (typeof t === 'string' ? parseThreshold(t) : checkThreshold(t, 'threshold'))),
  ];
  const urls = [];
  for (const [i, entry] of list(o.urls).entries()) {
    const spec = typeof entry === 'string' ? { url: entry } : entry;
    if (!spec || typeof spec.url !== 'string') throw new UsageError(`urls[${i}] needs a "url"`);
    if (spec.actions) checkActions(spec.actions, spec.url);
    urls.push(spec);
  }
  let shard;
  if (o.shard !== undefined) {
    const m = /^(\d+)\/(\d+)$/.exec(String(o.shard));
    if (!m || +m[1] < 1 || +m[1] > +m[2])
      throw new UsageError('--shard must be i/n with 1 ≤ i ≤ n, e.g. 2/4');
    shard = { current: +m[1], total: +m[2] };
  }
  const selectors = value => list(value).map(selector);
  const browser = o.browser ?? 'chromium';
  const settled = {
    name: o.name,
    urls,
    urlsFile: o.urlsFile,
    sitemap: list(o.sitemap),
    crawl: !!o.crawl,
    maxDepth: whole(o.maxDepth, 'max-depth', { fallback: 3 }),
    maxPages: whole(o.maxPages, 'max-pages', { min: 1, fallback: 100 }),
    crawlInclude: list(o.crawlInclude),
    crawlExclude: list(o.crawlExclude),
    robots: o.robots !== false,
    crawlDelay: whole(o.crawlDelay, 'crawl-delay'),
    serve: o.serve,
    startServer: o.startServer,
    readyPattern: o.readyPattern,
    readyUrl: o.readyUrl,
    setup: o.setup,
    ...credentials(o),
    modes: pickModes(Array.isArray(o.modes) ? o.modes.join(',') : o.modes),
    // No --tags: axe-core's own default rule set (axe-names.mjs ruleIds).
    tags: o.tags === undefined ? undefined : expandTags(list(o.tags).join(',')),
    rules,
    include: selectors(o.include),
    exclude: selectors(o.exclude),
    iframes: o.iframes !== false,
    checks: checks.includes('all') ? CHECKS : checks,
    // An HTML report shows 3 screenshots per finding, where the engine can take them.
    screenshots: whole(o.screenshots, 'screenshots', {
      fallback: o.html && browser === 'chromium' ? 3 : 0,
    }),
    gate,
    failOn,
    thresholds,
    baseline: o.baseline,
    updateBaseline: !!o.updateBaseline,
    addToBaseline: !!o.addToBaseline,
    reports: Object.fromEntries(REPORT_OPTIONS.map(f => [f, o[f]])),
    yilanDir: o.yilan,
    browser,
    browserPath: o.browserPath,
    viewport: viewportOf(o.viewport),
    timeout: whole(o.timeout, 'timeout', { min: 1, fallback: 30_000 }),
    maxTime: whole(o.maxTime, 'max-time', { min: 1 }),
    concurrency: whole(o.concurrency, 'concurrency', {
      min: 1,
      max: 64,
      fallback: availableParallelism(),
    }),
    retries: whole(o.retries, 'retries', { max: 5, fallback: 1 }),
    confirm: whole(o.confirm, 'confirm', { max: 10, fallback: 0 }),
    shard,
  };
  checkEngine(browser, settled);
  return settled;
}

/**
 * A selector as axe's context wants it: "a >>> b" reaches into a's shadow root, "iframe |> b"
 * into a frame; plain CSS passes as is.
 */
export function selector(text) {
  if (typeof text !== 'string') return text;
  const frames = text.split(/\s+\|>\s+/).map(part => {
    const shadow = part.split(/\s+>>>\s+/);
    return shadow.length > 1 ? { fromShadowDom: shadow } : part;
  });
  return frames.length > 1 ? { fromFrames: frames } : frames[0];
}

/** HTTP basic auth ("user:password") and extra headers ("Name: value") for every request. */
function credentials(o) {
  const out = {};
  if (o.httpCredentials !== undefined) {
    const text = String(o.httpCredentials);
    const at = text.indexOf(':');
    if (at < 1) throw new UsageError('--http-credentials must be user:password');
    out.httpCredentials = { username: text.slice(0, at), password: text.slice(at + 1) };
  }
  const headers = {};
  for (const h of [o.header ?? []].flat()) {
    const m = /^([\w-]+):\s*(.*)$/.exec(String(h));
    if (!m) throw new UsageError(`--header ${h}: use "Name: value"`);
    headers[m[1]] = m[2];
  }
  if (Object.keys(headers).length) out.extraHTTPHeaders = headers;
  return out;
}
