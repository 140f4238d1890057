import type { RegionKind } from './region-kinds.js';

/**
 * The region index's one pass over a page (including open shadow roots and same-origin iframes):
 * per-element counts in typed-array columns. One pass over 50,000 elements must not allocate an
 * object per element, or garbage collection alone costs more than the whole budget (ADR 0005).
 */
export class Table {
  els: Element[] = [];
  size = 0;
  parent: Int32Array;
  /** Own text length after readText(); after aggregate() the subtree's. */
  text: Int32Array;
  /** Own text length (kept by readText(), never summed). */
  own: Int32Array;
  linkText: Int32Array;
  links: Int32Array;
  fields: Int32Array;
  items: Int32Array;
  paragraphs: Int32Array;
  service: Uint8Array;
  /** Whether readText() ran (text columns are zero otherwise). */
  hasText = false;

  constructor(capacity: number) {
    const n = Math.max(64, capacity);
    this.parent = new Int32Array(n);
    this.text = new Int32Array(n);
    this.own = new Int32Array(n);
    this.linkText = new Int32Array(n);
    this.links = new Int32Array(n);
    this.fields = new Int32Array(n);
    this.items = new Int32Array(n);
    this.paragraphs = new Int32Array(n);
    this.service = new Uint8Array(n);
  }

  add(el: Element, parent: number): number {
    if (this.size === this.parent.length) this.grow();
    const i = this.size++;
    this.els.push(el);
    this.parent[i] = parent;
    return i;
  }

  private grow(): void {
    const n = this.parent.length * 2;
    const copy = <T extends Int32Array | Uint8Array>(a: T): T => {
      const b = new (a.constructor as new (n: number) => T)(n);
      b.set(a);
      return b;
    };
    this.parent = copy(this.parent);
    this.text = copy(this.text);
    this.own = copy(this.own);
    this.linkText = copy(this.linkText);
    this.links = copy(this.links);
    this.fields = copy(this.fields);
    this.items = copy(this.items);
    this.paragraphs = copy(this.paragraphs);
    this.service = copy(this.service);
  }
}

