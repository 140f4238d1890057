import type { Chunks, FeatureContext } from '@yilan/core/feature/feature.js';
import { FeatureRunner } from '@yilan/core/feature/feature-runner.js';
import { setWithPresets } from '@yilan/core/feature/actions.js';
import { YilanChangeEvent } from '@yilan/core/events/yilan-change-event.js';
import { pickLocale, translator } from '@yilan/core/i18n/translate.js';
import { SettingsStore } from '@yilan/core/settings/settings-store.js';
import { localStorageAdapter } from '@yilan/core/settings/storage.js';
import { isMacPlatform, resolveShortcuts } from '@yilan/core/shortcuts/shortcuts.js';
import type { Shortcut } from '@yilan/core/shortcuts/shortcuts.js';
import { canAdopt } from '@yilan/core/page/sheets.js';
import { warn } from '@yilan/core/warn/warn.js';
import '@yilan/elements/toolbar/yilan-toolbar.js';
import { REGISTRY, TOOLBAR_SHORTCUTS, schemaFor } from './registry.js';
import { resolveOptions } from './options.js';
import type { YilanOptions } from './options.js';
import { Layer, ownedBy, whenBody } from './layer.js';
import { createFacade } from './facade.js';
import type { YilanApi } from './facade.js';
import type * as Panel from '@yilan/elements/panel/yilan-panel.js';

declare module '@yilan/core/feature/feature.js' {
  interface Chunks {
    /** The toolbar's controls, help and guide, loaded on first open (see scripts/build-yilan.mjs). */
    'yilan-panel': typeof Panel;
  }
}

export const VERSION = '0.1.0';

const MARK = Symbol.for('yilan.instance');

type YilanWindow = Window & { Yilan?: YilanApi & { [MARK]?: true } };

/**
 * Start Yilan on `doc`: one store, one feature runner, one toolbar, one `window.Yilan`. A second
 * call on the same window returns the first instance and warns. Never throws into the page.
 */
export function mount(
  input: YilanOptions | undefined,
  scriptBase: URL,
  doc: Document = document,
): YilanApi | undefined {
  const win = doc.defaultView as YilanWindow | null;
  if (!win) return undefined;
  const existing = win.Yilan;
  if (existing && existing[MARK]) {
    warn('loaded-twice', 'Yilan is already running on this page; the second copy does nothing');
    return existing;
  }
  try {
    const t0 = win.performance?.now();
    const api = start(input, scriptBase, doc, win);
    // Yilan's own start-up, visible in the browser's performance panel (and read by the benchmark).
    if (t0 !== undefined)
      win.performance.measure?.('yilan:mount', { start: t0, end: win.performance.now() });
    return api;
  } catch (error) {
    warn('start-failed', `Yilan could not start: ${String(error)}`);
    return undefined;
  }
}

