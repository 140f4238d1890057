/**
 * Keeps an element's custom properties in step with the visual viewport, so Yilan's fixed UI
 * stays on the reader's screen when the page is wider than the phone (a layout widened by 200 %
 * text, a desktop-only page zoomed out, a pinch-zoom). Position `fixed` is relative to the layout
 * viewport, which on phones can be larger than, or offset from, what is on screen.
 *
 * Sets, in CSS px of the layout viewport: --_vl/--_vt (offset of the visible area), --_vw/--_vh
 * (its size); and --_k, the factor that gives Yilan's px their normal size on screen (1/scale).
 * Updates at most once a frame; reading visualViewport never forces a layout.
 */
export function followVisualViewport(
  win: Window | null,
  el: HTMLElement,
  onChange?: () => void,
): () => void {
  const vv = win?.visualViewport;
  if (!win || !vv) return () => undefined;
  let frame = 0;
  let last = '';
  const apply = (): void => {
    frame = 0;
    const k = vv.scale > 0 ? 1 / vv.scale : 1;
    const values = [vv.offsetLeft, vv.offsetTop, vv.width, vv.height, k];
    const key = values.join();
    if (key === last) return;
    last = key;
    ['--_vl', '--_vt', '--_vw', '--_vh'].forEach((name, i) =>
      el.style.setProperty(name, `${values[i]}px`),
    );
    el.style.setProperty('--_k', String(k));
    onChange?.();
  };
  const soon = (): void => {
    if (!frame) frame = win.requestAnimationFrame(apply);
  };
  vv.addEventListener('resize', soon);
  vv.addEventListener('scroll', soon);
  // First read after a frame: reading the viewport's size now could force a layout at start-up.
  soon();
  return () => {
    if (frame) win.cancelAnimationFrame(frame);
    vv.removeEventListener('resize', soon);
    vv.removeEventListener('scroll', soon);
  };
}
