import type { Region, RegionKind } from './region-kinds.js';
import { isRegionKind, REGION_KINDS } from './region-kinds.js';
import { aggregate, readText, walk } from './region-table.js';
import type { Table } from './region-table.js';
import { heuristics } from './region-heuristics.js';
import { labelOf } from './region-label.js';
import { hasLayout, shownBox } from './main-content.js';

/**
 * Finds a page's regions in one pass over its elements (region-table.ts), most trusted source
 * first: maintainer annotations, selectors from the site's options, ARIA landmarks and sectioning
 * elements, then structure for what is still missing (region-heuristics.ts). A region is never
 * invisible or parked off-screen, never listed twice, and named from its own content.
 */
export interface DetectOptions {
  readonly selectors?: Partial<Record<RegionKind, string>>;
  readonly isOwnUi?: (node: Node) => boolean;
}

export function detectRegions(doc: Document, options: DetectOptions = {}): Region[] {
  const { table, landmarks, annotated, headings } = walk(doc, options.isOwnUi);
  // Text is read only when a heuristic needs it: pages with landmarks never pay for it.
  const kinds = new Set<string>(landmarks.map(l => l.kind));
  for (const el of annotated) kinds.add(el.getAttribute('data-yilan-region') as RegionKind);
  for (const kind of Object.keys(options.selectors ?? {})) kinds.add(kind);
  if (['nav', 'content', 'service', 'banner'].some(k => !kinds.has(k))) readText(table);
  aggregate(table);

  const found: Region[] = [];
  const layout = hasLayout(doc);
  const taken = new Map<RegionKind, Element[]>(REGION_KINDS.map(k => [k, []]));
  const sets = new Map<RegionKind, Set<Element>>(REGION_KINDS.map(k => [k, new Set<Element>()]));
  const placed = new Set<Element>();
  const index = new Map<Element, number>();
  const indexOf = (el: Element): number => {
    if (!index.size) table.els.forEach((e, i) => index.set(e, i));
    return index.get(el) ?? -1;
  };
  const order: number[] = [];
  const add = (el: Element, kind: RegionKind, source: Region['source'], known = -1): boolean => {
    const same = taken.get(kind)!;
    if (placed.has(el)) return false;
    // Not inside a region of the same kind (walk up: cheap even with hundreds of regions)...
    const set = sets.get(kind)!;
    for (let p = el.parentElement; p; p = p.parentElement) if (set.has(p)) return false;
    // ...nor around one, for the regions not found in document order.
    if (source !== 'landmark' && same.some(other => el.contains(other))) return false;
    // A visually-hidden skip link's <p> is no banner: focus must land on something seen.
    if (!shownBox(el, layout)) return false;
    same.push(el);
    set.add(el);
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
    return true;
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

  if (table.size)
    heuristics(table, headings, {
      has: kind => taken.get(kind)!.length > 0,
      of: kind => taken.get(kind)!,
      add: (i, kind) => add(table.els[i], kind, 'heuristic', i),
    });

  // The walk's pre-order index is document order, with shadow and frame content at its host.
  const compare = byDocumentOrder(doc);
  const regions = found
    .map((region, k) => ({ region, i: order[k] }))
    .sort((a, b) =>
      a.i >= 0 && b.i >= 0 ? a.i - b.i : compare(a.region.element, b.region.element),
    )
    .map(({ region }) => region);
  return withoutWrappers(regions);
}

/**
 * An <aside> or <header> that only wraps a menu is that menu: listed once, as the inner region
 * (the one with the more precise kind). Content is never dropped for what it holds.
 */
function withoutWrappers(regions: Region[]): Region[] {
  const size = (el: Element): number => (el.textContent ?? '').replace(/\s+/g, '').length;
  return regions.filter(
    outer =>
      outer.kind === 'content' ||
      outer.source === 'annotation' ||
      outer.source === 'option' ||
      !regions.some(
        inner =>
          inner !== outer &&
          inner.kind !== outer.kind &&
          outer.element.contains(inner.element) &&
          size(inner.element) >= size(outer.element) * 0.9,
      ),
  );
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

/** A named section is a form, a list of links, or content, by what it holds. */
function sectionKind(t: Table, i: number): RegionKind {
  if (t.els[i].localName === 'form' || t.fields[i] > 0) return 'interaction';
  if (t.items[i] >= 3 && t.links[i] >= t.items[i] * 0.6) return 'list';
  return 'content';
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
