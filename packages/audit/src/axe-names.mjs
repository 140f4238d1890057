// Tag and rule names checked against the axe-core that runs the audit, before any browser starts:
// a typo ("WCAG2AA", "image-alts") is a usage error naming the valid values, never pages that "did
// not load" (axe throws on an unknown rule in the page) or a silently narrower audit (axe ignores an
// unknown tag).
import { createRequire } from 'node:module';
import { UsageError } from './modes.mjs';

const require = createRequire(import.meta.url);

/** @type {{ ruleId: string, tags: string[] }[] | undefined} */
let rules;
function axeRules() {
  rules ??= /** @type {{ getRules(): { ruleId: string, tags: string[] }[] }} */ (
    require('axe-core')
  ).getRules();
  return rules;
}

/** What the report calls the rule set when no --tags narrowed it. */
export const DEFAULT_RULE_SET = 'axe-core defaults + target-size';
const NOT_BY_DEFAULT = ['experimental', 'deprecated', 'wcag2aaa'];

/**
 * The axe rules an audit runs. With no tags, axe-core's own default set (what `axe.run()` runs
 * when told nothing: best practices included; experimental, deprecated and AAA rules off) plus
 * target-size, the WCAG 2.2 AA rule axe leaves off by default and older readers' fingers need.
 * With tags, every rule carrying one of them, still without experimental and deprecated rules
 * unless those tags are named.
 * @param {string[] | undefined} tags expanded tags, or undefined for the default
 * @returns {string[]}
 */
export function ruleIds(tags) {
  const all = axeRules();
  if (!tags)
    return all.filter(r => !r.tags.some(t => NOT_BY_DEFAULT.includes(t))).map(r => r.ruleId);
  const off = ['experimental', 'deprecated'].filter(t => !tags.includes(t));
  return all
    .filter(r => r.tags.some(t => tags.includes(t)) && !r.tags.some(t => off.includes(t)))
    .map(r => r.ruleId);
}

/** Edit distance, for "did you mean". */
function distance(a, b) {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length];
}

/** The closest known name: the same letters in another case, else one at most 2 edits away. */
export function closest(name, known) {
  const lower = name.toLowerCase();
  const same = known.find(k => k.toLowerCase() === lower);
  if (same) return same;
  let best;
  let score = 3;
  for (const k of known) {
    const d = distance(lower, k.toLowerCase());
    if (d < score) [best, score] = [k, d];
  }
  return best;
}

function refuse(flag, kind, unknown, known, shown) {
  const hints = unknown.map(name => {
    const guess = closest(name, known);
    return guess ? `${name} (did you mean ${guess}?)` : name;
  });
  return new UsageError(`${flag}: unknown ${kind} ${hints.join(', ')}; ${shown}`);
}

/**
 * @param {string[]} tags as given (levels not yet expanded)
 * @param {string[]} presets the level names yilan-audit expands itself
 */
export function checkTags(tags, presets) {
  const known = [...new Set([...presets, ...axeRules().flatMap(r => r.tags)])];
  const unknown = tags.filter(t => !known.includes(t));
  if (unknown.length)
    throw refuse('--tags', 'tag', unknown, known, `common tags: ${presets.join(', ')}`);
}

/** @param {string[]} ids @param {string} flag */
export function checkRules(ids, flag) {
  const known = axeRules().map(r => r.ruleId);
  const unknown = ids.filter(id => !known.includes(id));
  if (unknown.length)
    throw refuse(
      flag,
      'rule',
      unknown,
      known,
      `axe-core's rules: https://dequeuniversity.com/rules/axe/4.14`,
    );
}
