import type { FeatureDefinition } from '@yilan/core/feature/feature.js';
import { toggle } from '@yilan/core/settings/schema.js';
import type * as Impl from './pinyin.impl.js';

declare module '@yilan/core/feature/feature.js' {
  interface Chunks {
    pinyin: typeof Impl;
  }
}

/** 拼音: pinyin with tone marks over the page's characters. pinyin-pro loads on first use. */
export const pinyinAnnotation = {
  id: 'pinyin',
  setting: 'pinyin',
  label: 'pinyin',
  control: 'toggle',
  field: toggle(),
  apply: async context => (await context.loadChunk('pinyin')).annotatePage(context),
} as const satisfies FeatureDefinition<boolean>;
