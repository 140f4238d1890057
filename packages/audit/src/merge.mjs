// Shards and targets: which pages a shard audits (contiguous, sizes within one of each other, as
// Playwright splits tests), and one report from several, in the order of the unsharded run.
import { MODES, UsageError } from './modes.mjs';

/** @returns {number[]} the page indexes of shard `current` of `total` */
export function shardOf(count, { current, total }) {
  const base = Math.floor(count / total);
  const extra = count % total;
  const start = (current - 1) * base + Math.min(current - 1, extra);
  const size = base + (current <= extra ? 1 : 0);
  return Array.from({ length: size }, (_, i) => start + i);
}

export function combine(reports, { shard } = {}) {
  if (!reports.length) throw new UsageError('nothing to merge');
  for (const r of reports)
    if (r?.schema !== 1 || !Array.isArray(r.pages))
      throw new UsageError('not a yilan-audit JSON report (schema 1)');
  const first = reports[0];
  const axe = new Set(reports.map(r => r.axe));
  if (axe.size > 1)
    throw new UsageError(`the reports used different axe-core versions: ${[...axe].join(', ')}`);
  const start = Math.min(...reports.map(r => Date.parse(r.started)));
  const end = Math.max(...reports.map(r => Date.parse(r.started) + r.seconds * 1000));
  const pages = reports.flatMap(r => r.pages).sort((a, b) => a.index - b.index);
  for (const page of pages)
    for (const mode of page.modes)
      for (const v of mode.violations) for (const n of v.nodes) delete n.gate;
  const modes = Object.keys(MODES).filter(m => reports.some(r => r.modes.includes(m)));
  const rest = { ...first };
  for (const k of ['gate', 'shard', 'interrupted']) delete rest[k];
  return {
    ...rest,
    started: new Date(start).toISOString(),
    seconds: Math.round(end - start) / 1000,
    tags: [...new Set(reports.flatMap(r => r.tags))],
    modes,
    concurrency: Math.max(...reports.map(r => r.concurrency ?? 1)),
    ...(shard ? { shard } : {}),
    ...(reports.some(r => r.interrupted) ? { interrupted: true } : {}),
    pages,
  };
}