function start(
  input: YilanOptions | undefined,
  scriptBase: URL,
  doc: Document,
  win: YilanWindow,
): YilanApi {
  const options = resolveOptions(input, REGISTRY, warn);
  if (!canAdopt(doc))
    warn(
      'no-constructed-sheets',
      'this browser cannot adopt stylesheets; page modes will not show',
    );
  let base = scriptBase;
  if (options.base) {
    try {
      base = new URL(options.base.endsWith('/') ? options.base : `${options.base}/`, doc.baseURI);
    } catch {
      warn('bad-option', `data-base=${options.base} is not a URL; using the script's folder`);
    }
  }

  const features = options.features;
  const store = new SettingsStore({
    schema: schemaFor(features),
    storage: localStorageAdapter(options.storageKey, warn, win),
    warn,
  });
  const locale = pickLocale(options.lang, doc.documentElement.getAttribute('lang'));
  const t = translator(locale);
  const mac = isMacPlatform(win.navigator);

  const toolbar = doc.createElement('yilan-toolbar');
  const layer = new Layer(doc);
  // Memoised: a settled promise resumes in a microtask, while a repeated import() of a loaded
  // module waits for a task, letting a whole frame render between a switch and its effect.
  const chunks = new Map<keyof Chunks, Promise<unknown>>();
  const loadChunk = <K extends keyof Chunks>(name: K): Promise<Chunks[K]> => {
    let chunk = chunks.get(name);
    if (!chunk) {
      chunk = import(/* @vite-ignore */ new URL(`chunks/${name}.js`, base).href);
      chunk.catch(() => chunks.delete(name));
      chunks.set(name, chunk);
    }
    // The one place a chunk's type is asserted: Chunks says what the file of that name exports.
    return chunk as Promise<Chunks[K]>;
  };
  let language = locale;
  let translate = t;
  const context: FeatureContext = {
    document: doc,
    store,
    base,
    warn,
    // 简繁 switches Yilan's language while the page is traditional: what features make later
    // (the reading bar, the region list) is in the page's language too.
    get t() {
      return translate;
    },
    get locale() {
      return language;
    },
    layer: () => layer.root(),
    isOwnUi: node => ownedBy(node, toolbar) || layer.contains(node),
    loadChunk,
    announce: text => {
      toolbar.announce(text);
      // Read-aloud, when on, speaks Yilan's announcements too.
      doc.dispatchEvent(new CustomEvent('yilan:announce', { detail: text }));
    },
    regionSelectors: options.regions,
    notice: text => toolbar.setNotice(text),
    setLanguage: next => {
      language = next ?? locale;
      translate = translator(language);
      toolbar.setLanguage(language, translate);
    },
    speech: options.speech,
  };

  const defaults: Shortcut[] = [
    ...TOOLBAR_SHORTCUTS,
    ...features.flatMap(f => (f.shortcuts ?? []).map(({ command, code }) => ({ command, code }))),
  ];
  const resolve = (): Shortcut[] =>
    options.shortcutsOff
      ? []
      : resolveShortcuts(defaults, options.shortcuts, (command, code) =>
          warn('shortcut-conflict', `${command} would reuse ${code}; it is switched off`),
        );

  store.subscribe((settings, changed) =>
    doc.dispatchEvent(new YilanChangeEvent({ settings, changed })),
  );
  const runner = new FeatureRunner(features, context);
  runner.start();
  if (options.open) store.set({ open: true });

  Object.assign(toolbar, {
    store,
    features,
    t,
    locale,
    position: options.position,
    mac,
    context,
    loadPanel: () => loadChunk('yilan-panel'),
  });
  whenBody(doc, body => {
    const t0 = win.performance?.now();
    // Decided once the page's markup exists: whether it has a skip link, and (lazily, on first
    // use, as it scans the whole page) whether its access keys clash with Yilan's chords.
    toolbar.shortcuts = resolve();
    toolbar.refineShortcuts = () => avoidAccessKeys(resolve(), body);
    toolbar.skipLink = !hasSkipLink(body);
    let outside = false;
    const place = (): void => {
      if (!doc.body) return;
      if (outside) doc.documentElement.insertBefore(toolbar, doc.body);
      else doc.body.insertBefore(toolbar, insertionPoint(doc.body));
    };
    place();
    if (t0 !== undefined)
      win.performance.measure?.('yilan:toolbar', { start: t0, end: win.performance.now() });
    keepAttached(doc, () => {
      const lost = !toolbar.isConnected;
      if (lost) place();
      return layer.reattach() || lost;
    });
    // Read after the first frame, when styles are computed anyway: reading now would force it.
    win.requestAnimationFrame(() => {
      if (!doc.body || !trapsFixed(doc.body)) return;
      outside = true;
      place();
      layer.outsideBody();
    });
  });

  const api = createFacade({
    version: VERSION,
    store,
    set: partial => setWithPresets(store, features, partial),
    toolbar,
    doc,
    settled: () => runner.settled(),
    speech: async () => {
      const m = await loadChunk('read-aloud');
      const parts = m.partsFor(context);
      return {
        speak: text => parts.speaker.speak(text),
        readElement: el => m.readElement(context, el),
        stop: () => {
          parts.reader.stop();
          parts.speaker.cancel();
        },
      };
    },
  });
  Object.defineProperty(api, MARK, { value: true });
  win.Yilan = api;
  return api;
}

