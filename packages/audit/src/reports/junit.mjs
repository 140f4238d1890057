// JUnit XML: one suite a page, one case a mode; a failure lists what fails the gate.
import { xml, count, failing, targetText } from './common.mjs';

export function junit(report) {
  // Every suite says which axe-core and browser judged it, as CI servers show suite properties.
  const props = `<properties><property name="axe-core" value="${xml(report.axe)}"/><property name="browser" value="${xml(report.browser)}"/><property name="yilan-audit" value="${xml(report.tool?.version ?? '')}"/><property name="issues failing the gate" value="${report.gate?.issues ?? 0}"/></properties>`;
  const suites = report.pages.map(page => {
    const name = xml(page.url);
    if (page.status !== 'ok')
      return `  <testsuite name="${name}" tests="1" failures="0" errors="${page.status === 'failed' ? 1 : 0}" skipped="${page.status === 'failed' ? 0 : 1}">
    ${props}
    <testcase classname="${name}" name="load">${page.status === 'failed' ? `<error message="${xml(page.error ?? 'did not load')}"/>` : `<skipped message="${xml(page.error ?? 'not run')}"/>`}</testcase>
  </testsuite>`;
    const cases = page.modes.map(mode => {
      const fails = failing(mode);
      const body = fails.length
        ? `<failure message="${count(fails)} violations">${xml(
            fails
              .flatMap(v =>
                v.nodes.map(n => `${v.id} (${v.impact}) ${targetText(n.target)}: ${v.help}`),
              )
              .join('\n'),
          )}</failure>`
        : '';
      return `    <testcase classname="${name}" name="${xml(mode.mode)}">${body}</testcase>`;
    });
    // Frames axe could not run in: an error, as for a page that did not load.
    const frames = page.notAudited ?? [];
    if (frames.length)
      cases.push(
        `    <testcase classname="${name}" name="frames"><error message="${frames.length} frames not audited">${xml(
          frames.map(f => `${targetText(f.target)} ${f.url}: ${f.reason}`).join('\n'),
        )}</error></testcase>`,
      );
    const failures = page.modes.filter(m => failing(m).length).length;
    return `  <testsuite name="${name}" tests="${cases.length}" failures="${failures}" errors="${frames.length ? 1 : 0}">
    ${props}
${cases.join('\n')}
  </testsuite>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>
<testsuites name="yilan-audit" time="${report.seconds}">
${suites.join('\n')}
</testsuites>
`;
}
