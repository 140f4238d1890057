import type { Region, RegionKind } from './region-kinds.js';
import { isRegionKind, REGION_KINDS } from './region-kinds.js';

/**
 * Finds a page's regions in one pass over its elements (including open shadow roots and
 * same-origin iframes), most trusted source first: maintainer annotations, selectors from the
 * site's options, ARIA landmarks and sectioning elements, then structural heuristics for the
 * kinds still missing (old table layouts have no landmarks at all).
 */
export interface DetectOptions {
  readonly selectors?: Partial<Record<RegionKind, string>>;
  readonly isOwnUi?: (node: Node) => boolean;
}

/**
 * Per-element counts in columns (typed arrays): one pass over 50,000 elements must not allocate
 * an object per element, or garbage collection alone costs more than the whole budget.
 */
class Table {
  els: Element[] = [];
  size = 0;
  parent: Int32Array;
  text: Int32Array;
  linkText: Int32Array;
  links: Int32Array;
  fields: Int32Array;
  items: Int32Array;
  paragraphs: Int32Array;
  service: Uint8Array;

  constructor(capacity: number) {
    const n = Math.max(64, capacity);
    this.parent = new Int32Array(n);
    this.text = new Int32Array(n);
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
  ...['script', 'style', 'noscript', 'template', 'head', 'svg', 'math'].map(
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
const BLOCK = new Set([
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

export function detectRegions(doc: Document, options: DetectOptions = {}): Region[] {
  const table = new Table(4096);
  const landmarks: { el: Element; kind: RegionKind | 'section'; i: number }[] = [];
  const annotated: Element[] = [];
  const headings: number[] = [];
  walk(doc, options, table, landmarks, annotated, headings);
  // Text is read only when a heuristic needs it: pages with landmarks never pay for it.
  const kinds = new Set<string>(landmarks.map(l => l.kind));
  for (const el of annotated) kinds.add(el.getAttribute('data-yilan-region') as RegionKind);
  for (const kind of Object.keys(options.selectors ?? {})) kinds.add(kind);
  if (['nav', 'content', 'service', 'banner'].some(k => !kinds.has(k))) readText(table);
  aggregate(table);

  const found: Region[] = [];
  const taken = new Map<RegionKind, Set<Element>>(REGION_KINDS.map(k => [k, new Set<Element>()]));
  const placed = new Set<Element>();
  const index = new Map<Element, number>();
  const indexOf = (el: Element): number => {
    if (!index.size) table.els.forEach((e, i) => index.set(e, i));
    return index.get(el) ?? -1;
  };
  const order: number[] = [];
  const add = (el: Element, kind: RegionKind, source: Region['source'], known = -1): void => {
    const same = taken.get(kind)!;
    if (placed.has(el)) return;
    // Not inside a region of the same kind (walk up: cheap even with hundreds of regions)...
    for (let p = el.parentElement; p; p = p.parentElement) if (same.has(p)) return;
    // ...and, for the few regions not found in document order, not around one either.
    if (source !== 'landmark') for (const other of same) if (el.contains(other)) return;
    same.add(el);
    placed.add(el);
    const i = known >= 0 ? known : indexOf(el);
    order.push(i);
    found.push({
      kind,
      element: el,
      label: labelOf(el, kind),
      count: i >= 0 ? countFor(kind, table, i) : 0,
      source,
    });
  };

  for (const el of annotated) {
    const kind = el.getAttribute('data-yilan-region');
    if (isRegionKind(kind)) add(el, kind, 'annotation');
  }
  for (const kind of REGION_KINDS) {
    const selector = options.selectors?.[kind];
    if (!selector) continue;
    try {
      for (const el of Array.from(doc.querySelectorAll(selector))) add(el, kind, 'option');
    } catch {
      /* an invalid selector was already reported when options were read */
    }
  }
  for (const { el, kind, i } of landmarks)
    add(el, kind === 'section' ? sectionKind(table, i) : kind, 'landmark', i);

  const has = (kind: RegionKind): boolean => found.some(r => r.kind === kind);
  const free = (i: number): boolean =>
    !found.some(r => r.element.contains(table.els[i]) || table.els[i].contains(r.element));
  if (table.size)
    heuristics(table, headings, has, free, (i, kind) => add(table.els[i], kind, 'heuristic', i));

  // The walk's pre-order index is document order, with shadow and frame content at its host.
  const compare = byDocumentOrder(doc);
  return found
    .map((region, k) => ({ region, i: order[k] }))
    .filter(({ region }) => visible(region.element))
    .sort((a, b) =>
      a.i >= 0 && b.i >= 0 ? a.i - b.i : compare(a.region.element, b.region.element),
    )
    .map(({ region }) => region);
}

/** Document order; elements in shadow roots or iframes sort by their host in `doc`. */
function byDocumentOrder(doc: Document): (a: Element, b: Element) => number {
  const top = (el: Element): Element => {
    let current = el;
    for (let guard = 0; guard < 32; guard++) {
      const root = current.getRootNode();
      if (root instanceof ShadowRoot) current = root.host;
      else if (root instanceof Document && root !== doc && root.defaultView?.frameElement)
        current = root.defaultView.frameElement;
      else break;
    }
    return current;
  };
  return (a, b) => {
    const [x, y] = [top(a), top(b)];
    const pos = x === y ? a.compareDocumentPosition(b) : x.compareDocumentPosition(y);
    if (pos & Node.DOCUMENT_POSITION_FOLLOWING) return -1;
    if (pos & Node.DOCUMENT_POSITION_PRECEDING) return 1;
    return 0;
  };
}

function visible(el: Element): boolean {
  const check = (el as Element & { checkVisibility?: (o?: object) => boolean }).checkVisibility;
  if (typeof check === 'function') return check.call(el, { visibilityProperty: true });
  return !(el as HTMLElement).hidden;
}

function landmarkKind(el: Element): RegionKind | 'section' | undefined {
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

/** A named section is a form, a list of links, or content, by what it holds. */
function sectionKind(t: Table, i: number): RegionKind {
  if (t.els[i].localName === 'form' || t.fields[i] > 0) return 'interaction';
  if (t.items[i] >= 3 && t.links[i] >= t.items[i] * 0.6) return 'list';
  return 'content';
}

function walk(
  doc: Document,
  options: DetectOptions,
  table: Table,
  landmarks: { el: Element; kind: RegionKind | 'section'; i: number }[],
  annotated: Element[],
  headings: number[],
): void {
  // Iterative pre-order walk with two parallel stacks (no object per element).
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
    if (tag.includes('-') && options.isOwnUi?.(el)) continue;
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
}

/** Own text length of every element, and which hold footer words (版权, 主办, ICP …). */
function readText(t: Table): void {
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
  }
}

/** Sum children into parents (pre-order, so reverse order visits children first). */
function aggregate(t: Table): void {
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

function heuristics(
  t: Table,
  headings: number[],
  has: (kind: RegionKind) => boolean,
  free: (i: number) => boolean,
  add: (i: number, kind: RegionKind) => void,
): void {
  const total = t.size;
  const block = (i: number): boolean => BLOCK.has(t.els[i].localName);
  const lead = (i: number): number => i / total;

  // Navigation: the first block of many short links, near the top.
  if (!has('nav')) {
    for (let i = 0; i < total; i++) {
      if (!block(i) || t.links[i] < 4 || lead(i) > 0.45 || t.fields[i] > 0) continue;
      if (t.linkText[i] < t.text[i] * 0.75 || t.linkText[i] / t.links[i] > 12) continue;
      if (free(i)) {
        add(i, 'nav');
        break;
      }
    }
  }
  // Interaction: every form with a field a person types into.
  if (!has('interaction')) {
    for (let i = 0; i < total; i++) {
      if (t.els[i].localName === 'form' && t.fields[i] > 0 && free(i)) add(i, 'interaction');
    }
  }
  // Main content: the block around the main heading holding mostly plain text, else the
  // container with the most paragraph text of its own.
  if (!has('content')) {
    const h1 = headings.find(i => t.els[i].localName === 'h1') ?? headings[0];
    let best = -1;
    if (h1 !== undefined) {
      for (let p = t.parent[h1]; p >= 0; p = t.parent[p]) {
        if (t.els[p].localName === 'body') break;
        if (block(p) && t.text[p] - t.linkText[p] >= 40 && t.linkText[p] <= t.text[p] * 0.5) {
          best = p;
          break;
        }
      }
    }
    if (best < 0) {
      // Paragraph text credited to the paragraph's parent.
      const direct = new Int32Array(total);
      for (let i = 0; i < total; i++)
        if (t.paragraphs[i] && t.els[i].localName === 'p' && t.parent[i] >= 0)
          direct[t.parent[i]] += t.text[i];
      let score = 0;
      for (let i = 0; i < total; i++) {
        if (direct[i] > score && block(i)) {
          score = direct[i];
          best = i;
        }
      }
    }
    if (best >= 0 && free(best)) add(best, 'content');
  }
  // Lists: repeated link lists (news, notices) outside the regions found so far.
  if (!has('list')) {
    let lists = 0;
    for (let i = 0; i < total && lists < 6; i++) {
      const tag = t.els[i].localName;
      if (
        (tag === 'ul' || tag === 'ol' || tag === 'table') &&
        t.items[i] >= 4 &&
        t.links[i] >= t.items[i] * 0.8 &&
        free(i)
      ) {
        add(i, 'list');
        lists++;
      }
    }
  }
  // Services: the last block whose own text reads like a site footer.
  if (!has('service')) {
    for (let i = total - 1; i >= Math.floor(total * 0.5); i--) {
      if (t.service[i] !== 1) continue;
      let top = i;
      while (!block(top) && t.parent[top] >= 0) top = t.parent[top];
      // Grow to the footer block, but not into a parent that brings other content with it.
      for (let p = t.parent[top]; p >= 0 && t.els[p].localName !== 'body'; p = t.parent[p]) {
        if (t.text[p] - t.text[top] >= 40) break;
        top = p;
      }
      if (free(top)) add(top, 'service');
      break;
    }
  }
  // Banner: the block at the very top holding the logo or the site name.
  if (!has('banner')) {
    for (let i = 0; i < Math.min(total, 200); i++) {
      if (!block(i) || lead(i) > 0.2 || t.links[i] > 6 || t.fields[i] > 0) continue;
      if ((t.text[i] > 0 || t.els[i].querySelector('img')) && free(i)) {
        add(i, 'banner');
        break;
      }
    }
  }
}

function labelOf(el: Element, kind: RegionKind): string {
  const own = el.getAttribute('data-yilan-label') ?? el.getAttribute('aria-label');
  if (own?.trim()) return squash(own);
  const by = el.getAttribute('aria-labelledby');
  if (by) {
    const root = el.getRootNode() as Document | ShadowRoot;
    const text = by
      .split(/\s+/)
      .map(id => root.getElementById?.(id)?.textContent ?? '')
      .join(' ');
    if (text.trim()) return squash(text);
  }
  const heading = el.querySelector('h1, h2, h3, h4, h5, h6, caption, legend');
  if (heading) return squash(heading.textContent ?? '');
  // A banner is named by its site title: its first piece of text (not everything in it, which
  // may include a search box and a menu), else its logo's alt text.
  if (kind === 'banner')
    return squash(firstText(el)) || squash(el.querySelector('img[alt]')?.getAttribute('alt') ?? '');
  return '';
}

function firstText(el: Element): string {
  const walker = el.ownerDocument.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = (node as Text).data.trim();
    if (
      text &&
      node.parentElement?.closest('label, button, select, option, script, style') === null
    )
      return text;
  }
  return '';
}

function squash(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > 24 ? `${t.slice(0, 23)}…` : t;
}

function countFor(kind: RegionKind, t: Table, i: number): number {
  switch (kind) {
    case 'nav':
    case 'service':
    case 'banner':
      return t.links[i];
    case 'interaction':
      return t.fields[i];
    case 'list':
      return t.items[i] || t.links[i];
    case 'content':
      return t.paragraphs[i];
  }
}
