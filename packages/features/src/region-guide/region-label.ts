import type { RegionKind } from './region-kinds.js';

const HEADINGS = 'h1, h2, h3, h4, h5, h6, caption, legend';

/**
 * A region's name, from its own content: its label, else a heading that belongs to it, else (by
 * kind) its title, site name or first line. Never a heading deep in one of its columns: a footer
 * is not "About our work" because one of its link columns is headed so.
 */
export function labelOf(el: Element, kind: RegionKind): string {
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
  const heading = ownHeading(el);
  if (heading) return squash(heading.textContent ?? '');
  // Content, lists and forms go by their title even when it sits in an inner wrapper.
  if (kind === 'content' || kind === 'list' || kind === 'interaction') {
    const any = el.querySelector(HEADINGS);
    if (any?.textContent?.trim()) return squash(any.textContent);
  }
  // A banner is named by its site title: its logo's alt text, else its first piece of text (not
  // everything in it, which may include a search box and a menu), else any image's alt text.
  if (kind === 'banner')
    return (
      squash(el.querySelector(LOGO)?.getAttribute('alt') ?? '') ||
      squash(firstText(el)?.data ?? '') ||
      squash(el.querySelector('img[alt]')?.getAttribute('alt') ?? '')
    );
  // A footer by its own first line ("版权所有：…", "Status: 5 July 2022 …"), skipping link
  // columns and their headings; untitled content by its first line after the breadcrumb.
  if (kind === 'service') return squash(firstLine(el, 'a, h1, h2, h3, h4, h5, h6', true));
  if (kind === 'content') return squash(firstLine(el, 'a, nav, [class*="breadcrumb"]'));
  return '';
}

const LOGO = [
  '[class*="logo"] img[alt]:not([alt=""])',
  '[id*="logo"] img[alt]:not([alt=""])',
  'img[class*="logo"][alt]:not([alt=""])',
  'a[href="/"] img[alt]:not([alt=""])',
  'a[href="index.html"] img[alt]:not([alt=""])',
].join(', ');

/**
 * The region's first heading when it heads the whole region: every wrapper between them is the
 * last thing in its parent, so the heading is not the title of one column among others. Decided
 * from the tree alone — reading the text of a 50,000-element <main> for a name costs too much.
 */
function ownHeading(el: Element): Element | null {
  const heading = el.querySelector(HEADINGS);
  if (!heading?.textContent?.trim()) return null;
  for (let p = heading.parentElement; p && p !== el; p = p.parentElement)
    for (let s = p.nextElementSibling; s; s = s.nextElementSibling)
      if (!UNSEEN.has(s.localName) && s.hasChildNodes()) return null;
  return heading;
}

const UNSEEN = new Set(['script', 'style', 'template', 'br', 'hr']);

/** The first visible text node that is not a control's caption. */
function firstText(el: Element, skip = '', columns = false): Text | null {
  const walker = el.ownerDocument.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!(node as Text).data.trim() || !parent) continue;
    const unsaid = 'label, button, select, option, script, style, [hidden], [aria-hidden="true"]';
    if (parent.closest(skip ? `${unsaid}, ${skip}` : unsaid)) continue;
    if (columns && headsLinkColumn(parent, el)) continue;
    const check = (parent as Element & { checkVisibility?: () => boolean }).checkVisibility;
    if (typeof check === 'function' && !check.call(parent)) continue;
    // Visually hidden helper text ("Current location:", off-screen skip links) is not a name.
    const box = parent.getBoundingClientRect();
    if (
      el.ownerDocument.documentElement.getBoundingClientRect().width &&
      box.width * box.height < 4
    )
      continue;
    return node as Text;
  }
  return null;
}

/** The text of the block holding the region's first text: its first line, as a reader sees it. */
function firstLine(el: Element, skip = '', columns = false): string {
  const text = firstText(el, skip, columns);
  if (!text) return '';
  const block = text.parentElement?.closest(
    'p, li, td, th, dd, dt, address, h1, h2, h3, h4, h5, h6, div',
  );
  return block && block !== el && el.contains(block) ? (block.textContent ?? '') : text.data;
}

/** A column heading of a footer's link columns: the next thing after it is a list of links. */
function headsLinkColumn(from: Element, region: Element): boolean {
  for (let p: Element | null = from; p && p !== region; p = p.parentElement) {
    const next = p.nextElementSibling;
    if (!next) continue;
    const links = next.querySelectorAll('a[href]').length;
    const words = (next.textContent ?? '').replace(/\s+/g, '').length;
    const linked = Array.from(next.querySelectorAll('a[href]'), a => a.textContent ?? '')
      .join('')
      .replace(/\s+/g, '').length;
    return links >= 2 && linked >= words * 0.7;
  }
  return false;
}

export function squash(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > 24 ? `${t.slice(0, 23)}…` : t;
}
