// Helpers every report format shares.

export const xml = text =>
  String(text).replace(
    /[<>&"']/g,
    c => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c],
  );
export const count = findings => findings.reduce((n, v) => n + v.nodes.length, 0);
/** The findings of a mode with only the nodes that fail the gate. */
export const failing = mode =>
  mode.violations
    .map(v => ({ ...v, nodes: v.nodes.filter(n => n.gate === 'fail') }))
    .filter(v => v.nodes.length);
export const targetText = target =>
  target.map(p => (Array.isArray(p) ? p.join(' >>> ') : p)).join(' |> ');
/** Every violation node of the report, flat, for the list formats. */
export function* rows(report) {
  for (const page of report.pages)
    for (const mode of page.modes)
      for (const v of mode.violations)
        for (const node of v.nodes) {
          const added = mode.added.some(
            a =>
              a.id === v.id && a.nodes.some(n => targetText(n.target) === targetText(node.target)),
          );
          yield { page, mode: mode.mode, v, node, added };
        }
}

const RANK = ['critical', 'serious', 'moderate', 'minor'];

/**
 * What fails the gate as issues: by rule (worst impact first), then element (page and target),
 * each with the modes it fails in. One element in 13 modes is one thing to fix, not 13.
 */
export function gateIssues(report) {
  /** @type {Map<string, { id: string, impact: string | null, help: string, helpUrl?: string, elements: Map<string, { page: string, target: string, frame?: string, html: string, modes: string[] }> }>} */
  const rules = new Map();
  for (const page of report.pages)
    for (const mode of page.modes)
      for (const v of mode.violations)
        for (const node of v.nodes) {
          if (node.gate !== 'fail') continue;
          const rule = rules.get(v.id) ?? {
            id: v.id,
            impact: v.impact,
            help: v.help,
            helpUrl: v.helpUrl,
            elements: new Map(),
          };
          rules.set(v.id, rule);
          const target = targetText(node.target);
          const key = `${page.target ?? ''} ${page.url} ${target.replace(/\s+/g, ' ')}`;
          const element = rule.elements.get(key) ?? {
            page: page.url,
            target,
            frame: node.frame,
            html: node.html,
            modes: [],
          };
          if (!element.modes.includes(mode.mode)) element.modes.push(mode.mode);
          rule.elements.set(key, element);
        }
  const rank = impact => (RANK.includes(impact) ? RANK.indexOf(impact) : 1);
  return [...rules.values()]
    .map(r => ({ ...r, elements: [...r.elements.values()] }))
    .sort((a, b) => rank(a.impact) - rank(b.impact) || a.id.localeCompare(b.id));
}

/** "6 issues (12 findings across modes)": what fails, counted as things to fix. */
export const issueCount = gate =>
  `${plural(gate?.issues ?? 0, 'issue')} (${plural(gate?.failing ?? 0, 'finding')} across modes)`;

/** Frames the run could not audit, a row each, with the page they are in. */
export const framesNotAudited = report =>
  report.pages.flatMap(page =>
    (page.notAudited ?? []).map(f => ({ page, ...f, where: targetText(f.target) })),
  );

/** A node's target, with the URL of the frame it is in. */
export const targetIn = node =>
  `${targetText(node.target)}${node.frame ? ` (in the frame ${node.frame})` : ''}`;

/** "1 page", "3 pages". */
export const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The rule set a report was judged by, in words ("axe-core defaults + target-size, 91 rules"). */
export const ruleSet = report =>
  report.ruleSet
    ? `${report.ruleSet.name}, ${plural(report.ruleSet.rules, 'rule')}`
    : `tags ${(report.tags ?? []).join(', ')}`;
