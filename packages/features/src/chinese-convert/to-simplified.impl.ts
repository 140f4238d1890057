import type { Disposer, FeatureContext } from '@yilan/core/feature/feature.js';
import { ConverterFactory } from 'opencc-js/core';
import fromTw from 'opencc-js/from/tw';
import toCn from 'opencc-js/to/cn';
import { rewritePage } from './rewrite.js';

/** Traditional → simplified, by phrases first, then characters (OpenCC). */
export const toSimplified = ConverterFactory(fromTw, toCn);

export function convertPage(context: FeatureContext, done?: () => void): Disposer {
  return rewritePage(context, toSimplified, { lang: 'zh-CN', done });
}
