import type { Locale } from './translation.js';
import type { MoreKey, MoreTranslation } from './more-translation.js';
import zhCN from './more/zh-CN.js';
import zhTW from './more/zh-TW.js';
import en from './more/en.js';

const TABLES: Readonly<Record<Locale, MoreTranslation>> = { 'zh-CN': zhCN, 'zh-TW': zhTW, en };

export type MoreTranslate = (key: MoreKey, ...args: readonly (string | number)[]) => string;

/** Translate function for the lazily loaded parts; arguments are inserted as plain text. */
export function moreTranslator(locale: Locale): MoreTranslate {
  const table = TABLES[locale] ?? zhCN;
  return (key, ...args) =>
    table[key].replace(/\{(\d)\}/g, (_, i: string) => String(args[Number(i)] ?? ''));
}
