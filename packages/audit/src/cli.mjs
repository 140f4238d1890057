// yilan-audit [options] <url…>: the command line. Exit codes: 0 pass, 1 the accessibility gate
// failed, 2 usage or configuration error, 3 run incomplete (a page did not load).
import { parseArgs } from 'node:util';
import { availableParallelism } from 'node:os';
import { readFile, writeFile } from 'node:fs/promises';
import { audit, DEFAULT_TAGS, VERSION } from './run.mjs';
import { junit, markdown } from './reports.mjs';
import { pickModes, UsageError, MODES } from './modes.mjs';
import { sitemapUrls } from './sitemap.mjs';
import { serveFolder } from './serve.mjs';

const HELP = `yilan-audit ${VERSION}: axe-core over pages, as they are and in every Yilan mode.

Usage: yilan-audit [options] <url...>

  --urls-file <file>     more URLs, one a line (# comments)
  --serve <dir>          serve a static folder on 127.0.0.1; URLs may then be paths (/a.html), and
                         with no URLs every .html file in it is audited
  --sitemap <url|file>   the pages of a sitemap (index, .gz, or a robots.txt's Sitemap: lines); repeatable
  --modes <list>         modes to audit (default all): ${Object.keys(MODES).join(', ')}
  --tags <list>          axe tags (default ${DEFAULT_TAGS.join(',')})
  --gate <any|added>     fail on any violation (default) or only on violations Yilan adds
  --json <file>          write the report as JSON (schema 1)
  --junit <file>         write JUnit XML (a suite a page, a case a mode)
  --markdown <file>      write a Markdown summary (for pull requests)
  --yilan <dir>          folder of the yilan.js to inject (default: the yilan package's dist)
  --browser-path <path>  Chromium to use (default: $CHROMIUM_PATH, Playwright's cache, /usr/bin/chromium)
  --timeout <ms>         per page (default 30000)
  --concurrency <n>      pages audited at once (default: the number of cores)
  --help, --version

Exit codes: 0 pass, 1 gate failed, 2 usage error, 3 a page did not load.`;

/** Runs the command; returns the exit code (never calls process.exit, so tests can call it). */
export async function main(argv, out = process.stdout, err = process.stderr) {
  let options;
  try {
    options = await parse(argv);
  } catch (error) {
    err.write(`yilan-audit: ${error instanceof Error ? error.message : error}\n\n${HELP}\n`);
    return 2;
  }
  if (options.help) return (out.write(`${HELP}\n`), 0);
  if (options.version) return (out.write(`${VERSION}\n`), 0);

  const total = options.urls.length;
  let report;
  try {
    report = await audit({
      ...options,
      onPage: (page, i) => out.write(`${line(page, i, total, options.gate)}\n`),
    });
  } catch (error) {
    // No browser, no yilan.js to inject: the set-up is wrong, not the site.
    err.write(`yilan-audit: ${error instanceof Error ? error.message : error}\n`);
    return 2;
  } finally {
    await options.served?.close();
  }
  if (options.json) await writeFile(options.json, `${JSON.stringify(report, null, 2)}\n`);
  if (options.junit) await writeFile(options.junit, junit(report, options.gate));
  if (options.markdown) await writeFile(options.markdown, markdown(report));
  const failedPages = report.pages.filter(p => p.status === 'failed');
  const counted = report.pages
    .flatMap(p => p.modes)
    .map(m => count(options.gate === 'added' ? m.added : m.violations));
  const findings = counted.reduce((a, b) => a + b, 0);
  const added = report.pages.flatMap(p => p.modes).reduce((n, m) => n + count(m.added), 0);
  out.write(
    `\n${report.pages.length} pages × ${options.modes.length} modes in ${report.seconds.toFixed(1)} s ` +
      `(axe-core ${report.axe}, ${report.browser}): ${findings} ${options.gate === 'added' ? 'added ' : ''}violations, ` +
      `${added} added by Yilan, ${failedPages.length} pages did not load.\n`,
  );
  if (findings) return 1;
  return failedPages.length ? 3 : 0;
}

const count = violations => violations.reduce((n, v) => n + v.nodes.length, 0);

function line(page, i, total, gate) {
  const head = `[${i + 1}/${total}] ${page.url}`;
  if (page.status === 'failed') return `${head}  did not load: ${page.error}`;
  const modes = page.modes
    .map(m => `${m.mode} ${count(gate === 'added' ? m.added : m.violations)}`)
    .join(', ');
  return `${head}  ${modes}`;
}

async function parse(argv) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      'urls-file': { type: 'string' },
      sitemap: { type: 'string', multiple: true },
      serve: { type: 'string' },
      modes: { type: 'string' },
      tags: { type: 'string' },
      gate: { type: 'string', default: 'any' },
      json: { type: 'string' },
      junit: { type: 'string' },
      markdown: { type: 'string' },
      yilan: { type: 'string' },
      'browser-path': { type: 'string' },
      timeout: { type: 'string' },
      concurrency: { type: 'string' },
      help: { type: 'boolean' },
      version: { type: 'boolean' },
    },
  });
  if (values.help || values.version) return { help: values.help, version: values.version };
  const urls = [...positionals];
  if (values['urls-file']) {
    const text = await readFile(values['urls-file'], 'utf8').catch(() => {
      throw new UsageError(`cannot read --urls-file ${values['urls-file']}`);
    });
    urls.push(
      ...text
        .split('\n')
        .map(l => l.trim())
        .filter(l => l && !l.startsWith('#')),
    );
  }
  for (const source of values.sitemap ?? []) urls.push(...(await sitemapUrls(source)));
  for (const url of urls) {
    // With --serve, a path names a file of the served folder.
    if (values.serve && url.startsWith('/')) continue;
    if (!URL.canParse(url) || !/^https?:$/.test(new URL(url).protocol))
      throw new UsageError(`not an http(s) URL: ${url}`);
  }
  if (!urls.length && !values.serve) throw new UsageError('no URLs given');
  if (!['any', 'added'].includes(values.gate)) throw new UsageError(`--gate must be any or added`);
  const timeout = values.timeout === undefined ? 30_000 : Number(values.timeout);
  if (!Number.isInteger(timeout) || timeout <= 0)
    throw new UsageError('--timeout must be a positive number of ms');
  const concurrency =
    values.concurrency === undefined ? availableParallelism() : Number(values.concurrency);
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 64)
    throw new UsageError('--concurrency must be a whole number from 1 to 64');
  const modes = pickModes(values.modes);
  // The folder is served last, once nothing else can fail: the caller closes it after the audit.
  const served = values.serve ? await serveFolder(values.serve) : undefined;
  if (served) {
    for (const [i, url] of urls.entries())
      if (url.startsWith('/')) urls[i] = `${served.origin}${url}`;
    if (!urls.length) urls.push(...served.pages);
    if (!urls.length) {
      await served.close();
      throw new UsageError(`no .html files in ${values.serve}`);
    }
  }
  return {
    served,
    concurrency,
    urls,
    modes,
    tags: values.tags
      ? values.tags
          .split(',')
          .map(t => t.trim())
          .filter(Boolean)
      : DEFAULT_TAGS,
    gate: values.gate,
    json: values.json,
    junit: values.junit,
    markdown: values.markdown,
    yilanDir: values.yilan,
    browserPath: values['browser-path'],
    timeout,
  };
}
