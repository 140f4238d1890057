import { adopt, createSheet, sheetFor } from '@yilan/core/page/sheets.js';

const NAME = 'yilan-reading';

/** Black on yellow (15:1) with an underline, so the spot is found without colour vision too. */
const pageCss = `::highlight(${NAME}) { background-color: #ffd60a; color: #000000; text-decoration: underline 2px; }
@media (forced-colors: active) { ::highlight(${NAME}) { background-color: Highlight; color: HighlightText; } }`;

const markCss = `.mark { position: fixed; z-index: 2147483644; pointer-events: none; box-sizing: border-box;
  border: 3px solid #c00000; outline: 2px solid #ffffff; border-radius: 3px; display: none; }
.mark.on { display: block; }
@media (forced-colors: active) { .mark { border-color: Highlight; } }`;

type HighlightRegistry = Map<string, unknown>;
type HighlightCtor = new (...ranges: Range[]) => unknown;

/**
 * Shows what is being read: the sentence through the CSS Custom Highlight API (no change to the
 * page's DOM), the element (an image, a control, or any text where the API is missing) with an
 * outline drawn in Yilan's own layer.
 */
export class Highlighter {
  private readonly registry: HighlightRegistry | undefined;
  private readonly Highlight: HighlightCtor | undefined;
  private readonly mark: HTMLElement;
  private removeSheet: (() => void) | undefined;
  private target: Element | Range | undefined;
  private frame = 0;

  constructor(
    private readonly doc: Document,
    layer: ShadowRoot,
  ) {
    const win = doc.defaultView;
    const css = win?.CSS as { highlights?: HighlightRegistry } | undefined;
    this.registry = css?.highlights;
    this.Highlight = win?.Highlight;
    const sheet = createSheet(doc, markCss);
    layer.adoptedStyleSheets = [...layer.adoptedStyleSheets, sheet];
    this.mark = doc.createElement('div');
    this.mark.className = 'mark';
    this.mark.setAttribute('aria-hidden', 'true');
    this.mark.setAttribute('data-yilan-reading-mark', '');
    layer.append(this.mark);
  }

  /** The outline follows scrolling only while it is shown. */
  private follow(on: boolean): void {
    const win = this.doc.defaultView;
    if (!win || on === this.following) return;
    this.following = on;
    if (on) {
      win.addEventListener('scroll', this.place, { capture: true, passive: true });
      win.addEventListener('resize', this.place, { passive: true });
    } else {
      win.removeEventListener('scroll', this.place, { capture: true });
      win.removeEventListener('resize', this.place);
      win.cancelAnimationFrame(this.frame);
    }
  }

  private following = false;

  /** Highlight a range of text; the outline is used where the browser lacks the API. */
  range(range: Range | undefined, block: Element): void {
    this.clear();
    if (range && this.registry && this.Highlight) {
      this.removeSheet ??= adopt(
        this.doc,
        sheetFor(this.doc, 'reading-highlight', () => pageCss),
      );
      this.registry.set(NAME, new this.Highlight(range));
      return;
    }
    this.outline(range ?? block);
  }

  /** Outline an element (or a range's box). */
  outline(target: Element | Range): void {
    this.registry?.delete(NAME);
    this.target = target;
    this.follow(true);
    this.place();
  }

  clear(): void {
    this.registry?.delete(NAME);
    this.target = undefined;
    this.follow(false);
    this.mark.classList.remove('on');
  }

  /** Clear, and take the highlight's sheet off the page (a reading mode ended). */
  release(): void {
    this.clear();
    this.removeSheet?.();
    this.removeSheet = undefined;
  }

  private readonly place = (): void => {
    const win = this.doc.defaultView;
    if (!win || !this.target) return;
    win.cancelAnimationFrame(this.frame);
    this.frame = win.requestAnimationFrame(() => {
      const target = this.target;
      if (!target) return;
      const box = target.getBoundingClientRect();
      const pad = 4;
      Object.assign(this.mark.style, {
        left: `${box.left - pad}px`,
        top: `${box.top - pad}px`,
        width: `${box.width + pad * 2}px`,
        height: `${box.height + pad * 2}px`,
      });
      this.mark.classList.toggle('on', box.width > 0 || box.height > 0);
    });
  };
}
