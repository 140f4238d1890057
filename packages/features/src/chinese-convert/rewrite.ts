import type { Disposer, FeatureContext } from '@yilan/core/feature/feature.js';

/** Text Yilan converts; everything else (code, form values, `translate="no"`) is left alone. */
const SKIP =
  'script, style, noscript, template, code, pre, kbd, samp, var, textarea, [translate="no"], [contenteditable=""], [contenteditable="true"], rt, rp';
const ATTRIBUTES = ['title', 'alt', 'placeholder', 'aria-label', 'aria-description'];
const HAN = /[\u3400-\u9fff]/;
/** Longest stretch of work before the page gets the main thread back. */
const SLICE_MS = 8;

export interface RewriteOptions {
  /** The language the page is in after the rewrite (`lang` on <html>). */
  readonly lang: string;
  /** Called when the first pass over the page has finished (tests and the benchmark). */
  readonly done?: () => void;
}

/**
 * Rewrites the page's Chinese text with `convert` (simplified ↔ traditional) and puts back exactly
 * what was there when disposed. Works in slices of at most 8 ms, follows content added later, and
 * never touches Yilan's own UI, form values or code.
 */
export function rewritePage(
  { document: doc, isOwnUi }: FeatureContext,
  convert: (text: string) => string,
  options: RewriteOptions,
): Disposer {
  const win = doc.defaultView!;
  const texts = new Map<Text, { original: string; converted: string }>();
  const attrs = new Map<Element, Map<string, { original: string; converted: string }>>();
  const queue: Node[] = [];
  let timer = 0;
  let stopped = false;

  const skipped = (el: Element): boolean =>
    isOwnUi(el) || el.matches(SKIP) || (el.localName === 'option' && !el.hasAttribute('value'));

  const text = (node: Text): void => {
    const now = node.data;
    if (!HAN.test(now)) return;
    const known = texts.get(node);
    if (known && known.converted === now) return;
    const converted = convert(now);
    if (converted === now) return;
    texts.set(node, { original: now, converted });
    node.data = converted;
  };

  const element = (el: Element): void => {
    for (const name of ATTRIBUTES) {
      const now = el.getAttribute(name);
      if (!now || !HAN.test(now)) continue;
      const map = attrs.get(el) ?? new Map<string, { original: string; converted: string }>();
      if (map.get(name)?.converted === now) continue;
      const converted = convert(now);
      if (converted === now) continue;
      map.set(name, { original: now, converted });
      attrs.set(el, map);
      el.setAttribute(name, converted);
    }
  };

  /** Walk one subtree, stopping when the slice's time is up; returns the walker to resume. */
  const walk = (root: Node, deadline: number): TreeWalker | undefined => {
    if (root.nodeType === 3) {
      const parent = root.parentElement;
      if (!parent || !parent.closest(SKIP)) text(root as Text);
      return undefined;
    }
    if (root.nodeType !== 1 && root.nodeType !== 9 && root.nodeType !== 11) return undefined;
    if (root.nodeType === 1 && (skipped(root as Element) || (root as Element).closest(SKIP)))
      return undefined;
    if (root.nodeType === 1) element(root as Element);
    const walker = doc.createTreeWalker(root, 5 /* elements and text */, {
      acceptNode: node =>
        node.nodeType === 1 && skipped(node as Element) ? 2 /* reject subtree */ : 1,
    });
    return resume(walker, deadline);
  };

  const resume = (walker: TreeWalker, deadline: number): TreeWalker | undefined => {
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.nodeType === 3) text(node as Text);
      else {
        element(node as Element);
        const shadow = (node as Element).shadowRoot;
        if (shadow) queue.push(shadow);
      }
      if (performance.now() > deadline) return walker;
    }
    return undefined;
  };

  let current: TreeWalker | undefined;
  const work = (): void => {
    timer = 0;
    if (stopped) return;
    const deadline = performance.now() + SLICE_MS;
    observer?.disconnect();
    if (current) current = resume(current, deadline);
    while (!current && queue.length && performance.now() < deadline)
      current = walk(queue.shift()!, deadline);
    observe();
    if (current || queue.length) timer = win.setTimeout(work, 0);
    else finished();
  };
  // The page's language changes once the text has: it makes the browser lay out every line again
  // (other glyph forms), so once, at the end, rather than with the first slice.
  let first = true;
  const finished = (): void => {
    if (first) html.setAttribute('lang', options.lang);
    first = false;
    options.done?.();
  };
  const schedule = (): void => {
    if (!timer && !stopped) timer = win.setTimeout(work, 0);
  };

  // Content the page adds or changes later is converted too; Yilan's own writes are not watched
  // (the observer is off while a slice runs).
  const Observer = win.MutationObserver;
  const observer = Observer
    ? new Observer(records => {
        for (const r of records) {
          if (r.type === 'childList') r.addedNodes.forEach(n => queue.push(n));
          else queue.push(r.target);
        }
        schedule();
      })
    : undefined;
  const observe = (): void =>
    observer?.observe(doc.body ?? doc.documentElement, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
      attributeFilter: ATTRIBUTES,
    });

  const html = doc.documentElement;
  const lang = html.getAttribute('lang');
  if (doc.title && HAN.test(doc.title)) queue.push(doc.querySelector('title') ?? doc.body);
  queue.push(doc.body ?? html);
  work();

  return () => {
    stopped = true;
    win.clearTimeout(timer);
    observer?.disconnect();
    for (const [node, { original, converted }] of texts)
      if (node.data === converted) node.data = original;
    for (const [el, map] of attrs)
      for (const [name, { original, converted }] of map)
        if (el.getAttribute(name) === converted) el.setAttribute(name, original);
    texts.clear();
    attrs.clear();
    if (lang === null) html.removeAttribute('lang');
    else html.setAttribute('lang', lang);
  };
}
