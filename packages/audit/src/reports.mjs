// Report formats written from one run's result: JUnit XML (one suite a page, one case a mode) and
// a Markdown summary for pull requests.

const xml = text =>
  String(text).replace(
    /[<>&"']/g,
    c => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c],
  );
const nodes = violations => violations.reduce((n, v) => n + v.nodes.length, 0);
const md = text => String(text).replace(/[|\\`*_[\]<>]/g, c => `\\${c}`);

/** @param {'any' | 'added'} gate which findings fail a case */
export function junit(report, gate = 'any') {
  const suites = report.pages.map(page => {
    if (page.status === 'failed')
      return `  <testsuite name="${xml(page.url)}" tests="1" failures="0" errors="1">
    <testcase classname="${xml(page.url)}" name="load"><error message="${xml(page.error ?? 'did not load')}"/></testcase>
  </testsuite>`;
    const cases = page.modes.map(mode => {
      const failing = gate === 'added' ? mode.added : mode.violations;
      const body = failing.length
        ? `<failure message="${nodes(failing)} violations">${xml(
            failing
              .flatMap(v =>
                v.nodes.map(n => `${v.id} (${v.impact}) ${n.target.join(' ')}: ${v.help}`),
              )
              .join('\n'),
          )}</failure>`
        : '';
      return `    <testcase classname="${xml(page.url)}" name="${xml(mode.mode)}">${body}</testcase>`;
    });
    const failures = page.modes.filter(m => (gate === 'added' ? m.added : m.violations).length);
    return `  <testsuite name="${xml(page.url)}" tests="${cases.length}" failures="${failures.length}" errors="0">
${cases.join('\n')}
  </testsuite>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>
<testsuites name="yilan-audit" time="${report.seconds}">
${suites.join('\n')}
</testsuites>
`;
}

export function markdown(report) {
  const modes = report.modes;
  const rows = report.pages.map(page =>
    page.status === 'failed'
      ? `| ${md(page.url)} | did not load: ${md(page.error ?? '')} |${' |'.repeat(Math.max(0, modes.length - 1))}`
      : `| ${md(page.url)} | ${page.modes
          .map(m => `${nodes(m.violations)}${m.added.length ? ` (+${nodes(m.added)} Yilan)` : ''}`)
          .join(' | ')} |`,
  );
  const added = report.pages.flatMap(page =>
    page.modes.flatMap(m =>
      m.added.flatMap(v =>
        v.nodes.map(n => `- ${md(page.url)}, ${m.mode}: \`${v.id}\` ${md(n.target.join(' '))}`),
      ),
    ),
  );
  return [
    '## yilan-audit',
    '',
    `${report.pages.length} pages × ${modes.length} modes, axe-core ${report.axe}, ${report.browser}. Cells: violations (and those Yilan adds).`,
    '',
    `| page | ${modes.join(' | ')} |`,
    `| --- |${' ---: |'.repeat(modes.length)}`,
    ...rows,
    '',
    added.length ? `### Added by Yilan\n\n${added.join('\n')}` : 'Yilan adds no violation.',
    '',
  ].join('\n');
}
