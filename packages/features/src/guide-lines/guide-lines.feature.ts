import type { FeatureDefinition } from '@yilan/core/feature/feature.js';
import { toggle } from '@yilan/core/settings/schema.js';

import type * as Impl from './guide-lines.impl.js';

declare module '@yilan/core/feature/feature.js' {
  interface Chunks {
    'guide-lines': typeof Impl;
  }
}

/** 辅助线: a horizontal and a vertical line that follow the pointer. Loaded on first use. */
export const guideLines = {
  id: 'guide-lines',
  setting: 'guides',
  label: 'guides',
  control: 'toggle',
  field: toggle(),
  apply: async context => (await context.loadChunk('guide-lines')).mountGuideLines(context),
} as const satisfies FeatureDefinition<boolean>;
