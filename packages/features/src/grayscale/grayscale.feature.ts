import type { FeatureDefinition } from '@yilan/core/feature/feature.js';
import { toggle } from '@yilan/core/settings/schema.js';
import { adopt, sheetFor } from '@yilan/core/page/sheets.js';

/**
 * A fixed, click-through pseudo-element whose backdrop is greyed. A `filter` on `html` or `body`
 * would be simpler but makes them the containing block of every `position: fixed` element, which
 * breaks sticky headers and dialogs (ranbuch/accessibility#26, joomla/joomla-cms#43894).
 */
const css = `:root[data-yilan-grayscale]::after {
  content: ""; position: fixed; inset: 0; pointer-events: none; z-index: 2147483646;
  -webkit-backdrop-filter: grayscale(1); backdrop-filter: grayscale(1);
}`;

/** 灰度: the page in shades of grey, Yilan's own toolbar left in colour above it. */
export const grayscale = {
  id: 'grayscale',
  setting: 'grayscale',
  label: 'grayscale',
  control: 'toggle',
  field: toggle(),
  apply: ({ document }) =>
    adopt(
      document,
      sheetFor(document, 'grayscale', () => css),
    ),
} as const satisfies FeatureDefinition<boolean>;
