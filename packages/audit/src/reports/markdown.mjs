// A Markdown summary for a pull request: pages × modes, then what fails, what Yilan adds, what
// was fixed since the baseline.
import {
  count,
  framesNotAudited,
  gateIssues,
  issueCount,
  plural,
  ruleSet,
  targetIn,
} from './common.mjs';

const md = text => String(text).replace(/[|\\`*_[\]<>]/g, c => `\\${c}`);

export function markdown(report) {
  const modes = report.modes;
  const gate = report.gate;
  const rows = report.pages.map(page =>
    page.status !== 'ok'
      ? `| ${md(page.url)} | ${page.status === 'failed' ? 'did not load' : page.status}: ${md(page.error ?? '')} |${' |'.repeat(Math.max(0, modes.length - 1))}`
      : `| ${md(page.url)}${page.unstable ? ' (unstable)' : ''} | ${modes
          .map(name => page.modes.find(m => m.mode === name))
          .map(m =>
            m
              ? `${count(m.violations)}${m.added.length ? ` (+${count(m.added)} Yilan)` : ''}`
              : `not run: ${md(page.unfinished?.reason ?? '')}`,
          )
          .join(' | ')} |`,
  );
  const list = pick =>
    report.pages.flatMap(page =>
      page.modes.flatMap(m =>
        pick(m).flatMap(v =>
          v.nodes.map(
            n => `- ${md(page.url)}, ${m.mode}: \`${v.id}\` (${v.impact}) ${md(targetIn(n))}`,
          ),
        ),
      ),
    );
  const fails = gateIssues(report).flatMap(rule =>
    rule.elements.map(
      e =>
        `- \`${rule.id}\` (${rule.impact}) ${md(e.page)}: ${md(e.target)}${e.frame ? ` (in the frame ${md(e.frame)})` : ''}, in ${md(e.modes.join(', '))}`,
    ),
  );
  const added = list(m => m.added);
  const notAudited = framesNotAudited(report).map(
    f =>
      `- ${md(f.page.url)}: frame ${md(f.where)} (${md(f.url)}): ${md(f.reason)}; modes ${md(f.modes.join(', '))}`,
  );
  const fixed = (gate?.fixed ?? []).map(
    e => `- ${md(e.page)}, ${e.mode}: \`${e.rule}\` ${md(e.target ?? '')}`,
  );
  return [
    '## yilan-audit',
    '',
    `${plural(report.pages.length, 'page')} × ${plural(modes.length, 'mode')}, axe-core ${report.axe} (${ruleSet(report)}), ${report.browser}. ` +
      `${gate?.failing ? `**Failed: ${issueCount(gate)}.**` : gate?.passed === false ? '**Incomplete.**' : '**Passed.**'} Cells: violations (and those Yilan adds).`,
    '',
    `| page | ${modes.join(' | ')} |`,
    `| --- |${' ---: |'.repeat(modes.length)}`,
    ...rows,
    '',
    fails.length
      ? `### Fails the gate: ${issueCount(gate)}\n\n${fails.slice(0, 200).join('\n')}${fails.length > 200 ? `\n- … and ${fails.length - 200} more` : ''}`
      : '',
    notAudited.length
      ? `\n### Frames not audited\n\naxe could not run in these frames: what they hold is unchecked, and the run is incomplete.\n\n${notAudited.join('\n')}\n`
      : '',
    added.length ? `### Added by Yilan\n\n${added.join('\n')}` : 'Yilan adds no violation.',
    fixed.length ? `\n### Fixed since the baseline\n\n${fixed.join('\n')}` : '',
    '',
  ].join('\n');
}
