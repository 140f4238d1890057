import type { FeatureContext } from '@yilan/core/feature/feature.js';

/** Text Yilan never rewrites: code, what readers type, `translate="no"`, annotations. */
export const SKIP =
  'script, style, noscript, template, code, pre, kbd, samp, var, textarea, [translate="no"], [contenteditable=""], [contenteditable="true"], ruby, rt, rp';
/** Attributes that hold text a reader meets (tooltips, alternatives, accessible names). */
export const ATTRIBUTES = ['title', 'alt', 'placeholder', 'aria-label', 'aria-description'];
export const HAN = /[\u3400-\u9fff]/;
/** Longest stretch of work before the page gets the main thread back. */
const SLICE_MS = 8;

export interface TextVisitor {
  /** A text node of the page with Chinese in it. */
  text(node: Text): void;
  /** An element of the page (for its attributes). */
  element?(el: Element): void;
  /** Called once when the first pass over the page has finished. */
  done?(): void;
  /** More to leave alone: what the visitor itself put into the page (a selector). */
  readonly skip?: string;
}

/**
 * Visits the page's Chinese text in slices of at most 8 ms (also in open shadow roots), then
 * follows what the page adds or changes later. Yilan's own UI, code, form values and
 * `translate="no"` are never visited; changes a visitor makes are not reported back to it.
 */
export function followText(
  { document: doc, isOwnUi }: FeatureContext,
  visitor: TextVisitor,
): () => void {
  const win = doc.defaultView!;
  const queue: Node[] = [];
  let timer = 0;
  let stopped = false;
  /** A walk cut short by the slice's deadline, and the node it stopped at. */
  let current: { walker: TreeWalker; next: Node | null } | undefined;
  let finished = false;

  const skip = visitor.skip ? `${SKIP}, ${visitor.skip}` : SKIP;
  const skipped = (el: Element): boolean =>
    isOwnUi(el) || el.matches(skip) || (el.localName === 'option' && !el.hasAttribute('value'));
  const text = (node: Text): void => {
    if (HAN.test(node.data)) visitor.text(node);
  };

  // The walker moves on before a node is visited: a visitor may replace the node it is given.
  const resume = (walker: TreeWalker, first: Node | null, deadline: number): typeof current => {
    for (let node = first; node;) {
      const next = walker.nextNode();
      if (node.nodeType === 3) text(node as Text);
      else {
        visitor.element?.(node as Element);
        const shadow = (node as Element).shadowRoot;
        if (shadow) queue.push(shadow);
      }
      node = next;
      if (node && performance.now() > deadline) return { walker, next: node };
    }
    return undefined;
  };

  const walk = (root: Node, deadline: number): typeof current => {
    if (!root.isConnected) return undefined;
    if (root.nodeType === 3) {
      const parent = root.parentElement;
      if (parent && !parent.closest(skip) && !isOwnUi(parent)) text(root as Text);
      return undefined;
    }
    if (root.nodeType !== 1 && root.nodeType !== 11) return undefined;
    if (root.nodeType === 1) {
      const el = root as Element;
      if (skipped(el) || el.closest(skip)) return undefined;
      visitor.element?.(el);
    }
    const walker = doc.createTreeWalker(root, 5 /* elements and text */, {
      acceptNode: node => (node.nodeType === 1 && skipped(node as Element) ? 2 /* reject */ : 1),
    });
    return resume(walker, walker.nextNode(), deadline);
  };

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

  const work = (): void => {
    timer = 0;
    if (stopped) return;
    const deadline = performance.now() + SLICE_MS;
    // Off while a slice runs, so the visitors' own changes are not seen as the page's.
    observer?.disconnect();
    if (current) current = resume(current.walker, current.next, deadline);
    while (!current && queue.length && performance.now() < deadline)
      current = walk(queue.shift()!, deadline);
    observe();
    if (current || queue.length) timer = win.setTimeout(work, 0);
    else if (!finished) {
      finished = true;
      visitor.done?.();
    }
  };
  const schedule = (): void => {
    if (!timer && !stopped) timer = win.setTimeout(work, 0);
  };

  const title = doc.querySelector('head > title');
  if (title) queue.push(title);
  queue.push(doc.body ?? doc.documentElement);
  work();
  return () => {
    stopped = true;
    win.clearTimeout(timer);
    observer?.disconnect();
  };
}
