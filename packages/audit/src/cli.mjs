// yilan-audit [options] <url…> and yilan-audit merge <report.json…>: the command line. Exit codes:
// 0 pass, 1 the accessibility gate failed, 2 usage or configuration error, 3 run incomplete.
import { parseArgs } from 'node:util';
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, isAbsolute, resolve } from 'node:path';
import { audit, VERSION } from './run.mjs';
import { UsageError } from './modes.mjs';
import { FLAGS, fromFlags, settle } from './options.mjs';
import { findConfig, fromEnv, loadConfig, targetsOf } from './config.mjs';
import { collectPages } from './pages.mjs';
import { judge, parseBaseline, updatedBaseline } from './gate.mjs';
import { writeReports } from './reports/index.mjs';
import { count, plural } from './reports/common.mjs';
import { combine, shardOf } from './merge.mjs';
import { Progress } from './progress.mjs';
import { failingList, notAuditedList } from './terminal.mjs';
import { HELP } from './help.mjs';

/** Runs the command; returns the exit code (never calls process.exit, so tests can call it). */
export async function main(argv, out = process.stdout, err = process.stderr) {
  const fail = error => {
    err.write(`yilan-audit: ${error instanceof Error ? error.message : error}\n`);
    if (error instanceof UsageError) err.write(`Run yilan-audit --help for the options.\n`);
    return 2;
  };
  let plan;
  try {
    plan = await parse(argv);
  } catch (error) {
    return fail(error);
  }
  if (plan.help) return (out.write(`${HELP}\n`), 0);
  if (plan.version) return (out.write(`${VERSION}\n`), 0);
  if (plan.merge) {
    try {
      return await finish(combine(plan.merge), plan.common, out);
    } catch (error) {
      return fail(error);
    }
  }
  const { targets, common } = plan;

  // An interrupt stops new pages, lets the browser go, and still writes the reports.
  const controller = new AbortController();
  const onSignal = () => {
    err.write('\nyilan-audit: interrupted; writing a partial report (press again to quit)\n');
    controller.abort();
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  const reports = [];
  const progress = new Progress(out, common.gate);
  try {
    const deadline = common.maxTime ? Date.now() + common.maxTime * 1000 : undefined;
    const collected = [];
    for (const target of targets) collected.push({ target, ...(await collectPages(target)) });
    const all = collected.flatMap(c => c.pages);
    const chosen = common.shard ? shardOf(all.length, common.shard) : all.map((_, i) => i);
    progress.start(chosen.length);
    let offset = 0;
    try {
      for (const { target, pages, setup, storageState } of collected) {
        const indexes = pages.map((_, i) => offset + i).filter(i => chosen.includes(i));
        offset += pages.length;
        if (!indexes.length) continue;
        reports.push(
          await audit({
            ...target,
            pages: indexes.map(i => all[i]),
            indexes,
            setup,
            storageState,
            deadline,
            signal: controller.signal,
            onPage: page => progress.page(page),
          }),
        );
      }
    } finally {
      for (const c of collected) await c.close();
    }
  } catch (error) {
    progress.end();
    if (!reports.length) return fail(error);
    err.write(`yilan-audit: ${error instanceof Error ? error.message : error}\n`);
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
  progress.end();
  try {
    return await finish(combine(reports, { shard: common.shard }), common, out);
  } catch (error) {
    return fail(error);
  }
}

/** Judges a finished report, writes every report and the baseline, and returns the exit code. */
export async function finish(report, common, out) {
  let baseline = common.baselineData;
  let verdict = judge(report, { ...common, baseline });
  if (common.baseline && common.updateBaseline) {
    baseline = updatedBaseline(report, verdict, baseline, { addNew: common.addToBaseline });
    await writeFile(common.baseline, `${JSON.stringify(baseline, null, 2)}\n`);
    verdict = judge(report, { ...common, baseline });
  }
  // A file that is not a page (JSON, PDF) is skipped, not a gap in the audit.
  // A page with a mode that ran out of time is incomplete too, though what finished is judged.
  const incomplete = report.pages.filter(
    p => (p.status !== 'ok' && p.status !== 'not a page') || p.unfinished,
  ).length;
  // A frame axe could not run in is a part of the page not audited: the run is incomplete (exit
  // 3 unless the gate fails), as for a page that did not load. `--exclude <frame>` accepts it.
  const frames = report.pages.reduce((n, p) => n + (p.notAudited?.length ?? 0), 0);
  // What reports say: a run cut short, or with pages that did not load, has not passed, even with
  // nothing failing in what ran (an interrupted run with no page said "passed": true).
  const complete = !incomplete && !frames && !report.interrupted;
  report.gate = { ...verdict, complete, passed: verdict.passed && complete };
  await writeReports(report, common.reports);
  const skipped = report.pages.filter(p => p.status === 'not a page').length;
  out.write(failingList(verdict));
  out.write(notAuditedList(report));
  out.write(summary(report, verdict, incomplete, skipped, frames));
  if (!verdict.passed) return 1;
  return complete ? 0 : 3;
}

function summary(report, verdict, incomplete, skipped, frames) {
  const added = count(report.pages.flatMap(p => p.modes.flatMap(m => m.added)));
  return (
    `\n${plural(report.pages.length, 'page')} × ${plural(report.modes.length, 'mode')} in ${report.seconds.toFixed(1)} s ` +
    `(axe-core ${report.axe}, ${report.browser}): ${plural(verdict.issues, 'issue')} ${verdict.issues === 1 ? 'fails' : 'fail'} the gate (${plural(verdict.failing, verdict.gate === 'added' ? 'added violation' : 'violation')} across modes), ` +
    `${added} added by Yilan, ${verdict.baselined} in the baseline, ${verdict.fixed.length} fixed since it, ` +
    `${verdict.allowed} within thresholds, ${plural(incomplete, 'page')} did not load, were not run or ran out of time` +
    `${frames ? `, ${plural(frames, 'frame')} not audited` : ''}` +
    `${skipped ? `, ${plural(skipped, 'URL')} not HTML (skipped)` : ''}` +
    `${verdict.unstable ? `, ${verdict.unstable} unstable` : ''}.\n` +
    `${verdict.passed ? (incomplete || frames ? 'INCOMPLETE' : 'PASSED') : 'FAILED'}\n`
  );
}

async function parse(argv) {
  if (argv[0] === 'merge') return mergePlan(argv.slice(1));
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: FLAGS });
  if (values.help || values.version) return { help: values.help, version: values.version };
  const file = values.config ?? findConfig();
  const { config } = file ? await loadConfig(file) : { config: {} };
  if (file) relativeTo(config, dirname(resolve(file)));
  const flags = fromFlags(values);
  delete flags.target;
  delete flags.config;
  if (positionals.length) flags.urls = positionals;
  // Secrets are read for the targets that run, so another target's missing one does not stop it.
  const targets = targetsOf(config, values.target ?? []).map(t =>
    settle({ ...fromEnv(t, file), ...flags }, file ?? 'the command line'),
  );
  // Reports, gate and scale-out are of the whole run: the first target's (they share them).
  return { targets, common: await withBaseline(targets[0]) };
}

