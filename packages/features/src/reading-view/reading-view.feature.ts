import type { FeatureDefinition } from '@yilan/core/feature/feature.js';
import { toggle } from '@yilan/core/settings/schema.js';
import type * as Impl from './reading-view.impl.js';

declare module '@yilan/core/feature/feature.js' {
  interface Chunks {
    'reading-view': typeof Impl;
  }
}

/** 阅读模式 / 纯文本: the main content alone, large and plain, over the page. Never stored. */
export const readingView = {
  id: 'reading-view',
  setting: 'readingView',
  label: 'readingView',
  control: 'toggle',
  field: { ...toggle(), transient: true },
  apply: async context => (await context.loadChunk('reading-view')).openReadingView(context),
} as const satisfies FeatureDefinition<boolean>;
