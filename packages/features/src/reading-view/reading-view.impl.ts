import type { Disposer, FeatureContext } from '@yilan/core/feature/feature.js';
import { computeAccessibleName } from 'dom-accessibility-api';
import { createSheet } from '@yilan/core/page/sheets.js';
import { moreTranslator } from '@yilan/core/i18n/more-translate.js';
import { isHiddenElement, mainContent } from '../read-aloud/reading-order.js';

/** Elements kept as they are (their text and structure); everything else is unwrapped. */
const KEEP = new Set(
  'h1 h2 h3 h4 h5 h6 p ul ol li dl dt dd table caption thead tbody tfoot tr th td blockquote pre code strong em b i br a figure figcaption'.split(
    ' ',
  ),
);
const DROP = new Set(
  'script style noscript template iframe object embed canvas video audio svg form input select textarea button nav header footer aside'.split(
    ' ',
  ),
);

const css = `dialog { box-sizing: border-box; width: 100vw; max-width: 100vw; height: 100vh; max-height: 100vh;
  margin: 0; padding: 0; border: 0; background: var(--yilan-bg, #ffffff); color: var(--yilan-fg, #111111);
  font: 400 calc(22px * var(--zoom, 1)) / 1.8 system-ui, "PingFang SC", "Microsoft YaHei", sans-serif; }
dialog::backdrop { background: rgb(0 0 0 / 60%); }
.bar { position: sticky; top: 0; display: flex; justify-content: space-between; align-items: center; gap: 12px;
  padding: 8px 16px; background: inherit; border-bottom: 2px solid currentColor; }
.bar p { margin: 0; font-weight: 700; }
.close { font: inherit; font-size: 0.9em; min-height: 44px; padding: 4px 16px; color: inherit; background: transparent;
  border: 2px solid currentColor; border-radius: 6px; cursor: pointer; }
article { max-width: 38em; margin: 0 auto; padding: 16px 20px 64px; overflow-wrap: anywhere; }
a { color: var(--yilan-link, #00008b); text-decoration: underline; }
h1, h2, h3, h4, h5, h6 { line-height: 1.35; margin: 1.2em 0 0.5em; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid currentColor; padding: 4px 8px; text-align: start; vertical-align: top; }
img { max-width: 100%; height: auto; }
figure { margin: 1em 0; }
figcaption { font-size: 0.9em; }
pre { white-space: pre-wrap; }
:focus-visible { outline: 3px solid currentColor; outline-offset: 3px; }`;

/** A clean copy of `from`'s readable content: structure kept, styles, scripts and widgets gone. */
function linearise(from: Element, into: Node, doc: Document, isOwnUi: (n: Node) => boolean): void {
  for (const node of Array.from(from.childNodes)) {
    if (node.nodeType === 3) {
      into.appendChild(doc.createTextNode((node as Text).data));
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    const tag = el.localName;
    if (DROP.has(tag) || isOwnUi(el) || isHiddenElement(el)) continue;
    if (tag === 'img') {
      const alt = el.getAttribute('alt');
      if (!alt) continue;
      const figure = doc.createElement('figure');
      const img = doc.createElement('img');
      img.src = (el as HTMLImageElement).src;
      const caption = doc.createElement('figcaption');
      caption.textContent = alt;
      // The caption says what the image shows; the image itself need not say it twice.
      img.alt = '';
      figure.append(img, caption);
      into.appendChild(figure);
      continue;
    }
    if (!KEEP.has(tag)) {
      linearise(el, into, doc, isOwnUi);
      continue;
    }
    const copy = doc.createElement(tag);
    if (tag === 'a' && el.hasAttribute('href'))
      copy.setAttribute('href', (el as HTMLAnchorElement).href);
    for (const attr of ['colspan', 'rowspan', 'scope', 'lang', 'dir']) {
      const value = el.getAttribute(attr);
      if (value) copy.setAttribute(attr, value);
    }
    linearise(el, copy, doc, isOwnUi);
    // An icon-only link (its name in aria-label, its picture a font glyph) would arrive empty:
    // the reading view writes its name out as the link's text.
    if (tag === 'a' && !copy.textContent?.trim()) {
      const name = computeAccessibleName(el).trim();
      if (!name) continue;
      copy.textContent = name;
    }
    // A heading left without text (its words were in a widget or a picture without alt) would
    // be an empty heading in the reading view: what it kept, if anything, goes on unwrapped.
    if (/^h[1-6]$/.test(tag) && !copy.textContent?.trim()) {
      for (const kept of Array.from(copy.childNodes)) into.appendChild(kept);
      continue;
    }
    into.appendChild(copy);
  }
}

/**
 * 阅读模式: the main content alone in large type, in a modal dialog in Yilan's own layer, in the
 * reader's colour scheme and zoom. Escape or 关闭 closes it (and turns the setting off); focus
 * returns to where it was. The page itself is not changed.
 */
export function openReadingView(context: FeatureContext): Disposer {
  const { document: doc, store, isOwnUi } = context;
  const t = moreTranslator(context.locale);
  const root = context.layer();
  const sheet = createSheet(doc, css);
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];

  let opener: Element | null = doc.activeElement;
  while (opener?.shadowRoot?.activeElement) opener = opener.shadowRoot.activeElement;

  const dialog = doc.createElement('dialog');
  dialog.setAttribute('aria-labelledby', 'yilan-reading-view-title');
  dialog.lang = doc.documentElement.lang || context.locale;
  const bar = doc.createElement('div');
  bar.className = 'bar';
  const title = doc.createElement('p');
  title.id = 'yilan-reading-view-title';
  title.textContent = t('readingViewTitle');
  title.lang = context.locale;
  const close = doc.createElement('button');
  close.type = 'button';
  close.className = 'close';
  close.lang = context.locale;
  close.textContent = t('readingViewClose');
  bar.append(title, close);
  const article = doc.createElement('article');
  linearise(mainContent(doc, isOwnUi, context.regionSelectors?.content), article, doc, isOwnUi);
  dialog.append(bar, article);
  root.append(dialog);

  const zoom = (): void => {
    const value = store.get().zoom;
    dialog.style.setProperty('--zoom', String(typeof value === 'number' ? value / 100 : 1));
  };
  zoom();
  const unsubscribe = store.subscribe((_, changed) => {
    if (changed.includes('zoom')) zoom();
  });
  const off = (): void => void store.set({ readingView: false });
  close.addEventListener('click', off);
  dialog.addEventListener('cancel', event => {
    event.preventDefault();
    off();
  });
  dialog.showModal();
  close.focus();

  return () => {
    unsubscribe();
    if (dialog.open) dialog.close();
    dialog.remove();
    root.adoptedStyleSheets = root.adoptedStyleSheets.filter(s => s !== sheet);
    if (opener instanceof HTMLElement && opener.isConnected) opener.focus();
  };
}
