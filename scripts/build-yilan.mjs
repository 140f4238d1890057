// Builds the drop-in files: dist/yilan.js (IIFE), dist/yilan.mjs (ESM), dist/chunks/*.js (features
// loaded on first use) and dist/cursors/*.svg, then writes dist/integrity.json (SRI hashes).
// Inputs are the tsc output of the workspace packages (run `tsc -b` first).
import { build } from 'vite';
import { createHash } from 'node:crypto';
import { cp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const yilan = join(root, 'packages/yilan');
const dist = join(yilan, 'dist');
const featuresDist = join(root, 'packages/features/dist');

const common = {
  configFile: false,
  logLevel: 'warn',
  root: yilan,
  define: { 'process.env.NODE_ENV': '"production"' },
};
// Pure ASCII output (non-ASCII as \uXXXX): a page in GBK, Big5 or windows-1252 decodes a classic
// script served without a charset (the usual text/javascript) in the page's encoding, so one UTF-8
// byte in yilan.js is a SyntaxError or mojibake there. Module chunks are always read as UTF-8, but
// stay ASCII too (a proxy or a bundler may re-serve them). Tagged templates (lit's html`` and css``)
// are left as written: scripts/check-ascii.mjs (npm run size) catches what they hold.
const ascii = { charset: 'ascii' };

async function files(dir) {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await files(path)));
    else out.push(path);
  }
  return out;
}

for (const name of ['yilan.js', 'yilan.mjs', 'chunks', 'cursors', 'integrity.json']) {
  await rm(join(dist, name), { recursive: true, force: true });
}

// 1. The script tag file: one self-contained IIFE.
await build({
  ...common,
  build: {
    outDir: dist,
    emptyOutDir: false,
    minify: true,
    target: 'es2022',
    lib: {
      entry: join(yilan, 'dist/types/yilan-iife.js'),
      formats: ['iife'],
      name: 'YilanBundle',
      fileName: () => 'yilan.js',
    },
    rolldownOptions: { output: ascii },
  },
});

// 2. The ESM build for bundlers.
await build({
  ...common,
  build: {
    outDir: dist,
    emptyOutDir: false,
    minify: true,
    target: 'es2022',
    lib: {
      entry: join(yilan, 'dist/types/yilan-esm.js'),
      formats: ['es'],
      fileName: () => 'yilan.mjs',
    },
    rolldownOptions: { output: ascii },
  },
});

// 3. Lazy chunks, imported by URL at first use: every features/*/*.impl.js.
// Plus the toolbar's controls (<yilan-panel>), loaded on first open.
const impls = (await files(featuresDist)).filter(f => f.endsWith('.impl.js'));
const entries = Object.fromEntries(
  impls.map(f => [f.split('/').at(-1).replace('.impl.js', ''), f]),
);
entries['yilan-panel'] = join(root, 'packages/elements/dist/panel/yilan-panel.js');
await build({
  ...common,
  build: {
    outDir: join(dist, 'chunks'),
    emptyOutDir: true,
    minify: true,
    target: 'es2022',
    rolldownOptions: {
      input: entries,
      preserveEntrySignatures: 'strict',
      output: {
        ...ascii,
        format: 'es',
        entryFileNames: '[name].js',
        chunkFileNames: 'shared-[hash].js',
      },
    },
  },
});

// 4. Cursor images beside the script, so img-src 'self' allows them.
await mkdir(join(dist, 'cursors'), { recursive: true });
await cp(join(root, 'packages/features/src/large-cursor/cursors'), join(dist, 'cursors'), {
  recursive: true,
});

// 5. Subresource Integrity and sizes of everything a browser may load.
const integrity = {};
for (const file of (await files(dist))
  .filter(f => !f.includes('/types/') && !f.endsWith('integrity.json'))
  .sort()) {
  const data = await readFile(file);
  integrity[relative(dist, file)] = {
    integrity: `sha384-${createHash('sha384').update(data).digest('base64')}`,
    bytes: data.length,
    gzip: gzipSync(data, { level: 9 }).length,
  };
}
await writeFile(join(dist, 'integrity.json'), `${JSON.stringify(integrity, null, 2)}\n`);
for (const [name, info] of Object.entries(integrity)) {
  console.log(
    `${name.padEnd(34)} ${String(info.bytes).padStart(8)} B  ${String(info.gzip).padStart(7)} B gz  ${info.integrity}`,
  );
}
