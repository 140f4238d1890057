/** A run of a paragraph's text: from a text node, from an element (alt text, a control), or added. */
export interface Part {
  /** Text node → its characters; element → the whole element; null → words Yilan added. */
  readonly node: Node | null;
  readonly start: number;
  readonly text: string;
}

/** One block of text to read, mapped back to the nodes it came from (for highlighting). */
export interface Paragraph {
  readonly block: Element;
  readonly text: string;
  readonly parts: readonly Part[];
  readonly lang: string;
}

export interface ReadingOptions {
  readonly isOwnUi: (node: Node) => boolean;
  /** What to say for an element read as a whole (image, form control); '' to skip it. */
  readonly describe: (el: Element) => string;
  readonly pageLang: string;
}

const SKIP = new Set(
  'script style noscript template head title meta link iframe object embed canvas audio video datalist option rt rp area map'.split(
    ' ',
  ),
);
const INLINE = new Set(
  'a abbr b bdi bdo cite code data del dfn em font i ins kbd mark q s samp small span strong sub sup time u var wbr ruby label nobr'.split(
    ' ',
  ),
);
/** Elements read as a whole through `describe`. */
const WHOLE = new Set('img input select textarea button svg meter progress output'.split(' '));

/** The main content: one lookup shared with skip to main and the region guide. */
export { findMainContent as mainContent } from '../region-guide/main-content.js';

const isMarkedSecret = (el: Element): boolean =>
  el.hasAttribute('data-yilan-secret') && el.getAttribute('data-yilan-secret') !== 'false';

/** Elements a reader would not see: hidden, display:none, visibility:hidden, aria-hidden, inert. */
export function isHiddenElement(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  if (el.hasAttribute('inert')) return true;
  if (el.localName === 'input' && (el as HTMLInputElement).type === 'hidden') return true;
  if (typeof el.checkVisibility === 'function')
    return !el.checkVisibility({ visibilityProperty: true });
  const view = el.ownerDocument.defaultView;
  const style = view?.getComputedStyle(el);
  return style?.display === 'none' || style?.visibility === 'hidden';
}

class Builder {
  parts: Part[] = [];
  text = '';
  constructor(
    readonly block: Element,
    readonly lang: string,
  ) {}

  add(node: Node | null, raw: string): void {
    if (!raw) return;
    // Whitespace becomes spaces one for one, so offsets still point into the text node.
    const text = raw.replace(/\s/g, ' ');
    this.parts.push({ node, start: this.text.length, text });
    this.text += text;
  }

  *flush(): Generator<Paragraph> {
    if (this.text.trim()) {
      yield { block: this.block, text: this.text, parts: this.parts, lang: this.lang };
    }
    this.parts = [];
    this.text = '';
  }
}

const langOf = (el: Element, fallback: string): string =>
  el.closest('[lang]')?.getAttribute('lang') || fallback;

function childrenOf(el: Element): ArrayLike<Node> {
  if (el.shadowRoot) return el.shadowRoot.childNodes;
  if (el.localName === 'slot') {
    const assigned = (el as HTMLSlotElement).assignedNodes({ flatten: true });
    if (assigned.length) return assigned;
  }
  return el.childNodes;
}

/** Column headers of a data table (one with header cells in its first row), by column. */
function headersOf(table: HTMLTableElement): readonly string[] | undefined {
  const first = table.rows[0];
  if (!first || !Array.from(first.cells).every(c => c.localName === 'th')) return undefined;
  const out: string[] = [];
  for (const cell of Array.from(first.cells)) {
    const text = (cell.textContent ?? '').replace(/\s+/g, ' ').trim();
    for (let i = 0; i < cell.colSpan; i++) out.push(text);
  }
  return out;
}

/**
 * Walks the page in reading order (DOM order, into open shadow roots and slots), one paragraph at
 * a time, so reading can start before the whole page has been looked at.
 */
export class ReadingOrder {
  private readonly tableHeaders = new WeakMap<Element, readonly string[] | undefined>();

  constructor(private readonly options: ReadingOptions) {}

  /** Paragraphs from the block holding `start` to the end of `root`. */
  *from(start: Node, root: Node): Generator<Paragraph> {
    const first = this.startBlock(start, root);
    const acc = this.builder(first);
    yield* this.visit(first, acc);
    yield* acc.flush();
    for (let n: Node = first; n !== root;) {
      const parent: Node | null = n.parentNode;
      if (!parent) break;
      const level = this.builder(parent instanceof Element ? parent : first);
      for (let s = n.nextSibling; s; s = s.nextSibling) yield* this.visit(s, level);
      yield* level.flush();
      n = parent instanceof ShadowRoot ? parent.host : parent;
    }
  }

