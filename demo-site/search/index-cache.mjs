// The search index kept on disk, so a restart does not rebuild it: FlexSearch's own export of
// the document index and the per-character posting lists, in one file named for the corpus it was
// built from. A changed corpus (any document's title, 文号 or body) has another name and is built
// again; the old file is removed. A file that cannot be read is a warning and a rebuild.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';

/** Raise when the index's contents change shape (tokens, fields): old files are then ignored. */
const FORMAT = 1;
const PREFIX = 'search-index-';

/** The file's name for these documents: a hash of everything the index is built from. */
export function cacheName(documents) {
  const hash = createHash('sha256').update(`format ${FORMAT}\n`);
  for (const d of documents)
    hash.update(`${d.id}\u0000${d.title}\u0000${d.docNo}\u0000${d.body.join('\n')}\u0001`);
  return `${PREFIX}${hash.digest('hex').slice(0, 24)}.v8`;
}

/** The saved parts for these documents, or undefined (none yet, or unreadable: said once). */
export function loadIndex(dir, documents) {
  const file = join(dir, cacheName(documents));
  let bytes;
  try {
    bytes = readFileSync(file);
  } catch {
    return undefined;
  }
  try {
    const parts = deserialize(bytes);
    if (parts?.format !== FORMAT || !parts.flex || !(parts.chars instanceof Map))
      throw new Error('not a search index of this version');
    return parts;
  } catch (error) {
    console.warn(`search index ${file} cannot be read (${error.message}); building it again`);
    return undefined;
  }
}

/** Saves the parts for these documents and removes the files of other corpora. */
export function saveIndex(dir, documents, { flex, chars }) {
  mkdirSync(dir, { recursive: true });
  const name = cacheName(documents);
  const temp = join(dir, `${name}.${process.pid}.tmp`);
  // Written aside, then renamed: a server killed while writing leaves no half file under the name.
  writeFileSync(temp, serialize({ format: FORMAT, flex, chars }));
  renameSync(temp, join(dir, name));
  for (const old of readdirSync(dir))
    if (old.startsWith(PREFIX) && old !== name) rmSync(join(dir, old), { force: true });
}
