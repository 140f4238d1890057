import type { FeatureDefinition } from '@yilan/core/feature/feature.js';
import { toggle } from '@yilan/core/settings/schema.js';
import { adopt, sheetFor } from '@yilan/core/page/sheets.js';
import { CAPTION_HEIGHT } from './caption-size.js';

import type * as Impl from './caption-screen.impl.js';

declare module '@yilan/core/feature/feature.js' {
  interface Chunks {
    'caption-screen': typeof Impl;
  }
}

/**
 * Room for the bar so it never hides the page's last lines (WCAG 2.4.11), only while it shows
 * something: an empty bar is not drawn and takes no room, so a footer (contact details, ICP 备案)
 * is never covered for nothing. The room at the bottom is Yilan's own layer element, always last
 * in <body>, given the bar's height: padding on the root would not do, as many templates set
 * `html, body { height: 100% }` and their content overflows the padded box. When the toolbar is
 * open at the bottom, the bar moves to the top and the room with it (padding there pushes the
 * content down whatever the heights).
 */
const bottom = ':root[data-yilan-caption-shown]:not([data-yilan-open="bottom"])';
const pageCss = `${bottom} { scroll-padding-bottom: ${CAPTION_HEIGHT}; }
@layer yilan-layer { ${bottom} yilan-layer { display: block !important; height: ${CAPTION_HEIGHT} !important; } }
:root[data-yilan-caption-shown][data-yilan-open="bottom"] { padding-top: ${CAPTION_HEIGHT} !important; scroll-padding-top: ${CAPTION_HEIGHT}; }`;

/** 显示屏 / 大字幕: the text under the pointer or focus, in very large type. Loaded on first use. */
export const captionScreen = {
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
      const unmount = (await context.loadChunk('caption-screen')).mountCaption(context);
      return () => {
        unmount();
        removePadding();
      };
    } catch (error) {
      removePadding();
      throw error;
    }
  },
} as const satisfies FeatureDefinition<boolean>;
