import { test, expect, open } from './fixtures.js';

// docs/guide/engines.md says which engine gets which fallback: this keeps that table true. When an
// engine loses one of these, the table and a test of the fallback must change with it.
test('the APIs Yilan relies on are present, so no fallback runs in this engine', async ({
  browserPage: page,
}, info) => {
  await open(page, '/fixtures/clean.html');
  const apis = await page.evaluate(() => ({
    adoptedStyleSheets:
      'adoptedStyleSheets' in document && typeof CSSStyleSheet.prototype.replaceSync === 'function',
    highlights: 'highlights' in CSS && typeof Highlight === 'function',
    trustedTypes: 'trustedTypes' in window,
    backdropFilter: CSS.supports('backdrop-filter', 'grayscale(1)'),
  }));
  info.annotations.push({
    type: 'engine',
    description: await page.evaluate(() => navigator.userAgent),
  });
  expect(apis).toEqual({
    adoptedStyleSheets: true,
    highlights: true,
    trustedTypes: true,
    backdropFilter: true,
  });
});
