import type { Disposer } from '@yilan/core/feature/feature.js';
import { scaleValue } from './zoom-css.js';

const PROPS = ['font-size', 'line-height'] as const;
/** Plain `[style]`: a third of the cost of matching the attribute's text on a 50,000-element page. */
const SELECTOR = '[style]';

/**
 * Inline `style="font-size: 14pt"` (common in text pasted from Word into a CMS) is in no
 * stylesheet, so the override sheet cannot reach it. One scoped pass when zoom is switched on
 * finds only the elements with a style attribute (a native selector match, no script walk over
 * the page), and where that attribute sets an absolute font size or line height, rewrites that one declaration as `calc(14pt *
 * var(--yilan-zoom))`: later level changes rewrite nothing. Everything is put back on dispose.
 */
export function zoomInlineSizes(doc: Document): Disposer {
  const saved = new Map<HTMLElement | SVGElement, [string, string, string][]>();
  for (const el of Array.from(doc.querySelectorAll<HTMLElement | SVGElement>(SELECTOR))) {
    const style = el.style;
    if (!style) continue;
    const before: [string, string, string][] = [];
    for (const prop of PROPS) {
      const value = style.getPropertyValue(prop);
      const next = value && scaleValue(value, el === doc.documentElement);
      if (!next) continue;
      const priority = style.getPropertyPriority(prop);
      before.push([prop, value, priority]);
      style.setProperty(prop, next, priority);
    }
    if (before.length) saved.set(el, before);
  }
  return () => {
    for (const [el, before] of saved)
      for (const [prop, value, priority] of before) {
        // The page changed it meanwhile: its own value stays.
        if (!el.style.getPropertyValue(prop).includes('--yilan-zoom')) continue;
        el.style.setProperty(prop, value, priority);
      }
    saved.clear();
  };
}
