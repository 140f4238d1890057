// The guards every browser test relies on must be able to fail. Each case below breaks one on
// purpose and is marked `test.fail()`: if a guard stops catching what it should, the case passes
// and the suite goes red.
import { test, expect, open, setMode } from '../helpers/test.js';

test.describe('the automatic page log', () => {
  test.fail('fails a test whose page logs a console error', async ({ page }) => {
    await open(page, '/fixtures/basic.html');
    await page.evaluate(() => console.error('guard check: an error the page logs'));
  });

  test.fail('fails a test whose page throws', async ({ page }) => {
    await open(page, '/fixtures/basic.html');
    await page.evaluate(() => {
      setTimeout(() => {
        throw new Error('guard check: uncaught');
      });
      return new Promise(r => setTimeout(r, 50));
    });
  });

  test.fail('fails a test whose page requests another origin', async ({ page }) => {
    await open(page, '/fixtures/basic.html');
    await page.evaluate(() => {
      const img = new Image();
      img.src = 'http://example.invalid/pixel.png';
      document.body.append(img);
      return new Promise(r => setTimeout(r, 100));
    });
  });

  test.fail('fails a second page of the same test too', async ({ page }) => {
    await open(page, '/fixtures/basic.html');
    const other = await page.context().newPage();
    await other.goto('/fixtures/basic.html');
    await other.evaluate(() => console.error('guard check: second page'));
  });

  test('lets a test allow an error its page causes on purpose', async ({ page, log }) => {
    log.allow(/on purpose/);
    await open(page, '/fixtures/basic.html');
    await page.evaluate(() => console.error('an error caused on purpose'));
  });
});

test.describe('setMode', () => {
  test('throws on a setting Yilan does not know', async ({ page }) => {
    await open(page, '/fixtures/basic.html');
    // @ts-expect-error: a setting Yilan does not have, on purpose (plain JS callers can send one).
    await expect(setMode(page, { colourScheme: 'white-on-black' })).rejects.toThrow(/colourScheme/);
  });

  test('throws on a value Yilan refuses', async ({ page }) => {
    await open(page, '/fixtures/basic.html');
    // @ts-expect-error: a zoom level Yilan does not have, on purpose.
    await expect(setMode(page, { zoom: 300, scheme: 'white-on-black' })).rejects.toThrow(
      /did not apply zoom of/,
    );
  });

  test('accepts a value the setting already has', async ({ page }) => {
    await open(page, '/fixtures/basic.html');
    await setMode(page, { zoom: 150 });
    await setMode(page, { zoom: 150 });
    await expect(page.locator('html')).toHaveAttribute('data-yilan-zoom', '150');
  });
});
