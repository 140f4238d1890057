// Which findings fail the run: the gate (any violation, or only those Yilan adds), a floor of
// impact, the baseline (known findings pass; what was fixed is listed), and thresholds that allow
// a number of findings by rule, page, mode or impact. Works on a finished report, so `merge` of
// shards judges exactly as a single run does.
import { createHash } from 'node:crypto';
import { UsageError } from './modes.mjs';

export const IMPACTS = ['minor', 'moderate', 'serious', 'critical'];
const rank = impact => IMPACTS.indexOf(impact ?? 'serious');

/** The page part of a baseline key: path and query, so staging and production share a baseline. */
export const pageKey = url => {
  try {
    const u = new URL(url);
    return `${u.pathname}${u.search}`;
  } catch {
    return url;
  }
};
/** A target as text: shadow paths joined by ">>>", frames by "|>", whitespace collapsed. */
export const targetKey = target =>
  target
    .map(part => (Array.isArray(part) ? part.join(' >>> ') : String(part)))
    .join(' |> ')
    .replace(/\s+/g, ' ')
    .trim();
/** An element's markup without Yilan's attributes or the empty style="" axe may leave behind. */
export const plainHtml = html => html.replace(/ data-yilan-[\w-]+="[^"]*"| style=""/g, '');
/** A hash of the element's markup, for when its selector churns between builds. */
export const htmlHash = html =>
  createHash('sha256')
    .update(plainHtml(html).replace(/\s+/g, ' ').trim())
    .digest('hex')
    .slice(0, 16);

/** A page URL against a pattern: exact, or a glob where * is any run of characters. */
export function matchPage(pattern, url) {
  if (!pattern) return true;
  const re = new RegExp(
    `^${pattern
      .split('*')
      .map(s => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`,
  );
  return re.test(url) || re.test(pageKey(url));
}

/**
 * Marks each counted node with `gate`: "fail", "baseline" (known), or "allowed" (within a
 * threshold), and returns the summary the reports and the exit code use.
 * @param {object} report
 * @param {{ gate?: 'any' | 'added', failOn?: string, baseline?: { entries: object[] },
 *   thresholds?: { rule?: string, page?: string, mode?: string, impact?: string, max: number }[],
 *   today?: string }} rules
 */
export function judge(report, rules = {}) {
  const gate = rules.gate ?? 'any';
  const floor = rank(rules.failOn ?? 'minor');
  const today = rules.today ?? new Date().toISOString().slice(0, 10);
  const all = rules.baseline?.entries ?? [];
  const expired = all.filter(e => e.expires && e.expires < today);
  const live = all.filter(e => !expired.includes(e));
  const used = new Set();
  const counts = new Map();
  let failing = 0;
  let baselined = 0;
  let allowed = 0;
  const candidates = [];
  for (const page of report.pages) {
    for (const mode of page.modes) {
      const added = new Set(
        mode.added.flatMap(v => v.nodes.map(n => `${v.id} ${targetKey(n.target)}`)),
      );
      for (const v of mode.violations) {
        for (const node of v.nodes) {
          delete node.gate;
          if (gate === 'added' && !added.has(`${v.id} ${targetKey(node.target)}`)) continue;
          if (rank(v.impact) < floor) continue;
          candidates.push({ page, mode: mode.mode, v, node });
        }
      }
    }
  }
  // Exact identity first, then the markup hash, so a moved element keeps its entry.
  const same = (e, c, byHash) =>
    e.page === pageKey(c.page.url) &&
    (e.site ?? undefined) === (c.page.target ?? undefined) &&
    e.mode === c.mode &&
    e.rule === c.v.id &&
    (byHash ? e.hash === htmlHash(c.node.html) : e.target === targetKey(c.node.target));
  for (const byHash of [false, true])
    for (const c of candidates) {
      if (c.node.gate) continue;
      const i = live.findIndex((e, n) => !used.has(n) && same(e, c, byHash));
      if (i < 0) continue;
      used.add(i);
      c.node.gate = 'baseline';
      c.entry = live[i];
      baselined++;
    }
  for (const c of candidates) {
    if (c.node.gate) continue;
    const t = (rules.thresholds ?? []).findIndex(
      t =>
        (!t.rule || t.rule === c.v.id) &&
        (!t.mode || t.mode === c.mode) &&
        (!t.impact || t.impact === c.v.impact) &&
        matchPage(t.page, c.page.url),
    );
    const n = (counts.get(t) ?? 0) + 1;
    counts.set(t, n);
    if (t >= 0 && n <= rules.thresholds[t].max) {
      c.node.gate = 'allowed';
      allowed++;
    } else {
      c.node.gate = 'fail';
      failing++;
    }
  }
  // An issue is one element failing one rule, however many modes show it: what there is to fix.
  const issues = new Set(
    candidates
      .filter(c => c.node.gate === 'fail')
      .map(c => `${c.v.id} ${c.page.target ?? ''} ${c.page.url} ${targetKey(c.node.target)}`),
  ).size;
  const audited = new Set(
    report.pages.flatMap(p => p.modes.map(m => `${p.target ?? ''} ${pageKey(p.url)} ${m.mode}`)),
  );
  const fixed = live.filter(
    (e, i) => !used.has(i) && audited.has(`${e.site ?? ''} ${e.page} ${e.mode}`),
  );
  return {
    gate,
    failOn: IMPACTS[floor],
    failing,
    issues,
    baselined,
    allowed,
    fixed,
    expired,
    unstable: report.pages.filter(p => p.unstable).length,
    candidates,
    passed: failing === 0,
  };
}

