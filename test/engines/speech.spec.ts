import { test, expect, open } from './fixtures.js';

// Real speech, no recording stand-in: Yilan tries the browser's voices, then the site's endpoint
// (data-tts-endpoint, as the demo portal has). Here Firefox (speech-dispatcher gives it no voice)
// and WebKitGTK (English Flite voices only) have no Chinese voice, so the endpoint speaks.
test('a Chinese sentence read after a click reaches its end, spoken or (sound blocked) shown', async ({
  browserPage: page,
}) => {
  test.setTimeout(60_000);
  await open(page, '/fixtures/reading/http-tts.html');
  // A real click first: browsers only let a page start sound after the reader has interacted.
  await page.click('#welcome');
  const zhVoices = await page.evaluate(async () => {
    const synth = speechSynthesis;
    if (!synth.getVoices().length)
      await new Promise(r => {
        synth.addEventListener('voiceschanged', r, { once: true });
        setTimeout(r, 2_000);
      });
    return synth.getVoices().filter(v => v.lang.toLowerCase().startsWith('zh')).length;
  });
  const spoken = await page.evaluate(async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
    const t0 = performance.now();
    const ok = await Promise.race([
      window.Yilan!.speak('您好，欢迎访问示例市人民政府网站。'),
      new Promise(r => setTimeout(() => r('still speaking after 20 s'), 20_000)),
    ]);
    console.warn = warn;
    return {
      ok,
      ms: performance.now() - t0,
      endpoint: performance.getEntriesByType('resource').filter(e => e.name.endsWith('/api/tts'))
        .length,
      warnings,
    };
  });
  // It ends: before the fix, Firefox (which may not start sound here) never resolved.
  expect(spoken.ok).toBe(true);
  // A sentence of 16 characters takes more than a second to say or to show: it was not skipped.
  expect(spoken.ms).toBeGreaterThan(1_000);
  if (zhVoices > 0) expect(spoken.endpoint).toBe(0);
  else expect(spoken.endpoint).toBeGreaterThan(0);
  // Played, or the one warning saying the browser would not start sound (then it is shown only).
  const blocked = spoken.warnings.filter(w => w.includes('audio-blocked'));
  const expected = blocked.length ? /audio-blocked|no-speech: nothing can speak zh-CN/ : /^$/;
  expect(spoken.warnings.filter(w => !expected.test(w))).toEqual([]);
  test.info().annotations.push({
    type: 'speech',
    description: `${zhVoices ? 'browser voice' : 'site endpoint'}, ${blocked.length ? 'sound blocked: shown' : 'played'}`,
  });
});
