import { aggregate, readText, walk } from './region-table.js';
import type { Table } from './region-table.js';

/**
 * The page's main content, found the same way by skip to main (Yilan+M, 跳到正文), the region
 * guide's 正文区, continuous reading and the reading view: <main> or role=main when the page has a
 * visible one, else by structure — most real pages, old table layouts above all, have no landmark.
 */
export function findMainContent(
  doc: Document,
  isOwnUi?: (node: Node) => boolean,
  selector?: string,
): Element {
  // The maintainer's word first (data-yilan-region, the regions option), as in the region guide.
  const marked = ['[data-yilan-region="content"]', selector, 'main, [role="main"]'];
  for (const css of marked) {
    if (!css) continue;
    let els: Element[] = [];
    try {
      els = Array.from(doc.querySelectorAll(css));
    } catch {
      /* an invalid selector was already reported when options were read */
    }
    for (const el of els) if (!isOwnUi?.(el) && shownBox(el)) return el;
  }
  const { table, headings } = walk(doc, isOwnUi);
  readText(table);
  aggregate(table);
  const i = contentIndex(table, headings);
  const found = i >= 0 ? table.els[i] : (doc.body ?? doc.documentElement);
  if (found !== doc.body && found !== doc.documentElement) return found;
  // The text splits right under <body> (a one-page site of sections): the content starts at the
  // first block after the chrome, not at the top of the page.
  return firstContentChild(found, isOwnUi) ?? found;
}

function firstContentChild(parent: Element, isOwnUi?: (node: Node) => boolean): Element | null {
  for (const child of Array.from(parent.children)) {
    if (isOwnUi?.(child) || isChrome(child) || NOT_CONTENT.has(child.localName)) continue;
    if (!(child.textContent ?? '').trim() || !shownBox(child)) continue;
    return child;
  }
  return null;
}

const NOT_CONTENT = new Set(['script', 'style', 'noscript', 'template', 'link', 'meta']);

/** Where a page's chrome usually sits: never where its content is. */
const CHROME_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'search']);
/** Class and id words of chrome (as readability's "unlikely candidates", kept short). */
const CHROME_NAMES =
  /(^|[\s_-])(nav|navbar|menu|header|footer|banner|sidebar|breadcrumbs?|copyright|skip|daohang|logo)([\s_-]|$)|(^|\s)(top|bottom|foot|head|dh)(\s|$)/i;
const TEXT_BLOCKS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'dd', 'dt', 'pre']);
const INLINE = new Set(['a', 'span', 'font', 'b', 'strong', 'em', 'i', 'small', 'label', 'u']);

function isChrome(el: Element): boolean {
  const tag = el.localName;
  if (tag === 'nav' || tag === 'aside' || tag === 'search') return true;
  if (
    (tag === 'header' || tag === 'footer') &&
    !el.parentElement?.closest('article, main, section')
  )
    return true;
  if (!el.hasAttributes()) return false;
  const role = el.getAttribute('role');
  if (role && CHROME_ROLES.has(role)) return true;
  return CHROME_NAMES.test(`${el.id} ${el.getAttribute('class') ?? ''}`);
}

/**
 * The main content by structure: text is weighed (link text at 0.3, chrome — nav, header,
 * footer, aside and their usual class names — at nothing), then, from <body>, the walk goes down
 * into the child holding most of the weight while it holds at least 60 % of it. Where the weight
 * splits (two story columns, a list of paragraphs) is the content's container. Cheap: one pass
 * over the columns already built, a class-name test per element with attributes.
 */
export function contentIndex(t: Table, headings: readonly number[] = []): number {
  const n = t.size;
  if (!n) return -1;
  const score = new Float64Array(n);
  const best = new Int32Array(n).fill(-1);
  for (let i = n - 1; i >= 0; i--) {
    const el = t.els[i];
    let s = score[i] + t.own[i];
    if (t.links[i] > 0 && el.localName === 'a') s *= 0.3;
    score[i] = s;
    const p = t.parent[i];
    if (p < 0 || isChrome(el)) continue;
    score[p] += s;
    if (best[p] < 0 || s > score[best[p]]) best[p] = i;
  }
  let i = 0;
  if (score[i] < 20) return -1;
  for (let c = best[i]; c >= 0 && score[c] >= 0.6 * score[i]; c = best[i]) {
    // A block that opens with its title is the content, title and all: not just the text under it.
    // Nor is one paragraph the content: its container is.
    if (titled(t.els[i], t.els[c]) || TEXT_BLOCKS.has(t.els[c].localName)) break;
    i = c;
  }
  // Inline wrappers (<font>, <span>) are not where a reader lands: their block is.
  while (INLINE.has(t.els[i].localName) && t.parent[i] > 0) i = t.parent[i];
  // The title belongs to the text: take in the page's first main heading when it sits just
  // above (an article's <h1> over its body), and the step adds little else.
  const h1 = headings.find(h => t.els[h].localName === 'h1');
  if (h1 !== undefined && !t.els[i].contains(t.els[h1])) {
    for (let p = t.parent[i], k = 0; p > 0 && k < 3; p = t.parent[p], k++) {
      if (score[p] > score[i] * 1.35 + 40 || isChrome(t.els[p])) break;
      if (t.els[p].contains(t.els[h1])) {
        i = p;
        break;
      }
    }
  }
  return i;
}

const TITLE_NAMES = /title|headline|heading|biaoti|(^|[\s_-])bt([\s_-]|$)/i;

/** Whether `block` opens with a title (a heading, or a block called so) before `child`. */
function titled(block: Element, child: Element): boolean {
  for (let k = block.firstElementChild; k && k !== child; k = k.nextElementSibling) {
    if (isChrome(k) || !k.textContent?.trim()) continue;
    if (/^h[1-3]$/.test(k.localName)) return true;
    return TITLE_NAMES.test(`${k.id} ${k.getAttribute('class') ?? ''}`);
  }
  return false;
}

/** Whether the document is laid out (a DOM-only test environment is not). */
export const hasLayout = (doc: Document): boolean =>
  doc.documentElement.getBoundingClientRect().width > 0;

/** Rendered, with a box a reader can see (not display:none, not a 1 px visually-hidden trick). */
export function shownBox(el: Element, layout = hasLayout(el.ownerDocument)): boolean {
  const check = (el as Element & { checkVisibility?: (o?: object) => boolean }).checkVisibility;
  if (typeof check === 'function' && !check.call(el, { visibilityProperty: true })) return false;
  if ((el as HTMLElement).hidden) return false;
  // Without layout (a DOM-only test environment) every box is empty: nothing to judge by.
  if (!layout) return true;
  const r = el.getBoundingClientRect();
  if (r.width < 3 || r.height < 3) return false;
  const view = el.ownerDocument.defaultView;
  // Parked far off the page (left: -1000em): never on screen at any scroll position.
  return r.right + (view?.scrollX ?? 0) > 0 && r.bottom + (view?.scrollY ?? 0) > 0;
}
