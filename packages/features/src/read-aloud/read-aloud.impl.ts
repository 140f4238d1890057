import type { FeatureContext } from '@yilan/core/feature/feature.js';
import { moreTranslator } from '@yilan/core/i18n/more-translate.js';
import type { MoreTranslate } from '@yilan/core/i18n/more-translate.js';
import { CAPTION_HEIGHT } from '../caption-screen/caption-size.js';
import type { Speaker } from './speaker.js';
import { speakerFor } from './speaker.js';
import { Highlighter } from './highlight.js';
import { PointReader } from './point-reading.js';
import { Reader } from './reader.js';
import { ReadingOrder, mainContent } from './reading-order.js';
import { mountReadingBar } from './reading-bar.js';
import type { RoleWords } from './spoken-text.js';
import { wholeText } from './spoken-text.js';

export { speakerFor };
/** For the benchmark and for sites that want the reading order of a page. */
export { ReadingOrder, wholeText };

interface Parts {
  readonly speaker: Speaker;
  readonly highlighter: Highlighter;
  readonly point: PointReader;
  readonly reader: Reader;
  readonly order: ReadingOrder;
  readonly t: MoreTranslate;
}

const all = new WeakMap<FeatureContext, Parts>();

function roleWords(t: MoreTranslate): RoleWords {
  return {
    textbox: t('role.textbox'),
    password: t('role.password'),
    checkbox: t('role.checkbox'),
    radio: t('role.radio'),
    button: t('role.button'),
    combobox: t('role.combobox'),
    image: t('role.image'),
    link: t('role.link'),
    search: t('role.search'),
    searchButton: t('role.searchButton'),
    checked: t('state.checked'),
    unchecked: t('state.unchecked'),
  };
}

/** The read-aloud parts of one page, made on first use and shared by every reading mode. */
export function partsFor(context: FeatureContext): Parts {
  let parts = all.get(context);
  if (parts) return parts;
  const t = moreTranslator(context.locale);
  const words = roleWords(t);
  const speaker = speakerFor(context);
  const highlighter = new Highlighter(context.document, context.layer());
  const order = new ReadingOrder({
    isOwnUi: context.isOwnUi,
    describe: el => wholeText(el, words),
    pageLang: speaker.pageLang,
  });
  const reader = new Reader(context.document, order, speaker, highlighter);
  const point = new PointReader(context, speaker, highlighter, words);
  parts = {
    speaker,
    highlighter,
    point,
    reader,
    order,
    // In Yilan's language of the moment: 简繁 may switch it after reading was first used.
    get t() {
      return moreTranslator(context.locale);
    },
  };
  all.set(context, parts);
  // Turning the voice off silences what is being said at once.
  context.store.subscribe((settings, changed) => {
    if (changed.includes('speech') && settings.speech === false) speaker.cancel();
  });
  return parts;
}

/** Where continuous reading starts: the selection, else the focused element, else main content. */
function startPoint(context: FeatureContext): { node: Node; offset: number } {
  const doc = context.document;
  const selection = doc.getSelection?.();
  if (selection && !selection.isCollapsed && selection.anchorNode) {
    const range = selection.getRangeAt(0);
    if (!context.isOwnUi(range.startContainer))
      return { node: range.startContainer, offset: range.startOffset };
  }
  const active = doc.activeElement;
  if (active && active !== doc.body && active !== doc.documentElement && !context.isOwnUi(active))
    return { node: active, offset: 0 };
  return {
    node: mainContent(doc, context.isOwnUi, context.regionSelectors?.content),
    offset: 0,
  };
}

/** The offset of a text position within the paragraph that holds it (for "from a selection"). */
function offsetIn(parts: Parts, node: Node, offset: number): number {
  if (node.nodeType !== 3) return 0;
  const first = parts.order.from(node, node.ownerDocument!.body).next();
  const part = first.done ? undefined : first.value.parts.find(p => p.node === node);
  return part ? part.start + offset : 0;
}

const bars = new WeakSet<FeatureContext>();

/** The reading controls, made once per page and shown only while reading runs. */
function ensureBar(context: FeatureContext, parts: Parts): void {
  if (bars.has(context)) return;
  bars.add(context);
  mountReadingBar(
    context.document,
    context.layer(),
    parts.reader,
    parts.t,
    CAPTION_HEIGHT,
    context.locale,
  );
}

/** 连读 on: read from the start point; the setting switches off again when reading ends. */
export function startReading(context: FeatureContext): () => void {
  const parts = partsFor(context);
  ensureBar(context, parts);
  const { node, offset } = startPoint(context);
  const root = context.document.body;
  let stopped = false;
  void parts.reader.read(node, root, offsetIn(parts, node, offset)).then(() => {
    if (!stopped) context.store.set({ reading: false });
  });
  return () => {
    stopped = true;
    parts.reader.stop();
  };
}

/** Yilan+R: start reading, or pause and resume it. */
export function toggleReading(context: FeatureContext): void {
  if (context.store.get().reading !== true) {
    context.store.set({ reading: true });
    return;
  }
  partsFor(context).reader.togglePause();
}

/** `Yilan.readElement(el)`: read one element in reading order, highlighted. */
export async function readElement(context: FeatureContext, el: Element): Promise<void> {
  const parts = partsFor(context);
  ensureBar(context, parts);
  await parts.reader.read(el, el);
}

/** 声音切换: the next voice for the page's language, said in that voice. */
export async function nextVoice(context: FeatureContext): Promise<void> {
  const { speaker, t } = partsFor(context);
  const voices = await speaker.voices();
  if (!voices.length) {
    context.announce(t('noVoices'));
    return;
  }
  const current = context.store.get().voiceName;
  const index = voices.findIndex(v => v.id === current);
  const next = voices[(index + 1) % voices.length];
  context.store.set({ voiceName: next.id });
  const line = t('voiceNow', next.name);
  context.announce(line);
  void speaker.speak(line);
}