/** What the walk needs to know about a tag, in one lookup per element. */
const SKIPPED = 1;
const IS_FIELD = 2;
const IS_ITEM = 4;
const IS_PARAGRAPH = 8;
const IS_HEADING = 16;
const MAYBE_LANDMARK = 32;
const TAGS = new Map<string, number>([
  // A <select>'s options are choices, not text on the page.
  ...['script', 'style', 'noscript', 'template', 'head', 'svg', 'math', 'option', 'optgroup'].map(
    t => [t, SKIPPED] as const,
  ),
  ...['input', 'select', 'textarea'].map(t => [t, IS_FIELD] as const),
  ...['li', 'tr', 'dt'].map(t => [t, IS_ITEM] as const),
  ['p', IS_PARAGRAPH],
  ...['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].map(t => [t, IS_HEADING] as const),
  ...['nav', 'search', 'main', 'header', 'footer', 'aside', 'section', 'form'].map(
    t => [t, MAYBE_LANDMARK] as const,
  ),
]);
export const BLOCK = new Set([
  'div',
  'section',
  'article',
  'main',
  'aside',
  'nav',
  'header',
  'footer',
  'table',
  'tbody',
  'tr',
  'td',
  'ul',
  'ol',
  'form',
  'p',
  'dl',
  'center',
  'fieldset',
  'figure',
]);
const SERVICE_WORDS =
  /版权|©|copyright|备案|ICP|主办|承办|联系我们|网站标识码|地址[:：]|电话[:：]/i;

export interface Landmark {
  readonly el: Element;
  readonly kind: RegionKind | 'section';
  readonly i: number;
}

export interface Walked {
  readonly table: Table;
  readonly landmarks: Landmark[];
  readonly annotated: Element[];
  readonly headings: number[];
}

export function landmarkKind(el: Element): RegionKind | 'section' | undefined {
  const role = el.getAttribute('role');
  const tag = el.localName;
  if (role === 'navigation' || (tag === 'nav' && !role)) return 'nav';
  if (role === 'search' || (tag === 'search' && !role)) return 'interaction';
  if (role === 'main' || (tag === 'main' && !role)) return 'content';
  if (role === 'banner') return 'banner';
  if (role === 'contentinfo' || role === 'complementary') return 'service';
  if (role) return role === 'form' || role === 'region' ? 'section' : undefined;
  // header/footer are banner/contentinfo only when not inside sectioning content (HTML-AAM).
  if (tag === 'header' || tag === 'footer') {
    if (el.parentElement?.closest('article, aside, main, nav, section')) return undefined;
    return tag === 'header' ? 'banner' : 'service';
  }
  if (tag === 'aside') return 'service';
  if (
    (tag === 'section' || tag === 'form') &&
    (el.hasAttribute('aria-label') || el.hasAttribute('aria-labelledby'))
  )
    return 'section';
  return undefined;
}

/** Iterative pre-order walk with two parallel stacks (no object per element). */
export function walk(doc: Document, isOwnUi?: (node: Node) => boolean): Walked {
  const table = new Table(4096);
  const landmarks: Landmark[] = [];
  const annotated: Element[] = [];
  const headings: number[] = [];
  const nodes: ParentNode[] = [];
  const parents: number[] = [];
  const pushKids = (node: ParentNode, parent: number): void => {
    for (let c = node.lastElementChild; c; c = c.previousElementSibling) {
      nodes.push(c);
      parents.push(parent);
    }
  };
  if (doc.body) {
    nodes.push(doc.body);
    parents.push(-1);
  }
  while (nodes.length) {
    const node = nodes.pop()!;
    const parent = parents.pop()!;
    // nodeType, not instanceof: nodes of a same-origin iframe belong to another realm.
    if ((node as Node).nodeType !== 1) {
      pushKids(node, parent);
      continue;
    }
    const el = node as Element;
    const tag = el.localName;
    const flags = TAGS.get(tag) ?? 0;
    // Most elements carry no attributes at all: one call answers for all the checks below.
    const attributed = el.hasAttributes();
    if (flags & SKIPPED) continue;
    if (attributed && (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true'))
      continue;
    // Yilan's UI enters the page only as custom-element hosts; asking about every element would
    // walk up the tree 50,000 times.
    if (tag.includes('-') && isOwnUi?.(el)) continue;
    const i = table.add(el, parent);
    if (tag === 'a') {
      if (attributed && el.hasAttribute('href')) {
        table.links[i] = 1;
        table.linkText[i] = -1; // resolved in aggregate(): all the link's text is link text
      }
    } else if (flags & IS_FIELD) {
      if ((el as HTMLInputElement).type !== 'hidden') table.fields[i] = 1;
    } else if (flags & IS_ITEM) table.items[i] = 1;
    else if (flags & IS_PARAGRAPH) table.paragraphs[i] = 1;
    else if (flags & IS_HEADING) headings.push(i);
    if (attributed) {
      if (el.hasAttribute('data-yilan-region')) annotated.push(el);
      if (flags & MAYBE_LANDMARK || el.hasAttribute('role')) {
        const kind = landmarkKind(el);
        if (kind) landmarks.push({ el, kind, i });
      }
    } else if (flags & MAYBE_LANDMARK) {
      const kind = landmarkKind(el);
      if (kind) landmarks.push({ el, kind, i });
    }
    if (el.shadowRoot) pushKids(el.shadowRoot, i);
    if (tag === 'iframe') {
      try {
        const inner = (el as HTMLIFrameElement).contentDocument;
        if (inner?.body) {
          nodes.push(inner.body);
          parents.push(i);
        }
      } catch {
        /* cross-origin frame: its regions are its own page's business */
      }
    }
    pushKids(el, i);
  }
  return { table, landmarks, annotated, headings };
}

/** Own text length of every element, and which hold footer words (版权, 主办, ICP …). */
export function readText(t: Table): void {
  for (let i = 0; i < t.size; i++) {
    let own = 0;
    for (let c = t.els[i].firstChild; c; c = c.nextSibling) {
      if (c.nodeType !== 3) continue;
      const data = (c as Text).data;
      if (!/\S/.test(data)) continue;
      // Trimmed: separators such as " | " between menu links must not outweigh the links.
      own += data.trim().length;
      if (SERVICE_WORDS.test(data)) t.service[i] = 1;
    }
    t.text[i] = own;
    t.own[i] = own;
  }
  t.hasText = true;
}

/** Sum children into parents (pre-order, so reverse order visits children first). */
export function aggregate(t: Table): void {
  for (let i = t.size - 1; i >= 0; i--) {
    if (t.linkText[i] === -1) t.linkText[i] = t.text[i];
    const p = t.parent[i];
    if (p < 0) continue;
    t.text[p] += t.text[i];
    t.linkText[p] += t.linkText[i];
    t.links[p] += t.links[i];
    t.fields[p] += t.fields[i];
    t.items[p] += t.items[i];
    t.paragraphs[p] += t.paragraphs[i];
    if (t.service[i]) t.service[p] = 2;
  }
}
