import type { FeatureDefinition } from '@yilan/core/feature/feature.js';
import { toggle } from '@yilan/core/settings/schema.js';
import type * as ToTraditional from './to-traditional.impl.js';
import type * as ToSimplified from './to-simplified.impl.js';
import { isTraditionalPage } from './page-script.js';

declare module '@yilan/core/feature/feature.js' {
  interface Chunks {
    'to-traditional': typeof ToTraditional;
    'to-simplified': typeof ToSimplified;
  }
}

/**
 * 简繁: the page's text in the other script — simplified pages in traditional characters (Taiwan
 * forms), traditional pages in simplified — converted by phrases with OpenCC. The dictionaries
 * (about 330 KB gzip one way, 30 KB the other) load only when a reader turns this on.
 */
export const chineseConvert = {
  id: 'chinese-convert',
  setting: 'traditional',
  label: 'traditional',
  control: 'toggle',
  field: toggle(),
  async apply(context) {
    const toSimplified = isTraditionalPage(context.document);
    const chunk = toSimplified ? 'to-simplified' : 'to-traditional';
    const undo = (await context.loadChunk(chunk)).convertPage(context);
    // Yilan's own strings follow the page into the other script (not a site's chosen English).
    const follows = context.locale === (toSimplified ? 'zh-TW' : 'zh-CN');
    if (follows) context.setLanguage?.(toSimplified ? 'zh-CN' : 'zh-TW');
    return () => {
      undo();
      if (follows) context.setLanguage?.();
    };
  },
} as const satisfies FeatureDefinition<boolean>;
