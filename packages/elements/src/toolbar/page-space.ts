import { adopt, createSheet } from '@yilan/core/page/sheets.js';

type Side = 'top' | 'bottom';

/**
 * While the toolbar is open, the page gets room for it (html padding and scroll padding of the
 * bar's height), so the bar never covers the page's first lines or the focused element
 * (WCAG 2.4.11). One attribute on <html> plus one constructed sheet, rewritten only on resize.
 */
export class PageSpace {
  private readonly doc: Document;
  private sheet: CSSStyleSheet | undefined;
  private release: (() => void) | undefined;
  private observer: ResizeObserver | undefined;
  private height = -1;
  private side: Side = 'top';

  constructor(doc: Document) {
    this.doc = doc;
  }

  sync(open: boolean, bar: HTMLElement, side: Side): void {
    const root = this.doc.documentElement;
    if (!open) {
      if (!this.release) return;
      root.removeAttribute('data-yilan-open');
      this.observer?.disconnect();
      this.observer = undefined;
      this.release();
      this.release = undefined;
      this.height = -1;
      return;
    }
    root.setAttribute('data-yilan-open', side);
    if (this.release && side === this.side) return;
    this.side = side;
    this.sheet ??= createSheet(this.doc, '');
    this.release ??= adopt(this.doc, this.sheet);
    this.height = -1;
    // ResizeObserver reports the first size after the next layout: measuring here instead
    // would force a synchronous layout of the whole page (15 ms on a 50,000-element page).
    const Observer = this.doc.defaultView?.ResizeObserver;
    if (!Observer) return this.measure(bar);
    this.observer ??= new Observer(() => this.measure(bar));
    this.observer.observe(bar);
  }

  private measure(bar: HTMLElement): void {
    const height = Math.ceil(bar.getBoundingClientRect().height);
    if (height === this.height || !this.sheet) return;
    this.height = height;
    const side = this.side;
    this.sheet.replaceSync(
      `:root[data-yilan-open="${side}"]{padding-${side}:${height}px !important;scroll-padding-${side}:${height + 8}px}`,
    );
  }
}