/**
 * A transform, filter or containment on <body> makes it the containing block of every fixed
 * element inside: Yilan's toolbar would scroll away with the page (and be zoomed or filtered with
 * it). Then Yilan's two hosts live in <html>, just before and after <body>.
 */
function trapsFixed(body: HTMLElement): boolean {
  const s = body.ownerDocument.defaultView?.getComputedStyle(body);
  if (!s) return false;
  return (
    s.transform !== 'none' ||
    s.filter !== 'none' ||
    s.perspective !== 'none' ||
    (s.backdropFilter ?? 'none') !== 'none' ||
    /layout|paint|strict|content/.test(s.contain) ||
    /transform|filter|perspective/.test(s.willChange) ||
    (s.containerType ?? 'normal') !== 'normal' ||
    s.zoom !== '1'
  );
}

/**
 * Single-page apps re-render all of <body> or swap it for a new one, taking Yilan's toolbar and
 * layer with it. Only <html>'s and <body>'s own children are watched (not the subtree), so a
 * page's ordinary DOM work costs nothing here. A page that keeps removing Yilan wins after a
 * while, with a warning, rather than a tug of war.
 */
function keepAttached(doc: Document, restore: () => boolean): void {
  const Observer = doc.defaultView?.MutationObserver;
  if (!Observer) return;
  let body: HTMLElement | null = null;
  let restored = 0;
  const observer = new Observer(() => {
    if (restore() && ++restored === 100) {
      observer.disconnect();
      warn(
        'page-removes-yilan',
        'the page keeps removing the toolbar; Yilan stops putting it back',
      );
      return;
    }
    watch();
  });
  const watch = (): void => {
    if (doc.body === body) return;
    body = doc.body;
    observer.disconnect();
    observer.observe(doc.documentElement, { childList: true });
    if (body) observer.observe(body, { childList: true });
  };
  watch();
}

/**
 * Firefox gives a page's `accesskey`s to Alt+Shift+key, the Yilan key on Windows and Linux. A
 * chord on such a key moves to a free letter, with a warning, so both keep working.
 */
function avoidAccessKeys(shortcuts: Shortcut[], body: HTMLElement): Shortcut[] {
  const taken = new Set(
    Array.from(
      body.querySelectorAll('[accesskey]'),
      el => el.getAttribute('accesskey')?.trim().toUpperCase() ?? '',
    ),
  );
  if (!taken.size) return shortcuts;
  const used = new Set(shortcuts.map(s => s.code));
  const spare = 'JKUIOBVWXQZRTS'.split('').map(c => `Key${c}`);
  return shortcuts.map(s => {
    const letter = s.code.replace(/^(Key|Digit)/, '');
    if (!taken.has(letter)) return s;
    const free = spare.find(code => !used.has(code) && !taken.has(code.slice(3)));
    if (!free) return s;
    used.add(free);
    warn(
      'accesskey-conflict',
      `the page uses accesskey "${letter}"; Yilan's ${s.command} moves to ${free.slice(3)}`,
    );
    return { command: s.command, code: free };
  });
}

/** A page has its own skip link when its first focusable element is a link to a fragment. */
function hasSkipLink(body: HTMLElement): boolean {
  const first = body.querySelector('a[href], button, input, select, textarea, [tabindex]');
  const href = first?.getAttribute('href') ?? '';
  return first?.localName === 'a' && href.startsWith('#') && href.length > 1;
}

/**
 * The toolbar goes first in <body>, so its entry button is one of the first Tab stops; but after
 * a skip link the page already has, which must stay the very first stop.
 */
function insertionPoint(body: HTMLElement): Node | null {
  const first = body.firstElementChild;
  if (!first) return null;
  const link = first.matches('a[href^="#"]')
    ? first
    : first.querySelector(':scope > a[href^="#"]:first-child');
  return link ? first.nextSibling : first;
}
