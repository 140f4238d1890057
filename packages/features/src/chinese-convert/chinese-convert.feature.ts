import type { FeatureDefinition } from '@yilan/core/feature/feature.js';
import { toggle } from '@yilan/core/settings/schema.js';
import type * as Impl from './to-traditional.impl.js';
import { isTraditionalPage } from './page-script.js';

/**
 * 简繁: the page's text in the other script — simplified pages in traditional characters (Taiwan
 * forms), traditional pages in simplified — converted by phrases with OpenCC. The dictionaries
 * (about 330 KB gzip one way, 30 KB the other) load only when a reader turns this on.
 */
export const chineseConvert: FeatureDefinition<boolean> = {
  id: 'chinese-convert',
  setting: 'traditional',
  label: 'traditional',
  control: 'toggle',
  field: toggle(),
  async apply(context) {
    const chunk = isTraditionalPage(context.document) ? 'to-simplified' : 'to-traditional';
    return (await context.loadChunk<typeof Impl>(chunk)).convertPage(context);
  },
};
