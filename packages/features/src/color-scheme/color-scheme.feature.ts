import type { FeatureDefinition } from '@yilan/core/feature/feature.js';
import { oneOf } from '@yilan/core/settings/schema.js';
import { adopt, sheetFor } from '@yilan/core/page/sheets.js';
import { claimFirstLayer, demoteInlineImportant } from '@yilan/core/page/cascade.js';
import { colorSchemeCss, SCHEME_PROPERTIES } from './color-scheme.styles.js';

export const SCHEMES = [
  'default',
  'black-on-white',
  'white-on-black',
  'yellow-on-black',
  'black-on-yellow',
  'yellow-on-blue',
] as const;
export type Scheme = (typeof SCHEMES)[number];

/** 配色 / 高对比度: page colours replaced by one of five 7:1 palettes. */
export const colorScheme = {
  id: 'color-scheme',
  setting: 'scheme',
  label: 'scheme',
  control: 'choice',
  field: oneOf(SCHEMES),
  optionsLabel: 'schemeOptions',
  valueLabels: {
    default: 'scheme.default',
    'black-on-white': 'scheme.black-on-white',
    'white-on-black': 'scheme.white-on-black',
    'yellow-on-black': 'scheme.yellow-on-black',
    'black-on-yellow': 'scheme.black-on-yellow',
    'yellow-on-blue': 'scheme.yellow-on-blue',
  },
  /** Toggles between the original colours and the last scheme chosen (yellow on black at first). */
  firstChoice: 'yellow-on-black',
  shortcuts: [{ command: 'scheme', code: 'KeyC', action: 'toggle' }],
  apply: ({ document, isOwnUi }) => {
    // The layer is named first, then the sheet adopted: Chromium ranks an adopted sheet's layer
    // by the order it saw when the sheet was adopted.
    const release = claimFirstLayer(document);
    const remove = adopt(
      document,
      sheetFor(document, 'color-scheme', () => colorSchemeCss),
    );
    const restore = demoteInlineImportant(document, SCHEME_PROPERTIES, isOwnUi);
    return {
      // Another scheme is only another root attribute: nothing to redo.
      update: () => {},
      dispose() {
        restore();
        remove();
        release();
      },
    };
  },
} as const satisfies FeatureDefinition<Scheme>;
