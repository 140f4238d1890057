import type { RegionKind } from './region-kinds.js';
import { REGION_KINDS } from './region-kinds.js';
import { BLOCK } from './region-table.js';
import type { Table } from './region-table.js';
import { contentIndex, shownBox } from './main-content.js';

export interface Found {
  /** Whether a region of this kind is already known (annotation, option, landmark). */
  has(kind: RegionKind): boolean;
  /** Elements of regions found so far, by kind. */
  of(kind: RegionKind): readonly Element[];
  /** Add a region; false when refused (invisible, nested in one of its kind, already placed). */
  add(i: number, kind: RegionKind): boolean;
}

const NAV_NAMES = /(^|[\s_-])(nav|navbar|menu|daohang|subnav|sidenav)([\s_-]|$)|(^|\s)dh(\s|$)/i;
/** Blocks a banner can be: not rows, lists or paragraphs inside one. */
const BANNER_TAGS = new Set(['div', 'header', 'section', 'table', 'td', 'center']);

/**
 * Regions by structure, for the kinds the page did not mark: the main content first (everything
 * else must stay out of it), then menus, forms, link lists, the footer and the banner.
 */
export function heuristics(t: Table, headings: readonly number[], found: Found): void {
  const total = t.size;
  const block = (i: number): boolean => BLOCK.has(t.els[i].localName);
  const lead = (i: number): number => i / total;
  if (!found.has('content')) {
    const i = contentIndex(t, headings);
    if (i >= 0) found.add(i, 'content');
  }
  const content = found.of('content');
  const overlapsContent = (el: Element): boolean =>
    content.some(c => c.contains(el) || el.contains(c));
  const within = (el: Element, kind: RegionKind): boolean =>
    found.of(kind).some(r => r.contains(el) || el.contains(r));

  // Menus: blocks of many short links outside the content, near the top or named as menus. A
  // page whose landmarks already give a menu gets only blocks named so (id/class "nav", "menu").
  const marked = found.has('nav');
  for (let i = 0, navs = 0; t.hasText && i < total && navs < 3; i++) {
    if (!block(i) || t.fields[i] > 0 || t.links[i] < 3) continue;
    if (t.linkText[i] < t.text[i] * 0.6 || t.linkText[i] / t.links[i] > 24) continue;
    const el = t.els[i];
    const named = NAV_NAMES.test(`${el.id} ${el.getAttribute('class') ?? ''}`);
    if (marked && !named) continue;
    if (!named && (t.links[i] < 4 || lead(i) > 0.45)) continue;
    // A second unnamed menu is links and nothing else: a notice list has dates between them.
    if (!named && navs > 0 && t.linkText[i] < t.text[i] * 0.9) continue;
    // Never in the content, nor a footer's link columns (the footer is listed already).
    if (overlapsContent(el) || within(el, 'nav') || within(el, 'service')) continue;
    if (found.add(i, 'nav')) navs++;
  }
  // Interaction: every form with a field a person types into.
  if (!found.has('interaction')) {
    for (let i = 0; i < total; i++) {
      if (t.els[i].localName === 'form' && t.fields[i] > 0 && !overlapsContent(t.els[i]))
        found.add(i, 'interaction');
    }
  }
  // Lists: repeated link lists (news, notices) outside every region found so far.
  if (!found.has('list')) {
    let lists = 0;
    for (let i = 0; i < total && lists < 6; i++) {
      const tag = t.els[i].localName;
      if (
        (tag === 'ul' || tag === 'ol' || tag === 'table') &&
        t.items[i] >= 4 &&
        t.links[i] >= t.items[i] * 0.8 &&
        !REGION_KINDS.some(kind => within(t.els[i], kind)) &&
        found.add(i, 'list')
      )
        lists++;
    }
  }
  // Services: the last block whose own text reads like a site footer, grown to the whole footer
  // (its status line, links and copyright) but never into what holds the content or a menu.
  if (!found.has('service')) {
    for (let i = total - 1; i >= Math.floor(total * 0.5); i--) {
      if (t.service[i] !== 1) continue;
      let top = i;
      while (!block(top) && t.parent[top] >= 0) top = t.parent[top];
      for (let p = t.parent[top]; p >= 0 && t.els[p].localName !== 'body'; p = t.parent[p]) {
        const el = t.els[p];
        if (content.length ? overlapsContent(el) : t.text[p] - t.text[top] >= 40) break;
        if (within(el, 'nav') || within(el, 'banner')) break;
        top = p;
      }
      if (found.add(top, 'service')) break;
    }
  }
  // Banner: the widest visible block at the very top holding the logo or the site name. "Top"
  // is measured from the page's first block: Yilan's own bar may push the page down.
  if (!found.has('banner')) {
    const view = t.els[0]?.ownerDocument.defaultView;
    const width = view?.innerWidth ?? 0;
    const boxes: { i: number; top: number; r: DOMRect }[] = [];
    let best = -1;
    for (let i = 0; i < Math.min(total, 200); i++) {
      const el = t.els[i];
      if (!BANNER_TAGS.has(el.localName) || t.fields[i] > 2 || overlapsContent(el)) continue;
      if (!(t.text[i] > 0 || el.querySelector('img'))) continue;
      const r = el.getBoundingClientRect();
      // No layout (a DOM-only test): the first candidate, as before layout was consulted.
      if (!width || !r.width) {
        if (best < 0 && lead(i) <= 0.2 && t.links[i] <= 6) best = i;
        continue;
      }
      if (r.height > 400 || r.width < width * 0.5 || !shownBox(el)) continue;
      boxes.push({ i, top: r.top + (view?.scrollY ?? 0), r });
    }
    const first = Math.min(...boxes.map(b => b.top));
    let area = 0;
    for (const { i, top, r } of boxes) {
      if (top > first + 150 || r.width * r.height <= area) continue;
      area = r.width * r.height;
      best = i;
    }
    if (best >= 0) found.add(best, 'banner');
  }
}
