import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

const pkg = (name: string) => fileURLToPath(new URL(`./packages/${name}/src/`, import.meta.url));

/**
 * Dev and unit-test config. `@yilan/*` resolves to sources so tests never need a build; the
 * drop-in bundle itself is built by scripts/build-yilan.mjs from the tsc output.
 */
export default defineConfig({
  resolve: {
    alias: [
      { find: /^@yilan\/core\/(.*)\.js$/, replacement: `${pkg('core')}$1.ts` },
      { find: /^@yilan\/features\/(.*)\.js$/, replacement: `${pkg('features')}$1.ts` },
      { find: /^@yilan\/elements\/(.*)\.js$/, replacement: `${pkg('elements')}$1.ts` },
      // The mode catalogue, which yilan-audit imports as `yilan/modes` (dist/types/modes.js).
      { find: /^yilan\/modes$/, replacement: `${pkg('yilan')}modes.ts` },
    ],
  },
  test: {
    include: [
      'packages/*/src/**/*.test.ts',
      'packages/*/node/**/*.test.ts',
      'demo-site/**/*.test.ts',
      'packages/audit/src/**/*.test.mjs',
      'scripts/**/*.test.mjs',
    ],
    environment: 'happy-dom',
    restoreMocks: true,
    // Unit tests assert results, never speed (benchmarks do): a brute-force truth over 20,000
    // documents or 2,000 fuzzed option objects can pass 5 s on a loaded 2-core machine.
    testTimeout: 30_000,
  },
});
