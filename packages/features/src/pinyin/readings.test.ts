import { pinyin } from 'pinyin-pro';
import { describe, expect, it } from 'vitest';
import { readingsFor } from './readings.js';

/** The readings of `text` as one string, syllables and other characters separated by spaces. */
const read = (text: string): string => readingsFor(text)!.join(' ');
/** The readings of `text` at `word` (its first occurrence). */
const at = (text: string, word: string): string => {
  const start = [...text.slice(0, text.indexOf(word))].length;
  return readingsFor(text)!
    .slice(start, start + [...word].length)
    .join(' ');
};

describe('readings in context (issue 19)', () => {
  // pinyin-pro multiplies word probabilities over all it is given; in a long text the product
  // underflows and 重新 falls back to 重 zhòng. Yilan gives it one clause at a time.
  const paragraph = '老人们去医院看病，常常要重新排队。他说这件事情很重要，我们需要在窗口前面等';
  it('reads 重新 chóng xīn inside a paragraph, as in the clause alone', () => {
    expect(at('常常要重新排队', '重新')).toBe('chóng xīn');
    expect(at(paragraph, '重新')).toBe('chóng xīn');
  });
  it('is a real pinyin-pro behaviour, not a made-up case', () => {
    const whole = pinyin(paragraph, { type: 'array' });
    expect(whole.slice(12, 14).join(' ')).toBe('zhòng xīn');
  });
  it('reads 重 zhòng where it means heavy or important', () => {
    expect(at(paragraph, '重要')).toBe('zhòng yào');
    expect(at('这个箱子很重。', '重')).toBe('zhòng');
  });

  it('reads the errors seen on real pages right', () => {
    expect(at('央行发布了新的利率政策。', '央行')).toBe('yāng háng');
    expect(at('世界客都梅州欢迎你。', '客都')).toBe('kè dū');
    expect(at('梅州被誉为客都。', '客都')).toBe('kè dū');
    expect(at('该市被评为全国文明城市。', '评为')).toBe('píng wéi');
  });
  it('keeps the ordinary readings next to them', () => {
    expect(at('中央行政机关', '行政')).toBe('xíng zhèng');
    expect(at('游客都很喜欢这里。', '客都')).toBe('kè dōu');
    expect(at('我们都是为人民服务。', '为')).toBe('wèi');
    expect(at('社区为老年人提供午餐。', '为')).toBe('wèi');
    expect(at('为群众办实事', '为')).toBe('wèi');
    expect(at('他成为大家的榜样。', '为')).toBe('wéi');
    expect(at('我认为你说得对。', '为')).toBe('wéi');
    expect(at('为方便市民冬季出行，公交加密班次。', '为')).toBe('wèi');
    expect(at('街道为其缴纳社会保险。', '为')).toBe('wèi');
    expect(at('补贴标准为每户八百元。', '为')).toBe('wéi');
    expect(at('发车间隔由十分钟缩短为六分钟。', '间隔')).toBe('jiàn gé');
    expect(at('发车间隔由十分钟缩短为六分钟。', '为')).toBe('wéi');
    expect(at('缴费年限越长、档次越高，待遇越高。', '越长')).toBe('yuè cháng');
    expect(at('知识就是力量。', '知识')).toBe('zhī shi');
    expect(at('他们都去了银行。', '都')).toBe('dōu');
  });

  it('reads the demo fixture as test/e2e/chinese.spec.ts expects', () => {
    expect(read('银行和行走')).toBe('yín háng hé xíng zǒu');
    expect(read('重庆的重要景点，长大以后去看长城。')).toBe(
      'chóng qìng de zhòng yào jǐng diǎn ， zhǎng dà yǐ hòu qù kàn cháng chéng 。',
    );
    expect(read('新开的银行在市中心。')).toBe('xīn kāi de yín háng zài shì zhōng xīn 。');
    expect(read('为老人提供')).toBe('wèi lǎo rén tí gōng');
  });

  it('gives back what is not Chinese as it is, one entry a character', () => {
    expect(readingsFor('2024年，A座。')).toEqual([
      '2',
      '0',
      '2',
      '4',
      'nián',
      '，',
      'A',
      'zuò',
      '。',
    ]);
  });
});

describe('tone convention (docs/features/pinyin.md)', () => {
  it('writes 一 and 不 with the tone they are spoken with, as school textbooks do', () => {
    expect(read('一个')).toBe('yí gè');
    expect(read('一天')).toBe('yì tiān');
    expect(read('一样')).toBe('yí yàng');
    expect(read('不对')).toBe('bú duì');
    expect(read('不好')).toBe('bù hǎo');
  });
  it('writes 一 yī where it counts or orders, and alone', () => {
    expect(read('第一')).toBe('dì yī');
    expect(read('十一')).toBe('shí yī');
    expect(read('统一')).toBe('tǒng yī');
    expect(read('一九四九年')).toBe('yī jiǔ sì jiǔ nián');
    expect(read('不')).toBe('bù');
  });
  it('writes the neutral tone without a mark, 一 and 不 between repeated words too', () => {
    expect(read('看一看')).toBe('kàn yi kàn');
    expect(read('好不好')).toBe('hǎo bu hǎo');
    expect(read('桌子')).toBe('zhuō zi');
    expect(read('我们')).toBe('wǒ men');
    expect(read('看了')).toBe('kàn le');
  });
  it('never writes the third-tone change (你好 is nǐ hǎo, spoken ní hǎo)', () => {
    expect(read('你好')).toBe('nǐ hǎo');
    expect(read('水果')).toBe('shuǐ guǒ');
  });
});