  /** The whole of `root`'s readable text in order (for the benchmark and tests). */
  *all(root: Element): Generator<Paragraph> {
    const acc = this.builder(root);
    for (const child of Array.from(childrenOf(root))) yield* this.visit(child, acc);
    yield* acc.flush();
  }

  private builder(el: Element | Node): Builder {
    const element = el instanceof Element ? el : (el.parentElement ?? el.ownerDocument!.body);
    return new Builder(element, langOf(element, this.options.pageLang));
  }

  private startBlock(start: Node, root: Node): Element {
    let el: Element | null = start instanceof Element ? start : start.parentElement;
    while (el && el !== root && (INLINE.has(el.localName) || WHOLE.has(el.localName)))
      el = el.parentElement;
    const row = el?.closest('tr');
    if (row && el !== root && this.headers(row)) return row;
    return el ?? (root as Element);
  }

  private headers(row: Element): readonly string[] | undefined {
    const table = row.closest('table');
    if (!table) return undefined;
    if (!this.tableHeaders.has(table)) this.tableHeaders.set(table, headersOf(table));
    return this.tableHeaders.get(table);
  }

  private *visit(node: Node, acc: Builder): Generator<Paragraph> {
    if (node.nodeType === 3) {
      acc.add(node, (node as Text).data);
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    const name = el.localName;
    if (SKIP.has(name) || this.options.isOwnUi(el) || isHiddenElement(el)) return;
    // Content the site marks secret is never said; a secret field is, by its label (secret.ts).
    if (!WHOLE.has(name) && isMarkedSecret(el)) return;
    if (name === 'br') return acc.add(null, '\n');
    if (WHOLE.has(name) || el.getAttribute('role') === 'img') {
      acc.add(el, ` ${this.options.describe(el)} `);
      return;
    }
    // A label is said as part of its control ("姓名，编辑框"), never twice.
    if (name === 'label' && (el as HTMLLabelElement).control) {
      const control = (el as HTMLLabelElement).control!;
      if (el.contains(control)) yield* this.visit(control, acc);
      return;
    }
    if (name === 'tr' && this.headers(el)) {
      yield* acc.flush();
      yield* this.row(el as HTMLTableRowElement);
      return;
    }
    const inline = INLINE.has(name);
    if (!inline) yield* acc.flush();
    const inner = inline ? acc : new Builder(el, langOf(el, this.options.pageLang));
    for (const child of Array.from(childrenOf(el))) yield* this.visit(child, inner);
    if (!inline) yield* inner.flush();
  }

  /** A data-table row: "header: value, header: value", every cell read inline. */
  private *row(row: HTMLTableRowElement): Generator<Paragraph> {
    const headers = this.headers(row) ?? [];
    const acc = new Builder(row, langOf(row, this.options.pageLang));
    const isHeaderRow = Array.from(row.cells).every(c => c.localName === 'th');
    let column = 0;
    for (const cell of Array.from(row.cells)) {
      const header = headers[column];
      column += cell.colSpan;
      if (isHiddenElement(cell) || isMarkedSecret(cell)) continue;
      if (acc.text.trim()) acc.add(null, '，');
      if (!isHeaderRow && cell.localName === 'td' && header) acc.add(null, `${header}：`);
      yield* this.inline(cell, acc);
    }
    yield* acc.flush();
  }

  /** Everything inside `el` as one run of text (table cells hold paragraphs too). */
  private *inline(el: Element, acc: Builder): Generator<Paragraph> {
    for (const child of Array.from(childrenOf(el))) {
      if (child.nodeType === 1 && !WHOLE.has((child as Element).localName)) {
        const c = child as Element;
        if (SKIP.has(c.localName) || this.options.isOwnUi(c) || isHiddenElement(c)) continue;
        if (isMarkedSecret(c)) continue;
        yield* this.inline(c, acc);
      } else yield* this.visit(child, acc);
    }
  }
}

/** A DOM range over characters `start`–`end` of a paragraph, for the highlight. */
export function rangeOf(paragraph: Paragraph, start: number, end: number): Range | undefined {
  const touched = paragraph.parts.filter(
    p => p.node && p.start < end && p.start + p.text.length > start,
  );
  const first = touched[0];
  const last = touched[touched.length - 1];
  if (!first?.node || !last?.node) return undefined;
  const range = first.node.ownerDocument!.createRange();
  if (first.node.nodeType === 3) range.setStart(first.node, Math.max(0, start - first.start));
  else range.setStartBefore(first.node);
  if (last.node.nodeType === 3)
    range.setEnd(last.node, Math.min(last.text.length, end - last.start));
  else range.setEndAfter(last.node);
  return range;
}
