import type { FeatureDefinition } from '@yilan/core/feature/feature.js';
import { toggle } from '@yilan/core/settings/schema.js';
import { adopt, sheetFor } from '@yilan/core/page/sheets.js';
import { claimFirstLayer, inLayer } from '@yilan/core/page/cascade.js';

/**
 * A three-band ring (yellow, black, yellow) around whatever has keyboard focus: at least 4 px of
 * a colour that contrasts 3:1 or more with any background, larger than WCAG 2.4.13 asks. In
 * Yilan's cascade layer, so a page's `#nav a:focus { outline: 0 !important }` cannot remove it.
 */
const css = `${inLayer(`:root[data-yilan-focus] :focus-visible {
  outline: 4px solid #000000 !important; outline-offset: 2px !important;
  box-shadow: 0 0 0 2px #ffd400, 0 0 0 8px #ffd400 !important;
}`)}
:root[data-yilan-focus] { scroll-padding-block: 80px; }`;

/** 焦点高亮: a strong focus indicator for keyboard users. */
export const focusRing = {
  id: 'focus-ring',
  setting: 'focus',
  label: 'focus',
  control: 'toggle',
  field: toggle(),
  apply: ({ document }) => {
    const release = claimFirstLayer(document);
    const remove = adopt(
      document,
      sheetFor(document, 'focus-ring', () => css),
    );
    return () => (remove(), release());
  },
} as const satisfies FeatureDefinition<boolean>;
