// SARIF 2.1.0, for code-scanning dashboards: one run, a rule per axe rule or check, a result per
// violation node with the page as its artifact and the target as its logical location.
import { htmlHash } from '../gate.mjs';
import { framesNotAudited, rows, targetText } from './common.mjs';

const LEVEL = { critical: 'error', serious: 'error', moderate: 'warning', minor: 'note' };

export function sarif(report) {
  const rules = [];
  const index = new Map();
  const results = [];
  for (const { page, mode, v, node, added } of rows(report)) {
    if (!index.has(v.id)) {
      index.set(v.id, rules.length);
      rules.push({
        id: v.id,
        shortDescription: { text: v.help },
        ...(v.helpUrl ? { helpUri: v.helpUrl } : {}),
        properties: { tags: v.tags ?? [] },
      });
    }
    const target = targetText(node.target);
    results.push({
      ruleId: v.id,
      ruleIndex: index.get(v.id),
      level: LEVEL[v.impact] ?? 'error',
      message: { text: `${v.help} (${mode}): ${target}${node.summary ? `\n${node.summary}` : ''}` },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: page.url },
            region: { snippet: { text: node.html } },
          },
          logicalLocations: [{ fullyQualifiedName: target, kind: 'element' }],
        },
      ],
      partialFingerprints: { 'yilanAudit/html/v1': htmlHash(node.html) },
      ...(node.gate === 'baseline'
        ? { baselineState: 'unchanged' }
        : node.gate
          ? { baselineState: 'new' }
          : {}),
      properties: {
        mode,
        impact: v.impact,
        addedByYilan: added,
        gate: node.gate ?? 'not counted',
        ...(node.frame ? { frame: node.frame } : {}),
      },
    });
  }
  return `${JSON.stringify(
    {
      $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
      version: '2.1.0',
      runs: [
        {
          tool: {
            driver: {
              name: 'yilan-audit',
              version: report.tool.version,
              rules,
            },
          },
          invocations: [
            {
              executionSuccessful:
                !report.interrupted &&
                report.pages.every(
                  p =>
                    (p.status === 'ok' && !p.unfinished && !p.notAudited?.length) ||
                    p.status === 'not a page',
                ),
              startTimeUtc: report.started,
              // Frames axe could not run in: what they hold is unchecked.
              toolExecutionNotifications: framesNotAudited(report).map(f => ({
                level: 'error',
                message: {
                  text: `Frame not audited: ${f.where} (${f.url}): ${f.reason}; modes ${f.modes.join(', ')}`,
                },
                locations: [{ physicalLocation: { artifactLocation: { uri: f.page.url } } }],
              })),
            },
          ],
          results,
          properties: {
            axe: report.axe,
            browser: report.browser,
            modes: report.modes,
            issuesFailing: report.gate?.issues ?? 0,
          },
        },
      ],
    },
    null,
    2,
  )}\n`;
}
