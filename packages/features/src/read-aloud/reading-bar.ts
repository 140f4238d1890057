import type { MoreTranslate } from '@yilan/core/i18n/more-translate.js';
import { createSheet } from '@yilan/core/page/sheets.js';
import type { Reader } from './reader.js';

const css = `.bar { position: fixed; right: 16px; bottom: 16px; z-index: 2147483646; display: flex; flex-wrap: wrap;
  gap: 6px; padding: 8px; margin: 0; background: #ffffff; color: #000000; border: 2px solid #000000;
  border-radius: 8px; box-shadow: 0 2px 10px rgb(0 0 0 / 35%); max-width: calc(100vw - 32px); box-sizing: border-box;
  font: 16px/1.4 system-ui, "PingFang SC", "Microsoft YaHei", sans-serif; }
.bar[hidden] { display: none; }
.bar.above-caption { bottom: calc(var(--yilan-caption-height, 0px) + 16px); }
.bar.top { top: 16px; bottom: auto; }
.bar.top.above-caption { top: calc(var(--yilan-caption-height, 0px) + 16px); }
button { font: inherit; min-width: 44px; min-height: 44px; padding: 4px 12px; border: 2px solid #000000;
  border-radius: 6px; background: #ffffff; color: #000000; cursor: pointer; }
button:hover { background: #e8eefc; }
button:focus-visible { outline: 3px solid #1a4fd6; outline-offset: 2px; }
@media (forced-colors: active) { .bar, button { border-color: CanvasText; } }`;

/**
 * The controls of continuous reading, shown while it runs: previous/next paragraph and sentence,
 * pause/resume and stop. Real buttons in Yilan's layer, each a Tab stop; their order is the
 * order a reader thinks in (back, pause, forward, stop).
 */
export function mountReadingBar(
  doc: Document,
  layer: ShadowRoot,
  reader: Reader,
  t: MoreTranslate,
  captionHeight: string,
  lang: string,
): () => void {
  const sheet = createSheet(doc, css);
  layer.adoptedStyleSheets = [...layer.adoptedStyleSheets, sheet];
  // A labelled section: a landmark of its own, so it is found like the toolbar is.
  const bar = doc.createElement('section');
  bar.className = 'bar';
  bar.setAttribute('aria-label', t('readingBar'));
  bar.lang = lang;
  bar.style.setProperty('--yilan-caption-height', captionHeight);
  const button = (label: string, run: () => void): HTMLButtonElement => {
    const b = doc.createElement('button');
    b.type = 'button';
    b.textContent = label;
    b.addEventListener('click', run);
    bar.append(b);
    return b;
  };
  button(t('previousParagraph'), () => reader.moveParagraph(-1));
  button(t('previousSentence'), () => reader.moveSentence(-1));
  const pause = button(t('pause'), () => reader.togglePause());
  button(t('nextSentence'), () => reader.moveSentence(1));
  button(t('nextParagraph'), () => reader.moveParagraph(1));
  button(t('stopReading'), () => reader.stop());
  layer.append(bar);

  const html = doc.documentElement;
  const place = (): void => {
    bar.classList.toggle('above-caption', html.hasAttribute('data-yilan-caption-shown'));
    bar.classList.toggle('top', html.getAttribute('data-yilan-open') === 'bottom');
  };
  const Observer = doc.defaultView?.MutationObserver;
  const watcher = Observer ? new Observer(place) : undefined;
  watcher?.observe(html, {
    attributes: true,
    attributeFilter: ['data-yilan-caption-shown', 'data-yilan-open'],
  });
  place();
  bar.hidden = reader.state === 'stopped';
  const off = reader.onState(state => {
    bar.hidden = state === 'stopped';
    pause.textContent = state === 'paused' ? t('resume') : t('pause');
  });
  return () => {
    off();
    watcher?.disconnect();
    bar.remove();
    layer.adoptedStyleSheets = layer.adoptedStyleSheets.filter(s => s !== sheet);
  };
}
