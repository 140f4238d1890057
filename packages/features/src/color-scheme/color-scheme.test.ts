import { describe, expect, it } from 'vitest';
import { PALETTES } from './color-scheme.styles.js';
import { SCHEMES } from './color-scheme.feature.js';

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5]
    .map(i => parseInt(hex.slice(i, i + 2), 16) / 255)
    .map(c => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
const ratio = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
};

describe('colour palettes', () => {
  it('covers every scheme but the original colours', () => {
    expect(Object.keys(PALETTES).sort()).toEqual(SCHEMES.filter(s => s !== 'default').sort());
  });

  it.each(Object.entries(PALETTES))('%s: text and links reach 7:1 (WCAG 1.4.6)', (_, p) => {
    expect(ratio(p.fg, p.bg)).toBeGreaterThanOrEqual(7);
    expect(ratio(p.link, p.bg)).toBeGreaterThanOrEqual(7);
  });
});
