// Fails when a file Yilan ships holds a byte above 0x7F. A page in GBK, Big5, Shift_JIS or
// windows-1252 decodes a classic script served as plain `text/javascript` (no charset: nginx's and
// most static servers' default) in the page's own encoding, so one UTF-8 character in yilan.js is a
// SyntaxError there, or mojibake in the toolbar. The build escapes them (charset: 'ascii'); this
// catches what it cannot, such as text in a tagged template (lit's html`` and css``).
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
/** Folders a site copies under /yilan/ (the espeak engine goes to /yilan/espeak/), or the ones named. */
const DIRS =
  process.argv.length > 2 ? process.argv.slice(2) : ['packages/yilan/dist', 'packages/espeak/dist'];
/** Text a browser loads at run time; espeak-ng.data is binary voice data fetched as bytes. */
const TEXT = /\.(js|mjs|css|json|svg|html)$/;

async function files(dir) {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    // types/ holds the .d.ts and tsc output for bundlers, never loaded by a page.
    if (entry.isDirectory()) {
      if (entry.name !== 'types') out.push(...(await files(path)));
    } else if (TEXT.test(entry.name)) out.push(path);
  }
  return out;
}

let failures = 0;
let checked = 0;
for (const dir of DIRS) {
  let list;
  try {
    list = await files(resolve(root, dir));
  } catch {
    console.error(`${dir} missing: run npm run build`);
    process.exit(1);
  }
  for (const file of list) {
    checked++;
    const bytes = await readFile(file);
    const offset = bytes.findIndex(byte => byte > 0x7f);
    if (offset < 0) continue;
    failures++;
    const before = bytes.subarray(0, offset).toString('latin1');
    const line = before.split('\n').length;
    const column = offset - before.lastIndexOf('\n');
    const context = bytes
      .subarray(Math.max(0, offset - 40), offset + 20)
      .toString('utf8')
      .replace(/^\uFFFD+|\uFFFD+$/g, '') // a character cut by the window's edges
      .replace(/\s+/g, ' ');
    const count = bytes.filter(byte => byte > 0x7f).length;
    console.error(
      `${file.startsWith(root) ? relative(root, file) : file}: byte 0x${bytes[offset].toString(16)} at offset ${offset} (line ${line}, column ${column}), ${count} non-ASCII bytes in all: …${context}…`,
    );
  }
}
if (failures) {
  console.error(
    `${failures} shipped file(s) not pure ASCII: escape the text (\\uXXXX in JS, \\XXXX in CSS strings), see docs/guide/install.md#legacy-encodings`,
  );
  process.exit(1);
}
console.log(`ASCII: ${checked} shipped files, no byte above 0x7F`);
