import type { Disposer, FeatureContext } from '@yilan/core/feature/feature.js';
import { createSheet } from '@yilan/core/page/sheets.js';
import { followVisualViewport } from '@yilan/core/page/visual-viewport.js';
import { CAPTION_FONT, CAPTION_HEIGHT } from './caption-size.js';
import { captionText } from './caption-text.js';

// Placed on the visual viewport (followVisualViewport): a page widened by 200 % text on a phone
// must not carry the bar off the side or below the screen.
const css = `.caption { position: fixed; left: var(--_vl, 0px); width: var(--_vw, 100%); top: calc(var(--_vt, 0px) + var(--_vh, 100%));
  transform: translateY(-100%); z-index: 2147483645; box-sizing: border-box;
  height: ${CAPTION_HEIGHT}; padding: 14px 24px; margin: 0; overflow: hidden;
  background: #000000; color: #ffff00; border-top: 3px solid #ffff00;
  font: 700 ${CAPTION_FONT}/1.35 system-ui, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif;
  display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: 2; pointer-events: none; }
.caption:not(.shown) { display: none; }
.caption.top { top: var(--_vt, 0px); transform: none; border-top: 0; border-bottom: 3px solid #ffff00; }`;

/** Time the pointer must rest before the caption changes, so sweeping across the page is calm. */
const DWELL_MS = 120;

/** Mount the caption bar in Yilan's layer and follow pointer and focus. */
export function mountCaption({ document, layer, isOwnUi }: FeatureContext): Disposer {
  const root = layer();
  const sheet = createSheet(document, css);
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  const bar = document.createElement('p');
  bar.className = 'caption';
  // The bar repeats text that is already on the page; screen readers must not meet it twice.
  bar.setAttribute('aria-hidden', 'true');
  bar.setAttribute('data-yilan-caption-bar', '');
  root.append(bar);
  const unfollow = followVisualViewport(document.defaultView, bar);

  const win = document.defaultView ?? window;
  const html = document.documentElement;
  let timer = 0;
  /** The bar and the page's room for it appear with the first text, and go when it is cleared. */
  const write = (text: string): void => {
    bar.textContent = text;
    const shown = !!text.trim();
    bar.classList.toggle('shown', shown);
    html.toggleAttribute('data-yilan-caption-shown', shown);
  };
  const show = (target: EventTarget | null): void => {
    if (!(target instanceof Element) || isOwnUi(target)) return;
    const text = captionText(target);
    if (text) write(text);
  };
  const onOver = (event: PointerEvent): void => {
    win.clearTimeout(timer);
    timer = win.setTimeout(() => show(event.target), DWELL_MS);
  };
  const onFocus = (event: FocusEvent): void => {
    win.clearTimeout(timer);
    show(event.target);
  };
  // Later features (read-aloud) post the sentence being read through this event.
  const onText = (event: Event): void => {
    const text = (event as CustomEvent<unknown>).detail;
    if (typeof text === 'string') write(text);
  };
  document.addEventListener('pointerover', onOver, { capture: true, passive: true });
  document.addEventListener('focusin', onFocus, { capture: true });
  document.addEventListener('yilan:caption', onText);
  // The toolbar open at the bottom would cover the bar: follow it to the top (one attribute watched).
  const place = (): void => {
    bar.classList.toggle('top', html.getAttribute('data-yilan-open') === 'bottom');
  };
  const Observer = win.MutationObserver;
  const watcher = Observer ? new Observer(place) : undefined;
  watcher?.observe(html, { attributes: true, attributeFilter: ['data-yilan-open'] });
  place();
  if (document.activeElement && document.activeElement !== document.body)
    show(document.activeElement);
  return () => {
    unfollow();
    watcher?.disconnect();
    win.clearTimeout(timer);
    document.removeEventListener('pointerover', onOver, { capture: true });
    document.removeEventListener('focusin', onFocus, { capture: true });
    document.removeEventListener('yilan:caption', onText);
    bar.remove();
    html.removeAttribute('data-yilan-caption-shown');
    root.adoptedStyleSheets = root.adoptedStyleSheets.filter(s => s !== sheet);
  };
}