/**
 * The baseline after this run: fixed entries pruned, the rest kept with their reasons; new
 * findings added only when asked. Entries for pages or modes not audited are kept.
 */
export function updatedBaseline(report, verdict, baseline, { addNew = false } = {}) {
  const fixed = new Set(verdict.fixed);
  const kept = (baseline?.entries ?? []).filter(e => !fixed.has(e));
  // An entry matched through its hash takes the element's current selector.
  for (const c of verdict.candidates) if (c.entry) c.entry.target = targetKey(c.node.target);
  if (addNew)
    for (const c of verdict.candidates)
      if (c.node.gate === 'fail' || c.node.gate === 'allowed')
        kept.push({
          page: pageKey(c.page.url),
          ...(c.page.target ? { site: c.page.target } : {}),
          mode: c.mode,
          rule: c.v.id,
          target: targetKey(c.node.target),
          hash: htmlHash(c.node.html),
        });
  kept.sort((a, b) =>
    `${a.page} ${a.mode} ${a.rule} ${a.target}`.localeCompare(
      `${b.page} ${b.mode} ${b.rule} ${b.target}`,
    ),
  );
  return { schema: 1, tool: 'yilan-audit', entries: kept };
}

/** Reads a baseline file's JSON; a malformed one is a usage error, a missing one is empty. */
export function parseBaseline(text, file) {
  if (text === undefined) return { schema: 1, entries: [] };
  let data;
  try {
    data = JSON.parse(text);
  } catch {
    throw new UsageError(`the baseline ${file} is not JSON`);
  }
  if (!data || !Array.isArray(data.entries))
    throw new UsageError(`the baseline ${file} has no "entries" list`);
  for (const [i, e] of data.entries.entries())
    if (
      !e ||
      typeof e.page !== 'string' ||
      typeof e.mode !== 'string' ||
      typeof e.rule !== 'string'
    )
      throw new UsageError(`the baseline ${file}: entry ${i + 1} needs page, mode and rule`);
  return data;
}

/** A threshold from the command line: "rule=color-contrast,mode=as-is,max=3". */
export function parseThreshold(text) {
  const t = {};
  for (const pair of text.split(',')) {
    const [k, v] = pair.split('=').map(s => s?.trim());
    if (!['rule', 'page', 'mode', 'impact', 'max'].includes(k) || !v)
      throw new UsageError(`--threshold ${text}: use rule=, page=, mode=, impact= and max=`);
    t[k] = k === 'max' ? Number(v) : v;
  }
  return checkThreshold(t, `--threshold ${text}`);
}

export function checkThreshold(t, where) {
  if (!Number.isInteger(t?.max) || t.max < 0)
    throw new UsageError(`${where}: max must be a whole number`);
  if (t.impact && !IMPACTS.includes(t.impact))
    throw new UsageError(`${where}: impact must be one of ${IMPACTS.join(', ')}`);
  return t;
}
