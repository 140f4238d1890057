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

interface Stats {
  el: Element;
  parent: number;
  depth: number;
  order: number;
  text: number;
  linkText: number;
  links: number;
  fields: number;
  items: number;
  paragraphs: number;
  /** Text directly inside (not in child elements). */
  ownText: number;
}

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD', 'SVG', 'svg']);
const FIELD = new Set(['INPUT', 'SELECT', 'TEXTAREA']);
const BLOCK = new Set([
  'DIV',
  'SECTION',
  'ARTICLE',
  'MAIN',
  'ASIDE',
  'NAV',
  'HEADER',
  'FOOTER',
  'TABLE',
  'TBODY',
  'TR',
  'TD',
  'UL',
  'OL',
  'FORM',
  'P',
  'DL',
  'CENTER',
  'FIELDSET',
  'FIGURE',
]);
const SERVICE_WORDS =
  /版权|©|copyright|备案|ICP|主办|承办|联系我们|网站标识码|地址[:：]|电话[:：]/i;

export function detectRegions(doc: Document, options: DetectOptions = {}): Region[] {
  const stats: Stats[] = [];
  const landmarks: { el: Element; kind: RegionKind }[] = [];
  const annotated: Element[] = [];
  const headings: number[] = [];
  walk(doc, options, stats, landmarks, annotated, headings);
  aggregate(stats);

  const found: Region[] = [];
  const index = new Map(stats.map((s, i) => [s.el, i]));
  const add = (el: Element, kind: RegionKind, source: Region['source']): void => {
    if (found.some(r => r.element === el)) return;
    if (found.some(r => r.kind === kind && (r.element.contains(el) || el.contains(r.element))))
      return;
    const s = stats[index.get(el) ?? -1];
    found.push({
      kind,
      element: el,
      label: labelOf(el, kind),
      count: s ? countFor(kind, s) : 0,
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
  for (const { el, kind } of landmarks) add(el, kind, 'landmark');

  const has = (kind: RegionKind): boolean => found.some(r => r.kind === kind);
  const free = (i: number): boolean =>
    !found.some(r => r.element.contains(stats[i].el) || stats[i].el.contains(r.element));
  if (stats.length)
    heuristics(stats, headings, has, free, (i, kind) => add(stats[i].el, kind, 'heuristic'));

  const compare = byDocumentOrder(doc);
  return found.filter(r => visible(r.element)).sort((a, b) => compare(a.element, b.element));
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

function landmarkKind(el: Element): RegionKind | undefined {
  const role = el.getAttribute('role');
  const tag = el.localName;
  if (role === 'navigation' || (tag === 'nav' && !role)) return 'nav';
  if (role === 'search' || (tag === 'search' && !role)) return 'interaction';
  if (role === 'main' || (tag === 'main' && !role)) return 'content';
  if (role === 'banner') return 'banner';
  if (role === 'contentinfo' || role === 'complementary') return 'service';
  if (role) return role === 'form' || role === 'region' ? sectionKind(el) : undefined;
  // header/footer are banner/contentinfo only when not inside sectioning content (HTML-AAM).
  const scoped = el.parentElement?.closest('article, aside, main, nav, section');
  if (tag === 'header' && !scoped) return 'banner';
  if (tag === 'footer' && !scoped) return 'service';
  if (tag === 'aside') return 'service';
  if (
    (tag === 'section' || tag === 'form') &&
    (el.hasAttribute('aria-label') || el.hasAttribute('aria-labelledby'))
  )
    return sectionKind(el);
  return undefined;
}

/** A named section is a form, a list of links, or content, by what it holds. */
function sectionKind(el: Element): RegionKind {
  if (el.localName === 'form' || el.querySelector('input:not([type=hidden]), select, textarea'))
    return 'interaction';
  const items = el.querySelectorAll('li, tr').length;
  const links = el.querySelectorAll('a[href]').length;
  if (items >= 3 && links >= items * 0.6) return 'list';
  return 'content';
}

function walk(
  doc: Document,
  options: DetectOptions,
  stats: Stats[],
  landmarks: { el: Element; kind: RegionKind }[],
  annotated: Element[],
  headings: number[],
): void {
  const stack: { node: ParentNode; parent: number; depth: number }[] = [];
  if (doc.body) stack.push({ node: doc.body, parent: -1, depth: 0 });
  // Iterative depth-first walk in document order; children pushed in reverse.
  while (stack.length) {
    const { node, parent, depth } = stack.pop()!;
    // nodeType, not instanceof: nodes of a same-origin iframe belong to another realm.
    if ((node as Node).nodeType !== 1) {
      pushChildren(node, parent, depth, stack);
      continue;
    }
    const el = node as Element;
    if (
      SKIP.has(el.nodeName) ||
      el.hasAttribute('hidden') ||
      el.getAttribute('aria-hidden') === 'true'
    )
      continue;
    if (options.isOwnUi?.(el)) continue;
    const i = stats.length;
    let ownText = 0;
    for (let c = el.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3 && /\S/.test((c as Text).data))
        ownText += (c as Text).data.trim().length;
    }
    const isLink = el.localName === 'a' && el.hasAttribute('href');
    stats.push({
      el,
      parent,
      depth,
      order: i,
      text: ownText,
      linkText: 0,
      links: isLink ? 1 : 0,
      fields: FIELD.has(el.nodeName) && (el as HTMLInputElement).type !== 'hidden' ? 1 : 0,
      items: el.localName === 'li' || el.localName === 'tr' || el.localName === 'dt' ? 1 : 0,
      paragraphs: el.localName === 'p' ? 1 : 0,
      ownText,
    });
    if (isLink) stats[i].linkText = -1; // marker: resolved in aggregate()
    if (/^h[1-6]$/.test(el.localName)) headings.push(i);
    if (el.hasAttribute('data-yilan-region')) annotated.push(el);
    const kind = landmarkKind(el);
    if (kind) landmarks.push({ el, kind });
    if (el.shadowRoot) stack.push({ node: el.shadowRoot, parent: i, depth: depth + 1 });
    if (el.localName === 'iframe') {
      try {
        const inner = (el as HTMLIFrameElement).contentDocument;
        if (inner?.body) stack.push({ node: inner.body, parent: i, depth: depth + 1 });
      } catch {
        /* cross-origin frame: its regions are its own page's business */
      }
    }
    pushChildren(el, i, depth + 1, stack);
  }
}

function pushChildren(
  node: ParentNode,
  parent: number,
  depth: number,
  stack: { node: ParentNode; parent: number; depth: number }[],
): void {
  const kids = node.children;
  for (let k = kids.length - 1; k >= 0; k--) stack.push({ node: kids[k], parent, depth });
}

/** Sum children into parents (stats are in pre-order, so reverse order visits children first). */
function aggregate(stats: Stats[]): void {
  for (let i = stats.length - 1; i >= 0; i--) {
    const s = stats[i];
    if (s.linkText === -1) s.linkText = s.text;
    const p = stats[s.parent];
    if (!p) continue;
    p.text += s.text;
    p.linkText += s.linkText === -1 ? 0 : s.linkText;
    p.links += s.links;
    p.fields += s.fields;
    p.items += s.items;
    p.paragraphs += s.paragraphs;
  }
}

function heuristics(
  stats: Stats[],
  headings: number[],
  has: (kind: RegionKind) => boolean,
  free: (i: number) => boolean,
  add: (i: number, kind: RegionKind) => void,
): void {
  const total = stats.length;
  const block = (i: number): boolean => BLOCK.has(stats[i].el.nodeName);
  const lead = (i: number): number => i / total;

  // Navigation: the first block of many short links, near the top.
  if (!has('nav')) {
    for (let i = 0; i < total; i++) {
      const s = stats[i];
      if (!block(i) || s.links < 4 || lead(i) > 0.45) continue;
      if (s.linkText < s.text * 0.75 || s.linkText / s.links > 12 || s.fields > 0) continue;
      if (free(i)) {
        add(i, 'nav');
        break;
      }
    }
  }
  // Interaction: every form with a field a person types into, or the block around loose fields.
  if (!has('interaction')) {
    for (let i = 0; i < total; i++) {
      const s = stats[i];
      if (s.el.localName === 'form' && s.fields > 0 && free(i)) add(i, 'interaction');
    }
  }
  // Main content: the block around the main heading holding most plain text, else the
  // container with the most direct paragraph text.
  if (!has('content')) {
    const h1 = headings.find(i => stats[i].el.localName === 'h1') ?? headings[0];
    let best = -1;
    if (h1 !== undefined) {
      for (let p = stats[h1].parent; p >= 0; p = stats[p].parent) {
        const s = stats[p];
        if (s.el.localName === 'body') break;
        if (block(p) && s.text - s.linkText >= 40 && s.linkText <= s.text * 0.5) {
          best = p;
          break;
        }
      }
    }
    if (best < 0) {
      let score = 0;
      for (let i = 0; i < total; i++) {
        const s = stats[i];
        if (!block(i) || s.el.localName === 'p') continue;
        let direct = 0;
        for (let c = s.el.firstElementChild; c; c = c.nextElementSibling)
          if (c.localName === 'p') direct += c.textContent?.length ?? 0;
        if (direct > score) {
          score = direct;
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
      const s = stats[i];
      const tag = s.el.localName;
      if (
        (tag === 'ul' || tag === 'ol' || tag === 'table') &&
        s.items >= 4 &&
        s.links >= s.items * 0.8 &&
        free(i)
      ) {
        add(i, 'list');
        lists++;
      }
    }
  }
  // Services: the last block that reads like a site footer.
  if (!has('service')) {
    for (let i = total - 1; i >= Math.floor(total * 0.5); i--) {
      const s = stats[i];
      if (!block(i) || !SERVICE_WORDS.test(s.el.textContent ?? '')) continue;
      // Grow to the footer block, but not into a parent that brings other content with it.
      let top = i;
      for (let p = s.parent; p >= 0 && stats[p].el.localName !== 'body'; p = stats[p].parent) {
        if (stats[p].text - stats[top].text >= 40) break;
        top = p;
      }
      if (free(top)) add(top, 'service');
      break;
    }
  }
  // Banner: the block at the very top, before the navigation, holding the logo or site name.
  if (!has('banner')) {
    for (let i = 0; i < Math.min(total, 200); i++) {
      const s = stats[i];
      if (!block(i) || lead(i) > 0.2) continue;
      if (s.links > 6 || s.fields > 0) continue;
      if ((s.el.querySelector('img') || s.text > 0) && free(i)) {
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
  // A banner is named by its site title: its own short text, else its logo's alt text.
  if (kind === 'banner')
    return (
      squash(el.textContent ?? '') ||
      squash(el.querySelector('img[alt]')?.getAttribute('alt') ?? '')
    );
  return '';
}

function squash(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > 24 ? `${t.slice(0, 23)}…` : t;
}

function countFor(kind: RegionKind, s: Stats): number {
  switch (kind) {
    case 'nav':
    case 'service':
    case 'banner':
      return s.links;
    case 'interaction':
      return s.fields;
    case 'list':
      return s.items || s.links;
    case 'content':
      return s.paragraphs;
  }
}
