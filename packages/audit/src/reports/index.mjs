// Every report of one run, each to its own path; the JSON keeps everything the others are made of.
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { junit } from './junit.mjs';
import { markdown } from './markdown.mjs';
import { sarif } from './sarif.mjs';
import { csv } from './csv.mjs';
import { html } from './html.mjs';

const FORMATS = { junit, markdown, sarif, csv, html };
export const REPORT_OPTIONS = ['json', ...Object.keys(FORMATS)];

/** The report as JSON: the gate's summary without its working list. */
export function json(report) {
  const gate = { ...report.gate };
  delete gate.candidates;
  return `${JSON.stringify({ ...report, gate }, null, 2)}\n`;
}

/** @param {Record<string, string | undefined>} paths format → file */
export async function writeReports(report, paths) {
  for (const format of REPORT_OPTIONS) {
    const file = paths[format];
    if (!file) continue;
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, format === 'json' ? json(report) : FORMATS[format](report));
  }
}
