import type { FeatureContext, FeatureDefinition } from '@yilan/core/feature/feature.js';
import { toggle } from '@yilan/core/settings/schema.js';
import type * as Impl from './region-guide.impl.js';

declare module '@yilan/core/feature/feature.js' {
  interface Chunks {
    'region-guide': typeof Impl;
  }
}

const guide = async (context: FeatureContext) =>
  (await context.loadChunk('region-guide')).guideFor(context);

/**
 * 区域指引 / 智能导盲: the page's regions found, outlined and numbered (the setting), and keyboard
 * jumps that move real focus between them (the commands). Everything loads on first use.
 */
export const regionGuide = {
  id: 'region-guide',
  setting: 'regions',
  label: 'regions',
  control: 'toggle',
  field: toggle(),
  buttons: [{ label: 'regionList', command: 'region-list' }],
  shortcuts: [
    { command: 'region-next', code: 'KeyN', run: async context => (await guide(context)).move(1) },
    {
      command: 'region-previous',
      code: 'KeyP',
      run: async context => (await guide(context)).move(-1),
    },
    {
      command: 'region-list',
      code: 'KeyL',
      run: async context => (await guide(context)).openList(),
    },
    {
      command: 'region-main',
      code: 'KeyM',
      run: async context => (await guide(context)).focusKind('content'),
    },
  ],
  apply: async context => (await guide(context)).showOverlay(),
  async helpSection(context) {
    return (await guide(context)).helpSection();
  },
} as const satisfies FeatureDefinition<boolean>;
