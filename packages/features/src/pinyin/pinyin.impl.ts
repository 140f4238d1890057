import type { Disposer, FeatureContext } from '@yilan/core/feature/feature.js';
import { adopt, createSheet, sheetFor } from '@yilan/core/page/sheets.js';
import { claimFirstLayer, inLayer } from '@yilan/core/page/cascade.js';
import { HAN, followText } from '../chinese-convert/text-walk.js';
import { readingsFor } from './readings.js';

const BLOCKS =
  'p, li, dt, dd, td, th, caption, figcaption, blockquote, h1, h2, h3, h4, h5, h6, label, legend, summary, a, button';

/**
 * What Yilan inserts must look the same on every page, whatever the page's CSS says about `span`,
 * `ruby` or `rt` (a news list's `a span { float: right }` would float the headline away,
 * `rt { font-size: 5px }` would make the pinyin unreadable). Everything inside a run is first
 * reset to the browser's own styles (`all: revert`) and then styled, with `!important` inside
 * Yilan's cascade layer: layered important declarations beat every unlayered page declaration,
 * `!important` included, whatever its specificity. The reset has no specificity (`:where`), so
 * Yilan's other modes (colour schemes, the big cursor) still reach the annotation. The element
 * names stay `span`/`ruby`/`rt`: custom names would change what axe and screen readers see.
 * Room above each line for the annotation, so lines never overlap; never smaller than 10 px.
 */
const css =
  inLayer(`:where([data-yilan-pinyin-run], [data-yilan-pinyin-run] *) { all: revert !important; }
[data-yilan-pinyin-run] > [data-yilan-pinyin-text] { line-height: 2.6 !important; }
[data-yilan-pinyin-text] > ruby { ruby-position: over !important; }
[data-yilan-pinyin-text] > ruby > rt { font-size: max(10px, 0.55em) !important; font-weight: 400 !important;
  font-style: normal !important; letter-spacing: 0 !important; line-height: 1 !important; }
[data-yilan-pinyin-run] > [data-yilan-pinyin-read] { position: absolute !important; width: 1px !important;
  height: 1px !important; margin: -1px !important; padding: 0 !important; overflow: hidden !important;
  clip-path: inset(50%) !important; white-space: nowrap !important; border: 0 !important; }`);

/**
 * The text with pinyin over each Chinese character, in a span hidden from assistive technology;
 * null when pinyin-pro's syllables do not line up with the characters. The readings are chosen in
 * readings.ts.
 */
function rubyFor(doc: Document, text: string): HTMLElement | null {
  const syllables = readingsFor(text);
  const chars = [...text];
  if (!syllables) return null;
  const shown = doc.createElement('span');
  shown.setAttribute('data-yilan-pinyin-text', '');
  shown.setAttribute('aria-hidden', 'true');
  let ruby: HTMLElement | undefined;
  let plain = '';
  const flush = (): void => {
    if (plain) shown.append(plain);
    plain = '';
    ruby = undefined;
  };
  chars.forEach((char, i) => {
    if (!HAN.test(char)) {
      if (ruby) flush();
      plain += char;
      return;
    }
    if (plain) flush();
    if (!ruby) {
      ruby = doc.createElement('ruby');
      shown.append(ruby);
    }
    const rt = doc.createElement('rt');
    rt.textContent = syllables[i]!;
    ruby.append(char, rt);
  });
  flush();
  return shown;
}

/** One line in the caption bar, with room above it for the annotation. */
const captionCss = `[data-yilan-caption-bar][data-pinyin] { line-height: 2.2; -webkit-line-clamp: 1; }
[data-yilan-caption-bar] rt { font-size: 0.45em; font-weight: 400; letter-spacing: 0; }`;

/**
 * 显示屏拼音: pinyin over the caption screen's text only, the page left as it is. The caption bar
 * writes plain text; each time it does, the text is shown again with its annotation. The bar is
 * hidden from assistive technology already, so one copy is enough.
 */
