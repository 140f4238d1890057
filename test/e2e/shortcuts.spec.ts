import { test, expect, open, control } from '../helpers/test.js';

// Chromium's navigator.platform is Linux here, so the Yilan key is Alt+Shift.
test('Yilan+Y opens and closes the toolbar; focus goes in and comes back', async ({ page }) => {
  await open(page, '/fixtures/basic.html');
  await expect(control(page, '无障碍')).toHaveAttribute('aria-keyshortcuts', 'Alt+Shift+Y');
  await page.keyboard.press('Alt+Shift+KeyY');
  await expect(page.getByRole('toolbar')).toBeVisible();
  await expect(control(page, '长辈版')).toBeFocused();
  await page.keyboard.press('Alt+Shift+KeyY');
  await expect(page.getByRole('toolbar')).toBeHidden();
  await expect(control(page, '无障碍')).toBeFocused();
});

test('zoom, colour and elder chords work with the toolbar closed and are announced', async ({
  page,
}) => {
  await open(page, '/fixtures/basic.html');
  const html = page.locator('html');
  await page.keyboard.press('Alt+Shift+Equal');
  await page.keyboard.press('Alt+Shift+Equal');
  await expect(html).toHaveAttribute('data-yilan-zoom', '150');
  await expect(page.getByRole('status')).toHaveText('页面缩放 150%');
  await page.keyboard.press('Alt+Shift+Minus');
  await expect(html).toHaveAttribute('data-yilan-zoom', '125');
  await page.keyboard.press('Alt+Shift+Digit0');
  await expect(html).not.toHaveAttribute('data-yilan-zoom', /.*/);
  await page.keyboard.press('Alt+Shift+KeyC');
  await expect(html).toHaveAttribute('data-yilan-scheme', 'yellow-on-black');
  await page.keyboard.press('Alt+Shift+KeyC');
  await expect(html).not.toHaveAttribute('data-yilan-scheme', /.*/);
  await page.keyboard.press('Alt+Shift+KeyE');
  await expect(html).toHaveAttribute('data-yilan-elder', 'true');
  await expect(page.getByRole('toolbar')).toBeHidden();
});

test('Yilan+H shows every shortcut for this OS; Escape closes it and focus returns', async ({
  page,
}) => {
  await open(page, '/fixtures/basic.html');
  await page.getByRole('link', { name: '首页' }).focus();
  await page.keyboard.press('Alt+Shift+KeyH');
  const dialog = page.getByRole('dialog', { name: '键盘操作帮助' });
  await expect(dialog).toBeVisible();
  for (const keys of [
    'Alt+Shift+Y',
    'Alt+Shift+=',
    'Alt+Shift+-',
    'Alt+Shift+0',
    'Alt+Shift+C',
    'Alt+Shift+E',
    'Alt+Shift+H',
  ]) {
    await expect(dialog.getByText(keys, { exact: true })).toBeVisible();
  }
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('link', { name: '首页' })).toBeFocused();
});

test('chords typed in a text field, during IME composition or with other modifiers do nothing', async ({
  page,
}) => {
  await open(page, '/fixtures/basic.html');
  const search = page.getByRole('searchbox', { name: '站内搜索' });
  await search.focus();
  await page.keyboard.press('Alt+Shift+Equal');
  await page.keyboard.press('Alt+Shift+KeyY');
  await expect(page.locator('html')).not.toHaveAttribute('data-yilan-zoom', /.*/);
  await expect(page.getByRole('toolbar')).toHaveCount(0);
  await page.getByRole('link', { name: '首页' }).focus();
  // A composing keydown (keyCode 229) must be left to the IME.
  const prevented = await page.evaluate(() => {
    const event = new KeyboardEvent('keydown', {
      code: 'KeyY',
      key: 'Y',
      altKey: true,
      shiftKey: true,
      isComposing: true,
      bubbles: true,
      cancelable: true,
    });
    document.activeElement!.dispatchEvent(event);
    return event.defaultPrevented;
  });
  expect(prevented).toBe(false);
  await page.keyboard.press('Control+Alt+Shift+KeyY');
  await page.keyboard.press('Alt+KeyY');
  await page.keyboard.press('Shift+KeyY');
  await expect(page.getByRole('toolbar')).toHaveCount(0);
});

test('an unrelated key is never prevented', async ({ page }) => {
  await open(page, '/fixtures/basic.html');
  const prevented = await page.evaluate(() =>
    ['KeyA', 'Equal', 'KeyY', 'Escape'].map(code => {
      const event = new KeyboardEvent('keydown', {
        code,
        altKey: code === 'KeyA',
        shiftKey: true,
        bubbles: true,
        cancelable: true,
      });
      document.body.dispatchEvent(event);
      return event.defaultPrevented;
    }),
  );
  expect(prevented).toEqual([false, false, false, false]);
});

test('data-shortcuts="off" switches every chord off and the help says so', async ({ page }) => {
  await open(page, '/fixtures/shortcuts-off.html');
  await page.keyboard.press('Alt+Shift+KeyY');
  await page.keyboard.press('Alt+Shift+Equal');
  await expect(page.getByRole('toolbar')).toHaveCount(0);
  await expect(page.locator('html')).not.toHaveAttribute('data-yilan-zoom', /.*/);
  await expect(control(page, '无障碍')).not.toHaveAttribute('aria-keyshortcuts', /.*/);
  await control(page, '无障碍').click();
  await control(page, '帮助').click();
  await expect(page.getByText('本站已关闭易览快捷键。')).toBeVisible();
});

test('shortcuts are remappable: data-shortcuts="elder:L,help:off"', async ({ page }) => {
  await open(page, '/fixtures/shortcuts-remap.html');
  await page.keyboard.press('Alt+Shift+KeyE');
  await expect(page.locator('html')).not.toHaveAttribute('data-yilan-elder', /.*/);
  await page.keyboard.press('Alt+Shift+KeyL');
  await expect(page.locator('html')).toHaveAttribute('data-yilan-elder', 'true');
  await page.keyboard.press('Alt+Shift+KeyH');
  await expect(page.getByRole('dialog')).toHaveCount(0);
});
