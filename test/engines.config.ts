import { defineConfig } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EngineName } from './engines/browsers.js';

const PORT = Number(process.env.TEST_PORT) || 4317;

/**
 * The cross-engine suite (ADR 0009): test/engines/*.spec.ts in Chromium, Firefox and WebKit through
 * one adapter (test/engines/adapter.ts). Pick one engine locally with `--project=firefox`.
 */
export default defineConfig<object, { engine: EngineName }>({
  testDir: './engines',
  testMatch: /.*\.spec\.ts$/,
  timeout: 60_000,
  expect: { timeout: 5_000 },
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  forbidOnly: true,
  reporter: process.env.CI
    ? [['list'], ['json', { outputFile: '../test-results/engines.json' }]]
    : 'list',
  outputDir: '../test-results/engines-artifacts',
  use: { baseURL: `http://127.0.0.1:${PORT}` },
  projects: [
    { name: 'chromium', use: { engine: 'chromium' } },
    { name: 'firefox', use: { engine: 'firefox' } },
    { name: 'webkit', use: { engine: 'webkit' } },
  ],
  webServer: {
    command: `node ../demo-site/server.mjs`,
    // Letters the tests send are kept in a database of this run's own (never a developer's).
    env: {
      PORT: String(PORT),
      YILAN_DATA_DIR: mkdtempSync(join(tmpdir(), 'yilan-test-data-')),
      // Every CAPTCHA's answer is 0000 (the server warns); the real ones are tested in
      // demo-site/server/captcha.test.ts.
      DEMO_CAPTCHA: 'test',
    },
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
  },
});