export function annotateCaption(context: FeatureContext): Disposer {
  const root = context.layer();
  const doc = context.document;
  const sheet = createSheet(doc, captionCss);
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  const Observer = doc.defaultView?.MutationObserver;
  /** The bar's own text, as the caption screen wrote it before we annotated it. */
  let original: string | undefined;
  const update = (): void => {
    const bar = root.querySelector<HTMLElement>('[data-yilan-caption-bar]');
    // Our own ruby is in the bar already: this is the change we made.
    if (!bar || bar.querySelector('ruby')) return;
    const text = bar.textContent ?? '';
    const shown = HAN.test(text) ? rubyFor(doc, text) : null;
    bar.toggleAttribute('data-pinyin', !!shown);
    original = shown ? text : undefined;
    if (shown) bar.replaceChildren(shown);
  };
  const watcher = Observer ? new Observer(update) : undefined;
  watcher?.observe(root, { childList: true, characterData: true, subtree: true });
  update();
  return () => {
    watcher?.disconnect();
    const bar = root.querySelector<HTMLElement>('[data-yilan-caption-bar]');
    if (bar?.hasAttribute('data-pinyin') && original !== undefined) bar.textContent = original;
    bar?.removeAttribute('data-pinyin');
    root.adoptedStyleSheets = root.adoptedStyleSheets.filter(s => s !== sheet);
  };
}

/**
 * Pinyin with tone marks over every Chinese character of the page, the reading chosen from the
 * context (银行 háng, 行走 xíng) by pinyin-pro. Each annotated text node is swapped for a
 * `<span>` holding the original text for assistive technology (visually hidden) and the ruby
 * version for the eyes (hidden from assistive technology: screen readers would otherwise read
 * every syllable and split the words into characters). The original node comes back on dispose.
 */
export function annotatePage(context: FeatureContext, done?: () => void): Disposer {
  const doc = context.document;
  const swapped = new Map<HTMLElement, Text>();
  const removeSheet = adopt(
    doc,
    sheetFor(doc, 'pinyin', () => css),
  );
  const release = claimFirstLayer(doc);

  const annotate = (node: Text): void => {
    // Where markup cannot go (the title, list options) the text stays as it is.
    if (node.parentElement?.closest('title, option, select, optgroup')) return;
    const shown = rubyFor(doc, node.data);
    if (!shown) return;
    const wrap = doc.createElement('span');
    wrap.setAttribute('data-yilan-pinyin-run', '');
    const read = doc.createElement('span');
    read.setAttribute('data-yilan-pinyin-read', '');
    read.textContent = node.data;
    wrap.append(read, shown);
    node.replaceWith(wrap);
    swapped.set(wrap, node);
  };

  // Only text near the screen is annotated, as the reader reaches it: ruby lines are costly to lay
  // out, and a long page annotated at once would keep the browser busy for seconds.
  const waiting = new Map<Element, Text[]>();
  // What came near the screen, annotated in slices of 8 ms: a screenful at once is enough work
  // (pinyin-pro, then laying out the ruby lines) to hold the main thread for over 100 ms.
  const ready: Text[] = [];
  const win = doc.defaultView!;
  let timer = 0;
  const drain = (): void => {
    timer = 0;
    const deadline = performance.now() + 8;
    while (ready.length && performance.now() < deadline) {
      const node = ready.shift()!;
      if (node.isConnected) annotate(node);
    }
    if (ready.length) timer = win.setTimeout(drain, 0);
  };
  const Observer = win.IntersectionObserver;
  const near = Observer
    ? new Observer(
        entries => {
          for (const entry of entries) {
            if (!entry.isIntersecting) continue;
            ready.push(...(waiting.get(entry.target) ?? []));
            waiting.delete(entry.target);
            near?.unobserve(entry.target);
          }
          if (ready.length && !timer) timer = win.setTimeout(drain, 0);
        },
        { rootMargin: '600px 0px' },
      )
    : undefined;
  const later = (node: Text): void => {
    const block = node.parentElement?.closest(BLOCKS) ?? node.parentElement;
    if (!near || !block) return annotate(node);
    const list = waiting.get(block);
    if (list) list.push(node);
    else {
      waiting.set(block, [node]);
      near.observe(block);
    }
  };

  // Annotations are added outside the walker's slices; it must not take them for page text.
  const stop = followText(context, { text: later, done, skip: '[data-yilan-pinyin-run]' });
  return () => {
    stop();
    near?.disconnect();
    win.clearTimeout(timer);
    ready.length = 0;
    waiting.clear();
    for (const [wrap, node] of swapped) if (wrap.isConnected) wrap.replaceWith(node);
    swapped.clear();
    removeSheet();
    release();
  };
}
