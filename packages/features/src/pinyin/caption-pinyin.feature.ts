import type { FeatureDefinition } from '@yilan/core/feature/feature.js';
import { toggle } from '@yilan/core/settings/schema.js';

/**
 * 显示屏拼音: pinyin in the caption screen only, for readers who want help with a character now
 * and then without the whole page doubling its line height. Switching it on opens the caption
 * screen (a preset, as elder mode does), and off closes it again if the reader did not.
 */
export const captionPinyin = {
  id: 'caption-pinyin',
  setting: 'captionPinyin',
  label: 'captionPinyin',
  control: 'toggle',
  field: toggle(),
  preset: { caption: true },
  apply: async context => (await context.loadChunk('pinyin')).annotateCaption(context),
} as const satisfies FeatureDefinition<boolean>;
