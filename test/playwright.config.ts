import { defineConfig } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
// @ts-expect-error plain JS helper shared with the benchmark
import { chromiumPath, CHROMIUM_ARGS } from './helpers/chromium.mjs';
import { STAFF_PASSWORD } from './helpers/staff.js';

const PORT = Number(process.env.TEST_PORT) || 4317;
const ENGINES = join(dirname(fileURLToPath(import.meta.url)), 'engines') + sep;

export default defineConfig({
  testDir: '.',
  testMatch: /.*\.spec\.ts$/,
  // The cross-engine specs run under their own config (engines.config.ts), once per engine. An
  // absolute path: a relative glob would also match a checkout that lives in a folder named engines.
  testIgnore: new RegExp(`^${ENGINES.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`),
  timeout: 30_000,
  expect: { timeout: 5_000 },
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  forbidOnly: true,
  reporter: process.env.CI
    ? [['list'], ['json', { outputFile: '../test-results/playwright.json' }]]
    : 'list',
  outputDir: '../test-results/artifacts',
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    viewport: { width: 1280, height: 800 },
    locale: 'zh-CN',
    launchOptions: { executablePath: chromiumPath(), args: CHROMIUM_ARGS },
    trace: 'off',
  },
  webServer: {
    command: `node ../demo-site/server.mjs`,
    // Letters the tests send are kept in a database of this run's own (never a developer's), whose
    // first staff account gets a password the tests know (helpers/staff.ts).
    env: {
      PORT: String(PORT),
      YILAN_DATA_DIR: mkdtempSync(join(tmpdir(), 'yilan-test-data-')),
      YILAN_STAFF_PASSWORD: STAFF_PASSWORD,
      // Every CAPTCHA's answer is 0000 (the server warns); the real ones are tested in
      // demo-site/server/captcha.test.ts.
      DEMO_CAPTCHA: 'test',
    },
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    // Building the search index (20,000 documents, jieba for the corpus's words) takes 5 s on a
    // quiet machine and 20 s on a loaded one: only a ceiling.
    timeout: 120_000,
  },
});
