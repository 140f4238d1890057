import { describe, expect, it } from 'vitest';
import { languageOf, sentences, speechChunks } from './text-chunks.js';

describe('sentences', () => {
  it('splits at Chinese and Latin sentence ends and keeps offsets', () => {
    const text = '欢迎访问！本站提供政务服务。See the guide. Then apply?';
    const parts = sentences(text);
    expect(parts.map(p => p.text)).toEqual([
      '欢迎访问！',
      '本站提供政务服务。',
      'See the guide.',
      'Then apply?',
    ]);
    for (const p of parts) expect(text.slice(p.start, p.end)).toBe(p.text);
  });

  it('does not split decimals or abbreviations without a following space', () => {
    expect(sentences('补贴标准为3.5万元。').map(p => p.text)).toEqual(['补贴标准为3.5万元。']);
  });
});

describe('speechChunks', () => {
  it('cuts long sentences at commas, then at spaces, never over the limit', () => {
    const long = `${'一二三四五六七八九十，'.repeat(12)}完。`;
    const chunks = speechChunks(long, 40);
    expect(chunks.length).toBeGreaterThan(2);
    for (const c of chunks) {
      expect(c.text.length).toBeLessThanOrEqual(40);
      expect(long.slice(c.start, c.end)).toBe(c.text);
    }
    expect(chunks.map(c => c.text).join('')).toBe(long);
    const words = 'word '.repeat(50).trim();
    for (const c of speechChunks(words, 30)) expect(c.text.length).toBeLessThanOrEqual(30);
  });
});

describe('languageOf', () => {
  it('reads Latin-only text on a Chinese page as English', () => {
    expect(languageOf('Policy library', 'zh-CN')).toBe('en');
    expect(languageOf('政策 library', 'zh-CN')).toBe('zh-CN');
    expect(languageOf('办事指南', 'en')).toBe('zh-CN');
    expect(languageOf('2026', 'zh-TW')).toBe('zh-TW');
  });
});
