import type { FeatureDefinition } from '@yilan/core/feature/feature.js';
import { toggle } from '@yilan/core/settings/schema.js';

import type * as Impl from './guide-lines.impl.js';

/** 辅助线: a horizontal and a vertical line that follow the pointer. Loaded on first use. */
export const guideLines = {
  id: 'guide-lines',
  setting: 'guides',
  label: 'guides',
  control: 'toggle',
  field: toggle(),
  apply: async context =>
    (await context.loadChunk<typeof Impl>('guide-lines')).mountGuideLines(context),
} as const satisfies FeatureDefinition<boolean>;
