// Builds the optional offline engine: dist/yilan-espeak.js (the engine Yilan imports),
// dist/espeak-worker.js (synthesis off the main thread), and a trimmed eSpeak NG runtime,
// dist/espeak-ng.js + dist/espeak-ng.data, holding only Mandarin and English (2.5 MB instead of
// the package's 24 MB of voice data for 100 languages). Run after `tsc -b`.
import { build } from 'vite';
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const dist = join(here, 'dist');
const runtime = dirname(createRequire(import.meta.url).resolve('@echogarden/espeak-ng-emscripten'));

/** Dictionaries kept: every other language's is dropped. Phoneme tables and voices stay. */
const KEEP_DICTS = new Set(['cmn_dict', 'en_dict']);

await mkdir(dist, { recursive: true });
const js = await readFile(join(runtime, 'espeak-ng.js'), 'utf8');
const data = await readFile(join(runtime, 'espeak-ng.data'));
const start = js.indexOf('loadPackage({files:');
const end = js.indexOf('})', js.indexOf('remote_package_size:', start)) + 1;
if (start < 0 || end <= start) throw new Error('eSpeak NG runtime changed: no package metadata');
// The metadata is a JS object literal written by Emscripten's file packager.
const meta = new Function(`return ${js.slice(start + 'loadPackage('.length, end)}`)();
const files = [];
const parts = [];
let offset = 0;
for (const file of meta.files) {
  const name = file.filename.split('/').at(-1);
  if (name.endsWith('_dict') && !KEEP_DICTS.has(name)) continue;
  const bytes = data.subarray(file.start, file.end);
  files.push({ filename: file.filename, start: offset, end: offset + bytes.length });
  parts.push(bytes);
  offset += bytes.length;
}
const trimmed = JSON.stringify({ files, remote_package_size: offset });
await writeFile(
  join(dist, 'espeak-ng.js'),
  js.slice(0, start + 'loadPackage('.length) + trimmed + js.slice(end),
);
await writeFile(join(dist, 'espeak-ng.data'), Buffer.concat(parts));
await copyFile(join(runtime, 'COPYING'), join(dist, 'COPYING'));

await build({
  configFile: false,
  logLevel: 'warn',
  root: here,
  build: {
    outDir: dist,
    emptyOutDir: false,
    minify: true,
    target: 'es2022',
    rolldownOptions: {
      input: {
        'yilan-espeak': join(dist, 'types/yilan-espeak.js'),
        'espeak-worker': join(dist, 'types/espeak-worker.js'),
      },
      preserveEntrySignatures: 'strict',
      // Pure ASCII like Yilan's files, safe on a GBK or windows-1252 page (scripts/check-ascii.mjs).
      output: {
        charset: 'ascii',
        format: 'es',
        entryFileNames: '[name].js',
        chunkFileNames: 'espeak-[hash].js',
      },
    },
  },
});
console.log(`espeak: ${files.length} files, ${(offset / 1e6).toFixed(2)} MB of voice data`);
