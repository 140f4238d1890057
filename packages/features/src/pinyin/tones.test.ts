import { describe, expect, it } from 'vitest';
import { toMarked, toNumbered } from './tones.js';

describe('tone numbers and marks', () => {
  const pairs: [string, string][] = [
    ['zhòng', 'zhong4'],
    ['háng', 'hang2'],
    ['le', 'le5'],
    ['lǜ', 'lv4'],
    ['nüè', 'nve4'],
    ['guǒ', 'guo3'],
    ['duì', 'dui4'],
    ['liú', 'liu2'],
    ['xiōng', 'xiong1'],
    ['ōu', 'ou1'],
  ];
  it.each(pairs)('%s is %s and back', (marked, numbered) => {
    expect(toNumbered(marked)).toBe(numbered);
    expect(toMarked(numbered)).toBe(marked);
  });
});
