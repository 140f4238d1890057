/**
 * Yilan's overlay layer: one host element at the end of <body> with an open shadow root, where
 * the guide lines and caption bar render. Created on first use; waits for <body> if the script
 * ran in <head>. While it holds nothing (every mode that drew in it is off, as after reset) the
 * host leaves the page, so the page's markup is exactly what it was: a page's `body > :last-child`
 * rule or script finds its own element again. It comes back as soon as something is drawn.
 */
export class Layer {
  private readonly doc: Document;
  private host: HTMLElement | undefined;
  private shadow: ShadowRoot | undefined;
  private outside = false;

  constructor(doc: Document) {
    this.doc = doc;
  }

  root(): ShadowRoot {
    const shadow = this.shadow ?? this.create();
    // In the page at once, so what a caller draws next can be focused, measured or shown as a
    // modal dialog in the same task; out again at the next microtask if nothing was drawn.
    if (!this.host!.isConnected) {
      const host = this.host!;
      whenBody(this.doc, () => {
        this.place(host);
        queueMicrotask(() => this.follow());
      });
    }
    return shadow;
  }

  private create(): ShadowRoot {
    const host = this.doc.createElement('yilan-layer');
    this.host = host;
    const shadow = host.attachShadow({ mode: 'open' });
    this.shadow = shadow;
    const Observer = this.doc.defaultView?.MutationObserver;
    if (Observer) new Observer(() => this.follow()).observe(shadow, { childList: true });
    return shadow;
  }

  private holds(): boolean {
    return !!this.shadow && this.shadow.childElementCount > 0;
  }

  /** In the page while something is drawn in it, out of it while it is empty. */
  private follow(): void {
    const host = this.host;
    if (!host) return;
    if (!this.holds()) host.remove();
    else if (!host.isConnected) whenBody(this.doc, () => this.holds() && this.place(host));
  }

  /** Puts the host back at the end of <body> after a page script removed it. */
  reattach(): boolean {
    if (!this.host || this.host.isConnected || !this.doc.body || !this.holds()) return false;
    this.place(this.host);
    return true;
  }

  /** For a <body> that traps fixed elements: the host moves to <html>, after <body>. */
  outsideBody(): void {
    this.outside = true;
    if (this.host?.isConnected) this.place(this.host);
  }

  private place(host: HTMLElement): void {
    if (this.outside) this.doc.documentElement.append(host);
    else this.doc.body?.append(host);
  }

  contains(node: Node): boolean {
    return !!this.host && ownedBy(node, this.host);
  }
}

/** True when `node` is `host` or lives inside it, looking through shadow roots. */
export function ownedBy(node: Node, host: Element): boolean {
  let current: Node | null = node;
  while (current) {
    if (current === host) return true;
    const root = current.getRootNode();
    current = root instanceof ShadowRoot ? root.host : current.parentNode;
    if (root === current) break;
  }
  return false;
}

/** Run `fn` with <body> now, or as soon as the parser has made it. */
export function whenBody(doc: Document, fn: (body: HTMLElement) => void): void {
  if (doc.body) return fn(doc.body);
  doc.addEventListener('DOMContentLoaded', () => doc.body && fn(doc.body), { once: true });
}
