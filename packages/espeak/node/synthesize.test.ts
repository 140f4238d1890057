// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { synthesize, toWav } from './synthesize.mjs';

/** Root mean square level, 0 (silence) to 32768 (full scale). */
function level(samples: Int16Array): number {
  let sum = 0;
  for (const s of samples) sum += s * s;
  return Math.sqrt(sum / Math.max(1, samples.length));
}

describe('eSpeak NG (real audio)', () => {
  it('says a Chinese sentence in a plausible time and not in silence', async () => {
    const audio = await synthesize('欢迎访问示例市人民政府网站', { lang: 'zh-CN' });
    const seconds = audio.samples.length / audio.sampleRate;
    // 13 syllables at an unhurried pace: between 2 and 6 seconds.
    expect(seconds).toBeGreaterThan(2);
    expect(seconds).toBeLessThan(6);
    expect(level(audio.samples)).toBeGreaterThan(1000);
  });

  it('says an English sentence, slower at half rate', async () => {
    const text = 'Welcome to the city portal.';
    const normal = await synthesize(text, { lang: 'en' });
    const slow = await synthesize(text, { lang: 'en-GB', rate: 0.5 });
    const seconds = normal.samples.length / normal.sampleRate;
    expect(seconds).toBeGreaterThan(0.8);
    expect(seconds).toBeLessThan(4);
    expect(level(normal.samples)).toBeGreaterThan(1000);
    expect(slow.samples.length).toBeGreaterThan(normal.samples.length * 1.5);
  });

  it('writes a WAV file a browser can decode, and refuses languages it cannot say', async () => {
    const wav = toWav(await synthesize('你好', { lang: 'zh' }));
    expect(wav.subarray(0, 4).toString()).toBe('RIFF');
    expect(wav.readUInt32LE(24)).toBe(22050);
    await expect(synthesize('bonjour', { lang: 'fr' })).rejects.toThrow(/no eSpeak voice/);
  });

  it('reads markup as text: an SSML break of an hour adds no silence', async () => {
    const plain = await synthesize('你好再见');
    const tagged = await synthesize('你好<break time="3600s"/>再见');
    const seconds = tagged.samples.length / tagged.sampleRate;
    // Uninterpreted, the tag made 989 s of audio; as text it is a few words more than "你好再见".
    expect(seconds).toBeLessThan(15);
    expect(tagged.samples.length).toBeGreaterThan(plain.samples.length);
    expect(tagged.truncated).toBe(false);
  });

  it('stops at maxSeconds of audio and says so', async () => {
    const audio = await synthesize('欢迎访问示例市人民政府网站。'.repeat(10), { maxSeconds: 3 });
    expect(audio.samples.length).toBe(3 * audio.sampleRate);
    expect(audio.truncated).toBe(true);
  });
});
