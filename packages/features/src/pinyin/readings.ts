import { OutputFormat, segment } from 'pinyin-pro';
import { fixedReadings } from './fixes.js';
import { knows, predict } from './polyphone.js';
import { toMarked, toNumbered } from './tones.js';

/**
 * Where a text is cut before pinyin-pro reads it: after clause and sentence punctuation and at
 * line breaks. pinyin-pro's segmentation multiplies word probabilities over the whole text it is
 * given; past about twenty words the product underflows and a word can fall back to its
 * characters' first readings (常常要重新排队 read zhòng xīn inside a paragraph, chóng xīn alone).
 */
const CLAUSE = /(?<=[\u3001\u3002\uff0c\uff1b\uff1a\uff01\uff1f,;:!?\n])/u;

/** pinyin-pro's reading of each character of a text, and the word pinyin-pro read it in. */
export interface PinyinPro {
  /** Tone marks; anything that is not Chinese as it is. */
  readings: string[];
  /** For each character, the word (from pinyin-pro's segmentation) it belongs to. */
  words: string[];
}

/** pinyin-pro's readings, clause by clause; null when they do not line up with the characters. */
export function pinyinPro(text: string): PinyinPro | null {
  const readings: string[] = [];
  const words: string[] = [];
  for (const clause of text.split(CLAUSE)) {
    if (!clause) continue;
    const start = readings.length;
    for (const word of segment(clause, { format: OutputFormat.AllArray })) {
      const whole = word.map(item => item.origin).join('');
      for (const item of word) {
        readings.push(item.result);
        words.push(whole);
      }
    }
    if (readings.length - start !== [...clause].length) return null;
  }
  return { readings, words };
}

/**
 * The reading Yilan shows over each character of `text` (tone marks; anything that is not Chinese
 * is given back as it is): pinyin-pro's, then, at each polyphonic character the polyphone model
 * knows, the model's choice; last, the few fixes of fixes.ts. Null when pinyin-pro's syllables do not line up with the characters.
 */
export function readingsFor(text: string): string[] | null {
  const read = pinyinPro(text);
  if (!read) return null;
  const { readings, words } = read;
  const chars = [...text];
  for (let i = 0; i < chars.length; i++) {
    const said = readings[i];
    if (said === chars[i] || !knows(chars[i])) continue;
    const numbered = toNumbered(said);
    const chosen = predict(chars, i, numbered, words[i]);
    if (chosen && chosen !== numbered) readings[i] = toMarked(chosen);
  }
  for (const [i, reading] of fixedReadings(text)) readings[i] = toMarked(reading);
  return readings;
}
