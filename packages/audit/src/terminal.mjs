// What the terminal says last: the findings that fail the gate, so a QA engineer sees what to fix
// without opening a report. One line per issue (rule, page, element) with the modes it was seen in,
// not one per mode: a missing alt text in 13 modes is one thing to fix.
import { targetKey } from './gate.mjs';
import { framesNotAudited } from './reports/common.mjs';

const SHOWN = 20;

/** @param {{ candidates: { page: { url: string }, mode: string, v: { id: string, impact: string | null, help: string }, node: { target: unknown[], frame?: string, gate?: string } }[] }} verdict */
export function failingList(verdict) {
  /** @type {Map<string, { rule: string, impact: string | null, help: string, url: string, target: string, frame?: string, modes: string[] }>} */
  const issues = new Map();
  for (const c of verdict.candidates) {
    if (c.node.gate !== 'fail') continue;
    const target = targetKey(c.node.target);
    const id = `${c.v.id} ${c.page.url} ${target}`;
    const issue = issues.get(id) ?? {
      rule: c.v.id,
      impact: c.v.impact,
      help: c.v.help,
      url: c.page.url,
      target,
      frame: c.node.frame,
      modes: [],
    };
    if (!issue.modes.includes(c.mode)) issue.modes.push(c.mode);
    issues.set(id, issue);
  }
  if (!issues.size) return '';
  const all = [...issues.values()];
  const findings = all.reduce((n, i) => n + i.modes.length, 0);
  const lines = all.slice(0, SHOWN).map(i => {
    const modes =
      i.modes.length > 3
        ? `${i.modes.slice(0, 3).join(', ')} +${i.modes.length - 3} modes`
        : i.modes.join(', ');
    const frame = i.frame ? `\n      in the frame ${i.frame}` : '';
    return `  ${i.rule}${i.impact ? ` (${i.impact})` : ''}  ${i.url}  ${i.target}  [${modes}]${frame}\n      ${i.help}`;
  });
  const rest = all.length > SHOWN ? `\n  … and ${all.length - SHOWN} more: see the reports.` : '';
  return `\nFails the gate: ${all.length} ${all.length === 1 ? 'issue' : 'issues'} (${findings} findings across modes)\n${lines.join('\n')}${rest}\n`;
}

/** Frames axe could not run in: each named, with why, so a gap in the audit is never silent. */
export function notAuditedList(report) {
  const frames = framesNotAudited(report);
  if (!frames.length) return '';
  const lines = frames.map(
    f => `  ${f.page.url}  ${f.where}  ${f.url}\n      ${f.reason}  [${f.modes.join(', ')}]`,
  );
  return `\nNot audited: ${frames.length} ${frames.length === 1 ? 'frame' : 'frames'} (the run is incomplete; --exclude a frame to leave it out)\n${lines.join('\n')}\n`;
}
