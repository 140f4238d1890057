/**
 * Zoom rescue: what the page's own boxes need so that doubled text still fits (WCAG 1.4.4, 1.4.10).
 * The override sheet only exists while text is zoomed, so these declarations never touch the page
 * at 100 %. They are copied beside the font-size copies, with the same selector, so they win over
 * the original declaration exactly where it applied and nowhere else.
 *
 * - A fixed `height` (a nav bar of 40 px with `overflow: hidden`, a news box of 300 px) becomes
 *   `height: auto` with the old height as its minimum: the box keeps its look and grows only
 *   when its text needs more room. Images, video and other replaced elements keep their height
 *   (through `--yilan-fit`, set only on them by the base sheet).
 * - A width in em/rem/ex/ch (an old layout sized in em grows with the text) is capped at the
 *   width of its container, so the page never scrolls sideways. Widths in px, %, and the scrolling
 *   tracks of carousels (sized in px or % by their scripts) are left alone.
 * - `white-space: nowrap` in a rule that also hides its overflow (one-line news titles cut with an
 *   ellipsis) or makes an inline-block wraps again, so no title is cut shorter than it was at
 *   100 % and no date chip pushes the page sideways. Plain `nowrap` (scroller tracks) stays.
 */

/** A height worth freeing: a length or calc() without percentages (those follow the container). */
const FIXED = /^(?:calc\(|min\(|max\(|clamp\()?[^%]*\d[a-z]+/i;
const FONT_RELATIVE = /\d(?:em|rem|ex|ch|lh|rlh|cap|ic)\b/i;
const HIDES = /^(hidden|clip)$/i;

export function rescueDeclarations(style: CSSStyleDeclaration): string[] {
  const out: string[] = [];
  const important = (prop: string): string =>
    style.getPropertyPriority(prop) ? ' !important' : '';
  const height = style.getPropertyValue('height').trim();
  if (height && FIXED.test(height) && !/var\(/i.test(height)) {
    const min = style.getPropertyValue('min-height').trim();
    const floor = min && FIXED.test(min) ? `max(${height}, ${min})` : height;
    const mark = important('height');
    out.push(
      `--yilan-h:${height}`,
      `height:var(--yilan-fit, auto)${mark}`,
      `min-height:${floor}${important('min-height') || mark}`,
    );
  }
  // An absolutely placed box (a skip link parked off-screen, a dropdown) has no container width
  // to be capped to, and never pushes the page sideways while it is parked.
  const placed = /^(absolute|fixed)$/i.test(style.getPropertyValue('position').trim());
  for (const prop of placed ? [] : (['width', 'min-width'] as const)) {
    const value = style.getPropertyValue(prop).trim();
    if (!value || !FONT_RELATIVE.test(value) || /var\(/i.test(value)) continue;
    if (prop === 'width') {
      const max = style.getPropertyValue('max-width').trim();
      const cap = max && max !== 'none' ? `min(${max}, 100%)` : '100%';
      out.push(`max-width:${cap}${important('max-width') || important('width')}`);
    } else out.push(`min-width:min(${value}, 100%)${important('min-width')}`);
  }
  const nowrap = /^nowrap$/i.test(style.getPropertyValue('white-space').trim());
  const hides =
    HIDES.test(style.getPropertyValue('overflow-x').trim()) ||
    /ellipsis/i.test(style.getPropertyValue('text-overflow'));
  // An inline-block kept on one line (a "发布时间：2017-05-15 10:49:00" chip under a title) is one
  // unbreakable piece of a line: at 200 % on a phone it alone pushed a real article page 156 px
  // sideways. It may wrap; it stays on one line wherever it fits.
  const chip = /^inline-block$/i.test(style.getPropertyValue('display').trim());
  if (nowrap && (hides || chip)) out.push(`white-space:normal${important('white-space')}`);
  return out;
}

/**
 * Base rules: replaced elements keep their own height (see `--yilan-fit` above); and a word too
 * long for its line at the larger size may break. `anywhere` (unlike `break-word`) also lets a
 * table column, flex or grid item shrink below its longest word, which is what pushed phone pages
 * sideways at 200 % (a GOV.UK table by 288 px, a USWDS card list by 66 px, a Bootstrap button by
 * 19 px). It only takes effect where a word would otherwise stick out: text that fits is laid out
 * as before. No specificity, so a page rule that sets `overflow-wrap` keeps its value.
 */
export const rescueBaseCss = `:where(:root[data-yilan-zoom]) :where(img, svg, video, canvas, iframe, object, embed){--yilan-fit:var(--yilan-h)}
:where(:root[data-yilan-zoom]) :where(body *){overflow-wrap:anywhere}`;
