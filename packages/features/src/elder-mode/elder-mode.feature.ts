import type { FeatureDefinition } from '@yilan/core/feature/feature.js';
import { toggle } from '@yilan/core/settings/schema.js';
import { adopt, sheetFor } from '@yilan/core/page/sheets.js';

/**
 * Blocks a site marks as non-essential disappear; controls get 44 px targets (WCAG 2.5.5) where
 * the page's layout allows; text gets room to breathe (line height 1.6, WCAG 1.4.12).
 */
const css = `:root[data-yilan-elder] [data-yilan-elder="hide"] { display: none !important; }
:root[data-yilan-elder] :is(button, select, input:not([type=checkbox], [type=radio], [type=hidden], [type=range]), [role=button]) { min-height: 44px !important; }
:root[data-yilan-elder] :is(button, [role=button], input:is([type=button], [type=submit], [type=reset])) { min-width: 44px !important; }
:root[data-yilan-elder] :is(input[type=checkbox], input[type=radio]) { min-width: 24px !important; min-height: 24px !important; }
:where(:root[data-yilan-elder]) :where(body) { line-height: 1.6; }`;

/** 长辈版: one switch for larger text, large cursor, caption screen and strong focus. */
export const elderMode = {
  id: 'elder-mode',
  setting: 'elder',
  label: 'elder',
  control: 'toggle',
  field: toggle(),
  preset: { zoom: 150, cursor: 'black', caption: true, focus: true, rate: 0.75 },
  shortcuts: [{ command: 'elder', code: 'KeyE', action: 'toggle' }],
  apply: ({ document }) =>
    adopt(
      document,
      sheetFor(document, 'elder-mode', () => css),
    ),
} as const satisfies FeatureDefinition<boolean>;
