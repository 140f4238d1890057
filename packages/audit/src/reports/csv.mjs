// CSV: one row a violation node (RFC 4180 quoting), for spreadsheets and issue trackers.
import { rows, targetText } from './common.mjs';

const HEAD = [
  'page',
  'mode',
  'rule',
  'impact',
  'target',
  'html',
  'help',
  'added_by_yilan',
  'gate',
  'contrast_ratio',
  'help_url',
  'axe_core',
  'browser',
  'frame',
];
const cell = value => {
  const text = value === undefined || value === null ? '' : String(value);
  // A leading =, +, - or @ would run as a formula in a spreadsheet.
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

export function csv(report) {
  const lines = [HEAD.join(',')];
  for (const { page, mode, v, node, added } of rows(report))
    lines.push(
      [
        page.url,
        mode,
        v.id,
        v.impact,
        targetText(node.target),
        node.html,
        v.help,
        added ? 'yes' : 'no',
        node.gate ?? '',
        node.contrast?.ratio,
        v.helpUrl,
        report.axe,
        report.browser,
        node.frame,
      ]
        .map(cell)
        .join(','),
    );
  return `${lines.join('\r\n')}\r\n`;
}
