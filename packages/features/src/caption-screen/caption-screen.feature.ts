import type { FeatureDefinition } from '@yilan/core/feature/feature.js';
import { toggle } from '@yilan/core/settings/schema.js';
import { adopt, sheetFor } from '@yilan/core/page/sheets.js';
import { CAPTION_HEIGHT } from './caption-size.js';

import type * as Impl from './caption-screen.impl.js';

/** Room at the bottom of the page so the bar never hides its last lines (WCAG 2.4.11). */
const pageCss = `:root[data-yilan-caption] { padding-bottom: ${CAPTION_HEIGHT} !important; scroll-padding-bottom: ${CAPTION_HEIGHT}; }`;

/** 显示屏 / 大字幕: the text under the pointer or focus, in very large type. Loaded on first use. */
export const captionScreen: FeatureDefinition<boolean> = {
  id: 'caption-screen',
  setting: 'caption',
  label: 'caption',
  control: 'toggle',
  field: toggle(),
  async apply(context) {
    const removePadding = adopt(
      context.document,
      sheetFor(context.document, 'caption-page', () => pageCss),
    );
    try {
      const unmount = (await context.loadChunk<typeof Impl>('caption-screen')).mountCaption(
        context,
      );
      return () => {
        unmount();
        removePadding();
      };
    } catch (error) {
      removePadding();
      throw error;
    }
  },
};
