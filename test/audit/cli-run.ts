import { execFile, spawn } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// yilan-audit, run as a user runs it: the bin, in a child process.

export const BIN = join(import.meta.dirname, '../../packages/audit/bin/yilan-audit.mjs');

export interface Node {
  target: unknown[];
  /** The URL of the frame the element is in (absent in the top document). */
  frame?: string;
  html: string;
  summary: string;
  gate?: string;
  screenshot?: string;
  contrast?: { fg: string; bg: string; ratio: number; expected?: number };
}
export interface Finding {
  id: string;
  impact: string | null;
  nodes: Node[];
}
export interface Mode {
  mode: string;
  violations: Finding[];
  added: Finding[];
  review: Finding[];
  unstable?: Finding[];
}
export interface Page {
  index: number;
  url: string;
  target?: string;
  status: string;
  error?: string;
  unstable?: string;
  yilan?: string;
  csp?: string;
  /** A mode that ran out of time: the ones after it were not run. */
  unfinished?: { mode: string; notRun: string[]; reason: string };
  /** Frames axe could not run in, each with why and the modes it was met in. */
  notAudited?: { target: unknown[]; url: string; reason: string; modes: string[] }[];
  modes: Mode[];
}
export interface Report {
  schema: number;
  axe: string;
  browser: string;
  modes: string[];
  interrupted?: boolean;
  viewport: { width: number; height: number; mobile: boolean };
  gate: {
    failing: number;
    baselined: number;
    allowed: number;
    passed: boolean;
    complete: boolean;
    fixed: { rule: string; page: string; mode: string; target: string }[];
    expired: unknown[];
  };
  pages: Page[];
}

export function run(
  args: string[],
  cwd?: string,
  env?: Record<string, string>,
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise(resolve => {
    execFile(
      process.execPath,
      [BIN, ...args],
      { timeout: 170_000, cwd, env: { ...process.env, ...env } },
      (error, stdout, stderr) =>
        resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

export const tempDir = () => mkdtemp(join(tmpdir(), 'yilan-audit-'));

export async function audit(args: string[], cwd?: string, env?: Record<string, string>) {
  const dir = await tempDir();
  const json = join(dir, 'report.json');
  const result = await run([...args, '--json', json], cwd, env);
  const report = JSON.parse(await readFile(json, 'utf8').catch(() => 'null')) as Report | null;
  return { ...result, report, dir };
}

/** The bin as a child process the test can signal. */
export function start(args: string[]) {
  const child = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  child.stdout.on('data', d => (stdout += d));
  const exit = new Promise<number>(r => child.on('exit', code => r(code ?? -1)));
  return { child, exit, output: () => stdout };
}

/** Every violation of a report as "mode rule target" lines, for readable failures. */
export const lines = (report: Report | null) =>
  (report?.pages ?? []).flatMap(p =>
    p.modes.flatMap(m =>
      m.violations.flatMap(v =>
        v.nodes.map(n => `${p.url} ${m.mode} ${v.id} ${JSON.stringify(n.target)} ${n.summary}`),
      ),
    ),
  );

export const ids = (mode: Mode | undefined) => (mode?.violations ?? []).map(v => v.id);
export const targets = (mode: Mode | undefined, rule: string) =>
  (mode?.violations ?? []).filter(v => v.id === rule).flatMap(v => v.nodes.map(n => n.target));
