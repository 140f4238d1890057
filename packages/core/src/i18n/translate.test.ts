import { describe, expect, it } from 'vitest';
import { pickLocale, translator } from './translate.js';
import zhCN from './locales/zh-CN.js';
import zhTW from './locales/zh-TW.js';
import en from './locales/en.js';

describe('i18n', () => {
  it.each([
    [undefined, 'zh-CN', 'zh-CN'],
    [undefined, 'zh-Hans-CN', 'zh-CN'],
    [undefined, 'zh-HK', 'zh-TW'],
    [undefined, 'zh-Hant', 'zh-TW'],
    [undefined, 'en-GB', 'en'],
    [undefined, 'fr', 'en'],
    [undefined, null, 'zh-CN'],
    ['en', 'zh-CN', 'en'],
    ['zh-TW', 'en', 'zh-TW'],
  ])('data-lang %s on a page in %s gives %s', (requested, page, expected) => {
    expect(pickLocale(requested, page)).toBe(expected);
  });

  it('inserts arguments as text', () => {
    expect(translator('en')('zoomValue', '<b>150</b>')).toBe('Page zoom <b>150</b>');
  });

  it('uses the names the product spec fixes', () => {
    expect([
      zhCN.elder,
      zhCN.scheme,
      zhCN.zoomIn,
      zhCN.zoomOut,
      zhCN.cursor,
      zhCN.guides,
      zhCN.caption,
      zhCN.reset,
      zhCN.help,
    ]).toEqual([
      '长辈版',
      '配色/高对比度',
      '放大',
      '缩小',
      '大鼠标',
      '辅助线',
      '显示屏',
      '重置',
      '帮助',
    ]);
    expect([
      en.elder,
      en.scheme,
      en.zoomIn,
      en.zoomOut,
      en.cursor,
      en.guides,
      en.caption,
      en.reset,
      en.help,
    ]).toEqual([
      'Elder mode',
      'Colour scheme / High contrast',
      'Zoom in',
      'Zoom out',
      'Large cursor',
      'Guide lines',
      'Caption screen',
      'Reset',
      'Help',
    ]);
  });

  it('has the same keys and the same {n} placeholders in every locale', () => {
    const holes = (s: string) => (s.match(/\{\d\}/g) ?? []).sort().join();
    for (const table of [zhTW, en]) {
      expect(Object.keys(table).sort()).toEqual(Object.keys(zhCN).sort());
      for (const k of Object.keys(zhCN) as (keyof typeof zhCN)[])
        expect(holes(table[k]), k).toBe(holes(zhCN[k]));
    }
  });
});
