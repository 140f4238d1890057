import type { Locale, Translation, TranslationKey } from './translation.js';
import zhCN from './locales/zh-CN.js';
import zhTW from './locales/zh-TW.js';
import en from './locales/en.js';

const TABLES: Readonly<Record<Locale, Translation>> = { 'zh-CN': zhCN, 'zh-TW': zhTW, en };

export type Translate = (key: TranslationKey, ...args: readonly (string | number)[]) => string;

/**
 * Pick Yilan's language: an explicit choice first, then the page's `lang`. Traditional-script
 * tags (zh-TW, zh-HK, zh-MO, zh-Hant) get zh-TW, other Chinese zh-CN, anything else English; a page
 * without `lang` gets zh-CN, the product's home language.
 */
export function pickLocale(
  requested: string | null | undefined,
  pageLang: string | null | undefined,
): Locale {
  for (const tag of [requested, pageLang]) {
    const t = tag?.trim().toLowerCase();
    if (!t) continue;
    if (/^zh[-_](tw|hk|mo|hant)/.test(t)) return 'zh-TW';
    if (/^zh\b/.test(t) || /^(cmn|yue)/.test(t)) return 'zh-CN';
    return 'en';
  }
  return 'zh-CN';
}

/** True when `tag` names one of Yilan's locales or a language it maps to one. */
export function isLocaleTag(tag: string): boolean {
  return /^(zh|en|cmn|yue)([-_][a-z0-9]+)*$/i.test(tag.trim());
}

/** A translate function for `locale`; arguments are inserted as plain text. */
export function translator(locale: Locale): Translate {
  const table = TABLES[locale];
  return (key, ...args) =>
    table[key].replace(/\{(\d)\}/g, (_, i: string) => String(args[Number(i)] ?? ''));
}
