import type { Disposer, FeatureContext } from '@yilan/core/feature/feature.js';
import { ConverterFactory } from 'opencc-js/core';
import fromCn from 'opencc-js/from/cn';
import toTw from 'opencc-js/to/tw';
import { rewritePage } from './rewrite.js';

/** Simplified → traditional (Taiwan forms), by phrases first, then characters (OpenCC). */
export const toTraditional = ConverterFactory(fromCn, toTw);

export function convertPage(context: FeatureContext, done?: () => void): Disposer {
  return rewritePage(context, toTraditional, { lang: 'zh-TW', done });
}
