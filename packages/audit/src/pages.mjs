// The pages of one target: URLs given, a URL file, sitemaps (a site root finds its own through
// robots.txt), a crawl, a served folder or the site's own server. Returns the page list and what
// to stop afterwards.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumPath, CHROMIUM_ARGS } from './browser.mjs';
import { UsageError } from './modes.mjs';
import { sitemapUrls } from './sitemap.mjs';
import { serveFolder } from './serve.mjs';
import { startServer } from './start-server.mjs';
import { crawl } from './crawl.mjs';
import { fetchRobots } from './robots.mjs';
import { runSetup } from './run.mjs';

const isHttp = url => URL.canParse(url) && /^https?:$/.test(new URL(url).protocol);

/** @returns {Promise<{ pages: { url: string, actions?: object[], target?: string }[], setup?: Function, close: () => Promise<void> }>} */
export async function collectPages(o) {
  const closers = [];
  const close = async () => {
    for (const c of closers.reverse()) await c().catch(() => {});
  };
  try {
    const specs = [...o.urls];
    if (o.urlsFile) {
      const text = await readFile(o.urlsFile, 'utf8').catch(() => {
        throw new UsageError(`cannot read --urls-file ${o.urlsFile}`);
      });
      for (const line of text.split('\n').map(l => l.trim()))
        if (line && !line.startsWith('#')) specs.push({ url: line });
    }
    for (const source of o.sitemap)
      for (const url of await sitemapUrls(await sitemapOf(source))) specs.push({ url });
    let origin;
    if (o.serve) {
      const served = await serveFolder(o.serve);
      closers.push(served.close);
      origin = served.origin;
      if (!specs.length && !o.crawl) specs.push(...served.pages.map(url => ({ url })));
      if (!specs.length && o.crawl) specs.push({ url: `${origin}/` });
      if (!specs.length) throw new UsageError(`no .html files in ${o.serve}`);
    }
    if (o.startServer) {
      const server = await startServer(o.startServer, {
        pattern: o.readyPattern,
        url: o.readyUrl,
        timeout: o.timeout * 2,
      });
      closers.push(server.stop);
      if (o.readyUrl) origin ??= new URL(o.readyUrl).origin;
    }
    // Paths are relative to the served folder, the started server, or the first full URL.
    origin ??= specs.map(s => s.url).find(isHttp);
    for (const spec of specs) {
      if (spec.url.startsWith('/') && origin) spec.url = new URL(spec.url, origin).href;
      if (!isHttp(spec.url)) throw new UsageError(`not an http(s) URL: ${spec.url}`);
    }
    if (!specs.length) throw new UsageError('no URLs given');
    let pages = specs;
    let setup;
    let storageState;
    if (o.setup) setup = await loadSetup(o.setup);
    if (o.crawl) {
      const browser = await chromium.launch({
        executablePath: o.browserPath ?? chromiumPath(),
        args: CHROMIUM_ARGS,
        handleSIGINT: false,
        handleSIGTERM: false,
      });
      try {
        // A crawl behind a login logs in first; the pages then reuse that session.
        if (setup) storageState = await runSetup(browser, { ...o, setup });
        const found = await crawl(
          browser,
          specs.map(s => s.url),
          {
            maxDepth: o.maxDepth,
            maxPages: o.maxPages,
            include: o.crawlInclude,
            exclude: o.crawlExclude,
            robots: o.robots,
            delay: o.crawlDelay,
            timeout: o.timeout,
            httpCredentials: o.httpCredentials,
            extraHTTPHeaders: o.extraHTTPHeaders,
            storageState,
          },
        );
        if (!found.length)
          throw new UsageError(
            `the crawl found no page from ${specs.map(s => s.url).join(', ')} (not HTML, an error status, or not allowed by robots.txt)`,
          );
        // Actions given for a start URL stay with it.
        pages = found.map(url => specs.find(s => s.url === url) ?? { url });
      } finally {
        await browser.close().catch(() => {});
      }
    }
    const unique = [];
    for (const p of pages) if (!unique.some(u => u.url === p.url)) unique.push(p);
    return {
      pages: unique.map(p => ({ ...p, ...(o.name ? { target: o.name } : {}) })),
      // Once the session exists, the audit reuses it instead of logging in again.
      setup: storageState ? undefined : setup,
      storageState,
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}

/** A site root ("https://example.gov.cn/") means its robots.txt's sitemaps, else /sitemap.xml. */
async function sitemapOf(source) {
  if (!isHttp(source)) return source;
  const url = new URL(source);
  if (url.pathname !== '/' || url.search) return source;
  const robots = await fetchRobots(url.origin);
  return robots.sitemaps.length
    ? new URL('/robots.txt', url).href
    : new URL('/sitemap.xml', url).href;
}

/** A setup hook: a module whose default export gets { browser, context, page, env }. */
async function loadSetup(setup) {
  if (typeof setup === 'function') return setup;
  try {
    const mod = await import(pathToFileURL(resolve(setup)).href);
    if (typeof mod.default !== 'function') throw new Error('it has no default export function');
    return mod.default;
  } catch (error) {
    throw new UsageError(
      `cannot load --setup ${setup}: ${error instanceof Error ? error.message : error}`,
    );
  }
}