/** The baseline is read before any browser starts: a broken one is a usage error at once. */
async function withBaseline(common) {
  if (!common.baseline) {
    if (common.updateBaseline || common.addToBaseline)
      throw new UsageError(
        `--${common.addToBaseline ? 'add-to' : 'update'}-baseline needs --baseline <file>`,
      );
    return common;
  }
  const text = await readFile(common.baseline, 'utf8').catch(() => undefined);
  return {
    ...common,
    // --add-to-baseline rewrites the file too; and a first run (no file yet) records every
    // finding, since there is nothing else a new baseline could mean.
    updateBaseline: common.updateBaseline || common.addToBaseline,
    addToBaseline: common.addToBaseline || (common.updateBaseline && text === undefined),
    baselineData: parseBaseline(text, common.baseline),
  };
}

/** `merge`: shards' JSON reports in, one set of reports out, judged as one run. */
async function mergePlan(argv) {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: FLAGS });
  if (!positionals.length) throw new UsageError('merge needs the JSON reports of the shards');
  const common = settle(fromFlags({ ...values, urls: undefined }), 'merge');
  const reports = [];
  for (const file of positionals) {
    try {
      reports.push(JSON.parse(await readFile(file, 'utf8')));
    } catch {
      throw new UsageError(`cannot read the report ${file}`);
    }
  }
  return { merge: reports, common: await withBaseline(common) };
}

/** Paths in a config file are relative to the file, not to where the command runs. */
function relativeTo(config, dir) {
  const fix = o => {
    for (const k of [
      'serve',
      'urlsFile',
      'baseline',
      'yilan',
      'json',
      'junit',
      'markdown',
      'sarif',
      'csv',
      'html',
    ])
      if (typeof o[k] === 'string' && !isAbsolute(o[k])) o[k] = resolve(dir, o[k]);
    if (typeof o.setup === 'string' && !isAbsolute(o.setup)) o.setup = resolve(dir, o.setup);
    for (const s of ['sitemap'])
      if (Array.isArray(o[s]) || typeof o[s] === 'string')
        o[s] = [o[s]].flat().map(v => (/^https?:/.test(v) || isAbsolute(v) ? v : resolve(dir, v)));
  };
  fix(config);
  const targets = Array.isArray(config.targets)
    ? config.targets
    : Object.values(config.targets ?? {});
  for (const t of targets) if (t && typeof t === 'object') fix(t);
}
