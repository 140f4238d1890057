/**
 * The always-loaded part of the toolbar's look: the fixed container and the entry button. Sizes
 * are px so the page's text zoom never moves it. Colours follow the page's Yilan scheme through
 * the inherited --yilan-fg/--yilan-bg tokens, with a 10:1 default. Page rules that reach the host
 * (`* {}`, `!important` fonts) lose to the `!important` ones here: inside a shadow tree,
 * important declarations win over the outer page's.
 */
export const toolbarCss = `:host {
  all: initial !important; display: contents !important;
  --_fg: var(--yilan-fg, var(--yilan-toolbar-fg, #111111));
  --_bg: var(--yilan-bg, var(--yilan-toolbar-bg, #ffffff));
  --_accent: var(--yilan-fg, var(--yilan-toolbar-accent, #0b3d91));
  --_on-accent: var(--yilan-bg, #ffffff);
  --_focus: var(--yilan-toolbar-focus, #ffbf00);
  --_target: 44px;
  font: 16px/1.3 system-ui, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif !important;
  color: #111111 !important;
}
* { box-sizing: border-box; }
[hidden] { display: none !important; }
/* The frame covers exactly what is on the reader's screen (see followVisualViewport), at the
   screen's scale, and lets every touch through; the bar inside it is placed in screen px. */
.frame { position: fixed; z-index: 2147483647; left: var(--_vl, 0px); top: var(--_vt, 0px);
  width: calc(var(--_vw, 100vw) / var(--_k, 1)); height: calc(var(--_vh, 100dvh) / var(--_k, 1));
  transform: scale(var(--_k, 1)); transform-origin: 0 0; pointer-events: none; container-type: inline-size;
  --_fh: calc(var(--_vh, 100dvh) / var(--_k, 1)); }
.base { position: absolute; top: 8px; right: 8px; color: var(--_fg); font: inherit; pointer-events: auto;
  text-align: start; cursor: var(--yilan-cursor-arrow, default); }
.base.bottom { top: auto; bottom: 8px; }
.base.rtl-page { right: auto; left: 8px; }
.base.placed { left: var(--_l); right: var(--_r); top: var(--_t); bottom: var(--_b); }
/* Open: a sheet across the screen, never taller than 70 % of it (at least 360 px), so the page
   stays in view while the reader tries a setting; the panel scrolls inside. */
.base.open { left: 0; right: 0; top: 0; bottom: auto; display: flex; align-items: flex-start; gap: 8px;
  --_sheet: min(var(--_fh), max(360px, calc(var(--_fh) * 0.7))); max-height: var(--_sheet);
  padding: 8px; background: var(--_bg); border-bottom: 3px solid var(--_accent); box-shadow: 0 2px 8px rgb(0 0 0 / 0.25); }
.base.open.bottom { top: auto; bottom: 0; border-bottom: 0; border-top: 3px solid var(--_accent); }
.base.open > yilan-panel { max-height: calc(var(--_sheet) - 19px); }
@container (max-width: 600px) {
  .base.open { flex-direction: column; align-items: stretch; }
  .base.open > .entry { align-self: flex-end; }
  .base.open > yilan-panel { flex: 0 1 auto; max-height: calc(var(--_sheet) - 27px - var(--_target)); }
}
/* Docked: every corner covers a control of the page, so the entry is a slim tab at the edge
   (28 x 56 px: above the 24 x 24 px minimum of WCAG 2.5.8, and narrow enough to cover no text). */
.base.tab .entry { min-width: 0; min-height: 0; width: 28px; height: 56px; padding: 0; justify-content: center;
  border-radius: 8px 0 0 8px; }
.base.tab.tab-left .entry { border-radius: 0 8px 8px 0; }
.base.tab .entry > span { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
.base.tab .entry svg { width: 20px; height: 20px; }
.elder.tab .entry { width: 36px; height: 72px; }
.entry { display: inline-flex; align-items: center; gap: 6px; min-height: var(--_target); min-width: var(--_target);
  margin: 0; padding: 6px 14px; font: inherit; font-weight: 700; border: 2px solid var(--_accent); border-radius: 999px;
  background: var(--_accent); color: var(--_on-accent); box-shadow: 0 0 0 2px var(--_bg);
  cursor: var(--yilan-cursor-hand, pointer); touch-action: manipulation; }
.entry:hover { text-decoration: underline; }
.entry:focus-visible { outline: 3px solid var(--_fg); outline-offset: 2px; box-shadow: 0 0 0 6px var(--_focus); }
.entry svg { width: 24px; height: 24px; fill: currentColor; }
.elder { --_target: 60px; font-size: 20px; }
.skip { position: absolute; top: 0; right: 0; white-space: nowrap; min-height: var(--_target); padding: 6px 14px;
  font: inherit; font-weight: 700; border: 2px solid var(--_accent); border-radius: 8px; background: var(--_bg); color: var(--_fg); }
.skip:not(:focus) { clip-path: inset(50%); width: 1px; height: 1px; min-height: 0; padding: 0; border: 0; overflow: hidden; }
.skip:focus-visible { outline: 3px solid var(--_fg); outline-offset: 2px; box-shadow: 0 0 0 6px var(--_focus); }
.sr-only { position: absolute; width: 1px; height: 1px; margin: -1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
yilan-panel { flex: 1 1 300px; min-width: 0; }
yilan-help, yilan-guide { position: absolute; }`;
