import type { Page } from '@playwright/test';
import { test, expect, open, setMode } from '../helpers/test.js';

// A form with a one-time code, a card number, a password shown as text, an aria-hidden field and
// content the site marks data-yilan-secret: every one holds 4417. Speech goes to the site's
// endpoint, so what Yilan would send off the page is exactly what is recorded here.
const PAGE = '/fixtures/reading/secrets.html';

/** 0.1 s of silence as a WAV, so each utterance "plays" and reading moves on. */
function silence(): Buffer {
  const samples = 1600;
  const wav = Buffer.alloc(44 + samples * 2);
  wav.write('RIFF', 0);
  wav.writeUInt32LE(36 + samples * 2, 4);
  wav.write('WAVEfmt ', 8);
  wav.writeUInt32LE(16, 16);
  wav.writeUInt16LE(1, 20);
  wav.writeUInt16LE(1, 22);
  wav.writeUInt32LE(16_000, 24);
  wav.writeUInt32LE(32_000, 28);
  wav.writeUInt16LE(2, 32);
  wav.writeUInt16LE(16, 34);
  wav.write('data', 36);
  wav.writeUInt32LE(samples * 2, 40);
  return wav;
}

async function recordEndpoint(page: Page): Promise<string[]> {
  const sent: string[] = [];
  await page.route('**/api/tts', route => {
    sent.push(String((route.request().postDataJSON() as { text?: unknown }).text));
    return route.fulfill({ status: 200, contentType: 'audio/wav', body: silence() });
  });
  return sent;
}

test.describe('secrets are never spoken nor sent to the speech endpoint', () => {
  test('continuous reading reads the form by its labels and leaves every secret out', async ({
    page,
  }) => {
    const sent = await recordEndpoint(page);
    await open(page, PAGE);
    await setMode(page, { reading: true });
    await expect.poll(() => page.evaluate(() => window.Yilan!.get().reading)).toBe(false);
    const said = sent.join('|');
    expect(said).toContain('短信验证码');
    expect(said).toContain('张三');
    expect(said).toContain('请妥善保管');
    expect(said).not.toContain('4417');
  });

  test('point reading says each secret field by its label only, focused or pointed at', async ({
    page,
  }) => {
    const sent = await recordEndpoint(page);
    await open(page, PAGE);
    await setMode(page, { point: true });
    for (const [id, label] of [
      ['otp', '短信验证码'],
      ['card', '银行卡号'],
      ['shown', '登录密码'],
      ['marked', '身份证号'],
    ] as const) {
      await page.locator(`#${id}`).focus();
      await expect.poll(() => sent.at(-1)).toBe(`${label}，编辑框`);
    }
    await page.locator('#name').focus();
    await expect.poll(() => sent.at(-1)).toBe('姓名，编辑框，张三');
    await page.locator('#note').hover({ position: { x: 5, y: 5 } });
    await expect.poll(() => sent.at(-1)).toBe('查询码：，请妥善保管。');
    await page.locator('#hidden').hover();
    await page.waitForTimeout(600);
    expect(sent.join('|')).not.toContain('4417');
  });
});
