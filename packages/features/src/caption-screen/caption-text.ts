import { computeAccessibleName } from 'dom-accessibility-api';

const BLOCKS =
  'p, li, td, th, dt, dd, h1, h2, h3, h4, h5, h6, caption, figcaption, blockquote, legend, label, summary, pre, address';
const NAMED = 'a[href], button, input, select, textarea, img, svg, [role], area, summary';
const LIMIT = 140;

function squash(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > LIMIT ? `${t.slice(0, LIMIT - 1)}…` : t;
}

/**
 * What the caption shows for an element: the accessible name of controls and images (alt text,
 * aria-label, labels), otherwise the visible text of the nearest text block. A password field
 * shows only its label: its value is never displayed or read.
 */
export function captionText(el: Element): string {
  const named = el.closest(NAMED);
  if (named) {
    const name = computeAccessibleName(named);
    if (name) return squash(name);
    if (named instanceof HTMLInputElement && named.type === 'password') return '';
  }
  const block = el.closest(BLOCKS) ?? el;
  return squash(blockText(block));
}

/**
 * The block's visible text. With 拼音 on, each run of text is there twice (a copy for screen
 * readers and the annotated one for the eyes, syllables included): the caption takes the copy
 * only, so 显示屏拼音 annotates it once.
 */
function blockText(block: Element): string {
  if (block.querySelector('[data-yilan-pinyin-text]')) {
    const copy = block.cloneNode(true) as Element;
    for (const shown of Array.from(copy.querySelectorAll('[data-yilan-pinyin-text]')))
      shown.remove();
    return copy.textContent ?? '';
  }
  return block instanceof HTMLElement ? block.innerText : (block.textContent ?? '');
}
