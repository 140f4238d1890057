import type { FeatureDefinition } from '@yilan/core/feature/feature.js';
import { toggle } from '@yilan/core/settings/schema.js';
import { adopt, sheetFor } from '@yilan/core/page/sheets.js';
import { CAPTION_HEIGHT } from './caption-size.js';

import type * as Impl from './caption-screen.impl.js';

/**
 * Room for the bar so it never hides the page's last lines (WCAG 2.4.11). When the toolbar is
 * open at the bottom, the bar moves to the top and the room with it.
 */
const pageCss = `:root[data-yilan-caption]:not([data-yilan-open="bottom"]) { padding-bottom: ${CAPTION_HEIGHT} !important; scroll-padding-bottom: ${CAPTION_HEIGHT}; }
:root[data-yilan-caption][data-yilan-open="bottom"] { padding-top: ${CAPTION_HEIGHT} !important; scroll-padding-top: ${CAPTION_HEIGHT}; }`;

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
