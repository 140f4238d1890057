import type { FeatureDefinition } from '@yilan/core/feature/feature.js';
import { oneOf } from '@yilan/core/settings/schema.js';
import { adopt, sheetFor } from '@yilan/core/page/sheets.js';
import { claimFirstLayer, inLayer } from '@yilan/core/page/cascade.js';

export const CURSORS = ['off', 'black', 'white'] as const;
export type CursorStyle = (typeof CURSORS)[number];

const CLICKABLE =
  'a[href], button, [role=button], [role=link], [role=tab], [role=menuitem], label, summary, select, ' +
  'input:is([type=button], [type=submit], [type=reset], [type=checkbox], [type=radio], [type=image], [type=file], [type=color], [type=range])';
const TYPABLE =
  'input:not([type]), input:is([type=text], [type=search], [type=email], [type=url], [type=tel], [type=password], [type=number]), ' +
  'textarea, [contenteditable]:not([contenteditable=false])';

/**
 * 64 px SVG cursors (twice the system size), loaded from the folder yilan.js came from: a strict
 * `img-src 'self'` policy blocks data: URLs but allows these. Hotspots are in CSS pixels.
 */
export function largeCursorCss(base: URL): string {
  const url = (name: string, colour: string): string =>
    `url("${new URL(`cursors/${name}-${colour}.svg`, base).href}")`;
  const tokens = (['black', 'white'] as const)
    .map(
      c =>
        `:root[data-yilan-cursor="${c}"]{--yilan-cursor-arrow:${url('arrow', c)} 8 4, default;` +
        `--yilan-cursor-hand:${url('hand', c)} 28 6, pointer;--yilan-cursor-text:${url('text', c)} 32 32, text}`,
    )
    .join('\n');
  // `cursor` inherits: set on the root, it reaches every element that does not declare its own,
  // and children of links inherit the hand. A `*` rule would cost 160 ms of style on 50k elements.
  // In Yilan's cascade layer, so a page's `html { cursor: default !important }` cannot win.
  return inLayer(`${tokens}
:root[data-yilan-cursor] { cursor: var(--yilan-cursor-arrow) !important; }
:root[data-yilan-cursor] :is(${CLICKABLE}) { cursor: var(--yilan-cursor-hand) !important; }
:root[data-yilan-cursor] :is(${TYPABLE}) { cursor: var(--yilan-cursor-text) !important; }`);
}

/** 大鼠标: large arrow, hand and text cursors in black or white. */
export const largeCursor = {
  id: 'large-cursor',
  setting: 'cursor',
  label: 'cursor',
  control: 'choice',
  field: oneOf(CURSORS),
  optionsLabel: 'cursorOptions',
  valueLabels: { off: 'cursor.off', black: 'cursor.black', white: 'cursor.white' },
  firstChoice: 'black',
  apply: ({ document, base }) => {
    const release = claimFirstLayer(document);
    const remove = adopt(
      document,
      sheetFor(document, `large-cursor ${base.href}`, () => largeCursorCss(base)),
    );
    return () => (remove(), release());
  },
} as const satisfies FeatureDefinition<CursorStyle>;
