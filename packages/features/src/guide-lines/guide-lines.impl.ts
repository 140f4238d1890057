import type { Disposer, FeatureContext } from '@yilan/core/feature/feature.js';
import { createSheet } from '@yilan/core/page/sheets.js';

/** Two-tone lines (red with a white edge) stay visible on light, dark and photographic pages. */
const css = `.guides { position: fixed; inset: 0; pointer-events: none; z-index: 2147483645; }
.guides[hidden] { display: none; }
.line { position: fixed; left: 0; top: 0; background: #c00000; box-shadow: 0 0 0 1px #ffffff; will-change: transform; }
.h { width: 100vw; height: 4px; margin-top: -2px; }
.v { width: 4px; height: 100vh; margin-left: -2px; }`;

/** Mount the lines in Yilan's layer; they never take pointer events, so clicks reach the page. */
export function mountGuideLines({ document, layer }: FeatureContext): Disposer {
  const root = layer();
  const sheet = createSheet(document, css);
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  const box = document.createElement('div');
  box.className = 'guides';
  box.hidden = true;
  box.setAttribute('aria-hidden', 'true');
  const h = document.createElement('div');
  const v = document.createElement('div');
  h.className = 'line h';
  v.className = 'line v';
  box.append(h, v);
  root.append(box);

  const win = document.defaultView ?? window;
  let x = 0;
  let y = 0;
  let frame = 0;
  // One write per frame however fast the pointer moves; transforms avoid layout.
  const draw = (): void => {
    frame = 0;
    box.hidden = false;
    h.style.transform = `translateY(${y}px)`;
    v.style.transform = `translateX(${x}px)`;
  };
  const onMove = (event: PointerEvent): void => {
    x = event.clientX;
    y = event.clientY;
    if (!frame) frame = win.requestAnimationFrame(draw);
  };
  const onLeave = (event: PointerEvent): void => {
    if (!event.relatedTarget) box.hidden = true;
  };
  document.addEventListener('pointermove', onMove, { capture: true, passive: true });
  document.addEventListener('pointerout', onLeave, { capture: true, passive: true });
  return () => {
    document.removeEventListener('pointermove', onMove, { capture: true });
    document.removeEventListener('pointerout', onLeave, { capture: true });
    if (frame) win.cancelAnimationFrame(frame);
    box.remove();
    root.adoptedStyleSheets = root.adoptedStyleSheets.filter(s => s !== sheet);
  };
}
