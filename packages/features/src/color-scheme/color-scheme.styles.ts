import { inLayer } from '@yilan/core/page/cascade.js';

/** Foreground, background and link colour of each scheme; every pair is at least 7:1 (tested). */
export const PALETTES = {
  'black-on-white': { fg: '#000000', bg: '#ffffff', link: '#00008b', scheme: 'light' },
  'white-on-black': { fg: '#ffffff', bg: '#000000', link: '#99ccff', scheme: 'dark' },
  'yellow-on-black': { fg: '#ffff00', bg: '#000000', link: '#00ffff', scheme: 'dark' },
  'black-on-yellow': { fg: '#000000', bg: '#ffff00', link: '#00008b', scheme: 'light' },
  'yellow-on-blue': { fg: '#ffff00', bg: '#000080', link: '#ffffff', scheme: 'dark' },
} as const;

export type SchemeName = keyof typeof PALETTES;

const tokens = Object.entries(PALETTES)
  .map(
    ([name, p]) =>
      `:root[data-yilan-scheme="${name}"]{--yilan-fg:${p.fg} !important;--yilan-bg:${p.bg} !important;--yilan-link:${p.link} !important;color-scheme:${p.scheme} !important}`,
  )
  .join('\n');

/**
 * One sheet for every scheme: the root attribute picks the tokens, and one rule set recolours
 * text, backgrounds, borders and links; plain selectors, because their matching cost is paid on
 * every element of the page. Every declaration is `!important` inside Yilan's cascade layer,
 * which the cascade ranks above any unlayered `!important` of the page, whatever its specificity,
 * and above the page's own layers (see core/page/cascade.ts). SVG text is painted with `fill`,
 * not `color`. Media keep their colours. Nothing here is a filter or transform on an ancestor,
 * which would break the page's `position: fixed` elements. Skipped entirely under
 * `forced-colors`, where the user's system colours must win.
 */
export const colorSchemeCss = inLayer(`@media (forced-colors: none) {
${tokens}
:root[data-yilan-scheme] { background: var(--yilan-bg) !important; color: var(--yilan-fg) !important; }
:root[data-yilan-scheme] :is(body, body *) {
  color: var(--yilan-fg) !important;
  background-color: var(--yilan-bg) !important;
  background-image: none !important;
  border-color: var(--yilan-fg) !important;
  text-shadow: none !important;
  -webkit-text-fill-color: currentColor !important;
}
:root[data-yilan-scheme] :is(a, a *) { color: var(--yilan-link) !important; }
:root[data-yilan-scheme] a { text-decoration: underline !important; }
:root[data-yilan-scheme] :is(input, select, textarea, button) { border: 2px solid var(--yilan-fg) !important; }
:root[data-yilan-scheme] ::placeholder { color: var(--yilan-fg) !important; -webkit-text-fill-color: currentColor !important; opacity: 1 !important; }
:root[data-yilan-scheme] svg :is(text, tspan, textPath) { fill: currentColor !important; stroke: none !important; }
:root[data-yilan-scheme] mark { color: var(--yilan-bg) !important; background-color: var(--yilan-fg) !important; }
:root[data-yilan-scheme] ::selection { color: var(--yilan-bg) !important; background-color: var(--yilan-fg) !important; }
:root[data-yilan-scheme] :focus-visible { outline: 3px solid var(--yilan-link) !important; outline-offset: 2px !important; }
:root[data-yilan-scheme] :is(video, canvas, iframe, object, embed, svg) { background-color: transparent !important; }
:root[data-yilan-scheme] img { background-color: #ffffff !important; }
}`);

/**
 * What the sheet sets, and so what an inline `style="… !important"` must give up while a scheme
 * is on (an inline important beats every stylesheet, layered or not).
 */
export const SCHEME_PROPERTIES = [
  'color',
  'background-color',
  'background-image',
  'border-top-color',
  'border-right-color',
  'border-bottom-color',
  'border-left-color',
  'text-shadow',
  '-webkit-text-fill-color',
  'fill',
  'stroke',
] as const;
