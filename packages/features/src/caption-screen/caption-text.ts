import { computeAccessibleName } from 'dom-accessibility-api';
import { isSecretContent, isSecretField, withoutSecrets } from '../read-aloud/secret.js';

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
 * aria-label, labels), otherwise the visible text of the nearest text block. A secret field (a
 * password, one-time code, card number: read-aloud/secret.ts) shows only its label, and content the
 * site marks data-yilan-secret nothing.
 */
export function captionText(el: Element): string {
  const named = el.closest(NAMED);
  if (named) {
    const name = computeAccessibleName(named);
    if (name) return squash(name);
    if (isSecretField(named)) return '';
  }
  if (isSecretContent(el)) return '';
  const block = el.closest(BLOCKS) ?? el;
  return squash(withoutSecrets(block, blockText));
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
