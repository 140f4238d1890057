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
