// The tests and the benchmark find Chromium the way yilan-audit does.
export { chromiumPath, CHROMIUM_ARGS } from '../../packages/audit/src/browser.mjs';
