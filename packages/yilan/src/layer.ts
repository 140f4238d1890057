/**
 * Yilan's overlay layer: one host element at the end of <body> with an open shadow root, where
 * the guide lines and caption bar render. Created on first use; waits for <body> if the script
 * ran in <head>.
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
    if (this.shadow) return this.shadow;
    const host = this.doc.createElement('yilan-layer');
    this.host = host;
    this.shadow = host.attachShadow({ mode: 'open' });
    whenBody(this.doc, () => this.place(host));
    return this.shadow;
  }

  /** Puts the host back at the end of <body> after a page script removed it. */
  reattach(): boolean {
    if (!this.host || this.host.isConnected || !this.doc.body) return false;
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
