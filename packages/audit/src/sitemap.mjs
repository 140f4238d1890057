// URLs from sitemaps: a file or a URL, plain or gzip, a urlset or a sitemap index (followed up to
// three levels), or a robots.txt whose Sitemap: lines are followed.
import { readFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { dirname, resolve } from 'node:path';
import { UsageError } from './modes.mjs';
import { parseRobots } from './robots.mjs';

const ENTITIES = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&apos;': "'" };
const decode = text => text.replace(/&(amp|lt|gt|quot|apos);/g, e => ENTITIES[e]);
const isUrl = text => /^https?:\/\//i.test(text);

/** @returns {Promise<string[]>} the page URLs, in order, without duplicates */
export async function sitemapUrls(source) {
  const seen = new Set();
  const out = [];
  const visit = async (ref, depth) => {
    if (seen.has(ref) || depth > 3) return;
    seen.add(ref);
    const text = await load(ref);
    if (/robots\.txt$/i.test(ref)) {
      for (const map of parseRobots(text, isUrl(ref) ? ref : undefined).sitemaps)
        await visit(near(ref, map), depth + 1);
      return;
    }
    const locs = [...text.matchAll(/<loc>\s*([^<]+?)\s*<\/loc>/g)].map(m => decode(m[1]));
    if (/<sitemapindex[\s>]/.test(text)) {
      for (const loc of locs) await visit(near(ref, loc), depth + 1);
    } else {
      for (const loc of locs) if (!out.includes(loc)) out.push(loc);
    }
  };
  await visit(source, 0);
  return out;
}

/** A sitemap's reference resolved against the one that named it (URL or local path). */
function near(from, ref) {
  if (isUrl(ref)) return ref;
  return isUrl(from) ? new URL(ref, from).href : resolve(dirname(from), ref);
}

async function load(ref) {
  let bytes;
  try {
    if (isUrl(ref)) {
      const response = await fetch(ref, { signal: AbortSignal.timeout(30_000) });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      bytes = Buffer.from(await response.arrayBuffer());
    } else bytes = await readFile(ref);
    // Gzip by its magic bytes: servers send .xml.gz with every content type there is.
    return (bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes).toString('utf8');
  } catch (error) {
    throw new UsageError(
      `cannot read sitemap ${ref}: ${error instanceof Error ? error.message : error}`,
    );
  }
}
