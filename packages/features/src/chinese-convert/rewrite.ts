import type { Disposer, FeatureContext } from '@yilan/core/feature/feature.js';
import { ATTRIBUTES, HAN, followText } from './text-walk.js';

export interface RewriteOptions {
  /** The language the page is in after the rewrite (`lang` on <html>). */
  readonly lang: string;
  /** Called when the first pass over the page has finished (tests and the benchmark). */
  readonly done?: () => void;
}

interface Change {
  original: string;
  converted: string;
}

/**
 * Rewrites the page's Chinese text with `convert` (simplified ↔ traditional) and puts back exactly
 * what was there when disposed. Text the page changes later is converted again, and what was
 * converted is put back only where the page has not changed it since.
 */
export function rewritePage(
  context: FeatureContext,
  convert: (text: string) => string,
  options: RewriteOptions,
): Disposer {
  const texts = new Map<Text, Change>();
  const attrs = new Map<Element, Map<string, Change>>();
  /** Elements given the new `lang`, with the `lang` attribute each had (null: none). */
  const langs = new Map<Element, string | null>();
  const html = context.document.documentElement;
  const lang = html.getAttribute('lang');

  const stop = followText(context, {
    text(node) {
      const now = node.data;
      if (texts.get(node)?.converted === now) return;
      const converted = convert(now);
      if (converted === now) return;
      texts.set(node, { original: now, converted });
      node.data = converted;
      // The text's element takes the new language with its new text, in the same slice: the
      // browser lays out each line once, with the other glyph forms, instead of every line of
      // the page in one long task when <html lang> changes at the end.
      const parent = node.parentElement;
      if (parent && !langs.has(parent) && parent.getAttribute('lang') !== options.lang) {
        langs.set(parent, parent.getAttribute('lang'));
        parent.setAttribute('lang', options.lang);
      }
    },
    element(el) {
      for (const name of ATTRIBUTES) {
        const now = el.getAttribute(name);
        if (!now || !HAN.test(now)) continue;
        const map = attrs.get(el) ?? new Map<string, Change>();
        if (map.get(name)?.converted === now) continue;
        const converted = convert(now);
        if (converted === now) continue;
        map.set(name, { original: now, converted });
        attrs.set(el, map);
        el.setAttribute(name, converted);
      }
    },
    // <html lang> last, once the text's own elements carry the new language: little is left to
    // lay out again then.
    done() {
      html.setAttribute('lang', options.lang);
      options.done?.();
    },
  });

  return () => {
    stop();
    for (const [node, { original, converted }] of texts)
      if (node.data === converted) node.data = original;
    for (const [el, map] of attrs)
      for (const [name, { original, converted }] of map)
        if (el.getAttribute(name) === converted) el.setAttribute(name, original);
    for (const [el, before] of langs) {
      if (el.getAttribute('lang') !== options.lang) continue;
      if (before === null) el.removeAttribute('lang');
      else el.setAttribute('lang', before);
    }
    texts.clear();
    attrs.clear();
    langs.clear();
    if (lang === null) html.removeAttribute('lang');
    else html.setAttribute('lang', lang);
  };
}
