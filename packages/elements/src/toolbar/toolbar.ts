import type { AnyFeature, FeatureContext } from '@yilan/core/feature/feature.js';
import { isSettingShortcut } from '@yilan/core/feature/feature.js';
import { runAction } from '@yilan/core/feature/actions.js';
import type { Translate } from '@yilan/core/i18n/translate.js';
import type { Settings } from '@yilan/core/settings/schema.js';
import type { SettingsStore } from '@yilan/core/settings/settings-store.js';
import type { Shortcut } from '@yilan/core/shortcuts/shortcuts.js';
import { ariaShortcut } from '@yilan/core/shortcuts/shortcuts.js';
import { createSheet } from '@yilan/core/page/sheets.js';
import { warn } from '@yilan/core/warn/warn.js';
import { toolbarCss } from './toolbar.styles.js';
import { PageSpace } from './page-space.js';
import { ShortcutListener } from './shortcut-listener.js';
import { announceFor } from './announce.js';
import { Placement } from './placement.js';
import { followVisualViewport } from '@yilan/core/page/visual-viewport.js';

export const POSITIONS = ['top', 'bottom'] as const;
export type Position = (typeof POSITIONS)[number];

/** What the toolbar needs of the lazily loaded `<yilan-panel>`. */
export interface PanelElement extends HTMLElement {
  store: SettingsStore | undefined;
  locale: string;
  features: readonly AnyFeature[];
  t: Translate;
  shortcuts: readonly Shortcut[];
  mac: boolean;
  requestClose: () => void;
  requestHelp: () => void;
  requestCommand: (command: string) => void;
  announce: (text: string) => void;
  notice: string;
  focusFirst(): void;
}

/** What the toolbar needs of the lazily loaded `<yilan-help>` and `<yilan-guide>` dialogs. */
export interface DialogElement extends HTMLElement {
  t: Translate;
  locale: string;
  layout?: ReadonlyMap<string, string>;
  sections?: readonly { title: string; items: readonly string[] }[];
  shortcuts: readonly Shortcut[];
  mac: boolean;
  show(): void;
}

/**
 * @tagname yilan-toolbar
 * @summary Yilan's toolbar: an entry button (无障碍 / Accessibility) that opens a WAI-ARIA
 * toolbar of reading preferences. Plain DOM on purpose: it is in every page's start bundle,
 * while the lit-rendered controls (`<yilan-panel>`, `<yilan-help>`) load on first use.
 *
 * @csspart base - The fixed container: the entry button, or the whole bar when open.
 * @csspart entry - The entry button.
 *
 * @cssproperty --yilan-toolbar-accent - Border and pressed colour (default #0b3d91).
 * @cssproperty --yilan-toolbar-bg - Background (default #ffffff).
 * @cssproperty --yilan-toolbar-fg - Text colour (default #111111).
 * @cssproperty --yilan-toolbar-focus - Focus halo colour (default #ffbf00).
 */
export class YilanToolbar extends HTMLElement {
  /** The settings store, created by the composition root. */
  store: SettingsStore | undefined;
  /** Features to offer, in order (the registry). */
  features: readonly AnyFeature[] = [];
  /** Translates Yilan's strings into its language. */
  t: Translate = key => key;
  /** BCP 47 tag of Yilan's own language, set on its UI so screen readers pronounce it right. */
  locale = 'zh-CN';
  /** Where the open bar sits. */
  position: Position = 'top';
  /** Active shortcuts (after remapping); empty when a site switched them off. */
  shortcuts: readonly Shortcut[] = [];
  /** Label chords as Control+Shift (macOS) instead of Alt+Shift. */
  mac = false;
  /** Loads the module that defines `<yilan-panel>`, `<yilan-help>` and `<yilan-guide>`. */
  loadPanel: () => Promise<unknown> = () => Promise.reject(new Error('no panel loader'));
  /** What features' commands run with (region jumps and lists). */
  context: FeatureContext | undefined;
  /** Offer a "skip to main content" button first (for pages without a skip link). */
  skipLink = false;
  /**
   * Final shortcuts once the page has been checked (access keys): run lazily, on the first chord or
   * first use of the panel, so loading never pays for a scan of the page.
   */
  refineShortcuts: (() => readonly Shortcut[]) | undefined;

  private readonly keys = new ShortcutListener(command => this.runCommand(command));
  private space: PageSpace | undefined;
  private frame: HTMLElement | undefined;
  private base: HTMLElement | undefined;
  private placement: Placement | undefined;
  private unfollow: (() => void) | undefined;
  private entry: HTMLButtonElement | undefined;
  private label: HTMLSpanElement | undefined;
  private status: HTMLElement | undefined;
  private panel: PanelElement | undefined;
  private help: DialogElement | undefined;
  private guide: DialogElement | undefined;
  private skip: HTMLButtonElement | undefined;
  private panelLoading: Promise<PanelElement | undefined> | undefined;
  private settings: Settings = {};
  /** On right-to-left pages the entry button sits at the top left (the inline end there). */
  private rtlPage = false;
  private unsubscribe: (() => void) | undefined;

  connectedCallback(): void {
    if (!this.base) this.build();
    this.space ??= new PageSpace(this.ownerDocument);
    this.keys.shortcuts = this.shortcuts;
    this.keys.mac = this.mac;
    this.keys.beforeFirstChord = () => this.refine();
    this.keys.connect(this.ownerDocument.defaultView);
    this.unfollow?.();
    if (this.frame)
      this.unfollow = followVisualViewport(this.ownerDocument.defaultView, this.frame, () =>
        this.placement?.schedule(),
      );
    this.placement?.connect();
    this.unsubscribe?.();
    if (this.store) {
      this.settings = this.store.get();
      this.unsubscribe = this.store.subscribe(settings => {
        this.settings = settings;
        this.render();
      });
    }
    this.render();
  }

  disconnectedCallback(): void {
    this.keys.disconnect();
    this.unfollow?.();
    this.unfollow = undefined;
    this.placement?.disconnect();
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    if (this.base) this.space?.sync(false, this.base, this.position);
  }

  // ---- public API --------------------------------------------------------------------------

  /** Whether the bar is open (the `open` setting). */
  get isOpen(): boolean {
    return this.settings.open === true;
  }

  /** Open the toolbar and move focus to its first control. */
  open(): void {
    this.store?.set({ open: true });
    void this.ensurePanel().then(panel => panel?.focusFirst());
  }

  /** Close the toolbar; focus returns to the entry button if it was inside. */
  close(): void {
    // Focus inside a shadow root shows as the host being the document's active element.
    const inside = this.ownerDocument.activeElement === this;
    this.store?.set({ open: false });
    if (inside) this.entry?.focus();
  }

  /** Open when closed, close when open. */
  toggle(): void {
    if (this.isOpen) this.close();
    else this.open();
  }

  /** Show the keyboard help dialog, with what features say about this page and the key layout. */
  showHelp(): void {
    void this.ensurePanel().then(async () => {
      const help = this.help;
      if (!help) return;
      const context = this.context;
      const sections = context
        ? await Promise.all(
            this.features
              .filter(f => f.helpSection)
              .map(f => f.helpSection!(context).catch(() => undefined)),
          )
        : [];
      help.sections = sections.filter(s => s !== undefined);
      help.layout = await keyboardLayout(this.ownerDocument.defaultView);
      help.show();
    });
  }

  /** Show the first-use operation guide (图文引导). */
  showGuide(): void {
    void this.ensurePanel().then(async () => {
      if (!this.guide) return;
      this.guide.layout = await keyboardLayout(this.ownerDocument.defaultView);
      this.guide.show();
    });
  }

  /** Run a command by id: a shortcut, a toolbar button, or a site's script. */
  runCommand(command: string): void {
    if (command === 'toggle-toolbar') return this.toggle();
    if (command === 'help') return this.showHelp();
    if (command === 'guide') return this.showGuide();
    if (!this.store) return;
    for (const feature of this.features) {
      const hit = feature.shortcuts?.find(s => s.command === command);
      if (!hit) continue;
      if (!isSettingShortcut(hit)) {
        if (!this.context) return;
        const context = this.context;
        void Promise.resolve()
          .then(() => hit.run(context))
          .catch((error: unknown) => warn('feature-failed', `${command} failed: ${String(error)}`));
        return;
      }
      runAction(this.store, this.features, feature, hit.action);
      this.announce(announceFor(this.t, feature, this.store.get()[feature.setting]));
      return;
    }
  }

  /**
   * Show Yilan's own strings in another language (简繁 turns a simplified page traditional, and
   * the toolbar follows it to zh-TW).
   */
  setLanguage(locale: string, t: Translate): void {
    this.locale = locale;
    this.t = t;
    for (const el of [this.panel, this.help, this.guide]) if (el) Object.assign(el, { locale, t });
    this.render();
  }

  /** A lasting line in the panel, such as why speech is unavailable; also announced once. */
  setNotice(text: string): void {
    if (text === this.notice) return;
    this.notice = text;
    if (this.panel) this.panel.notice = text;
    if (text) this.announce(text);
  }

  private notice = '';

  /** Say `text` through the polite live region (re-announces identical text). */
  announce(text: string): void {
    const status = this.status;
    if (!status) return;
    status.textContent = '';
    requestAnimationFrame(() => {
      status.textContent = text;
    });
  }

  // ---- internals ---------------------------------------------------------------------------

  private refine(): void {
    const refine = this.refineShortcuts;
    if (!refine) return;
    this.refineShortcuts = undefined;
    this.shortcuts = refine();
    this.keys.shortcuts = this.shortcuts;
    this.render();
  }

  private build(): void {
    const doc = this.ownerDocument;
    const shadow = this.attachShadow({ mode: 'open' });
    shadow.adoptedStyleSheets = [createSheet(doc, toolbarCss)];
    const frame = doc.createElement('div');
    frame.className = 'frame';
    const base = doc.createElement('section');
    base.setAttribute('part', 'base');
    // Yilan's own strings are left-to-right whatever the page's direction.
    base.dir = 'ltr';
    this.rtlPage =
      doc.documentElement.dir.toLowerCase() === 'rtl' || doc.body?.dir.toLowerCase() === 'rtl';
    const entry = doc.createElement('button');
    entry.className = 'entry';
    entry.setAttribute('part', 'entry');
    entry.append(personIcon(doc));
    const label = doc.createElement('span');
    entry.append(label);
    entry.addEventListener('click', () => this.toggle());
    // Shown only when focused (like any skip link) and only on pages that lack their own.
    const skip = doc.createElement('button');
    skip.className = 'skip';
    skip.hidden = !this.skipLink;
    skip.addEventListener('click', () => this.runCommand('region-main'));
    const status = doc.createElement('div');
    status.className = 'sr-only';
    status.setAttribute('role', 'status');
    base.append(skip, entry, status);
    frame.append(base);
    shadow.append(frame);
    this.placement = new Placement({
      doc,
      frame,
      bar: base,
      isOwn: el => el === this || el.localName === 'yilan-layer',
      side: () => this.position,
      rtl: () => this.rtlPage,
      active: () => !this.isOpen,
    });
    Object.assign(this, { frame, base, entry, label, status, skip });
  }

  private render(): void {
    const { base, entry, label } = this;
    if (!base || !entry || !label) return;
    const open = this.isOpen;
    base.className = `base ${this.position}${open ? ' open' : ''}${this.settings.elder === true ? ' elder' : ''}${this.rtlPage ? ' rtl-page' : ''}`;
    // Back where it was until the next look (no jump through the default corner).
    if (!open) this.placement?.restore();
    base.setAttribute('aria-label', this.t('toolbar'));
    base.lang = this.locale;
    label.textContent = this.t('entry');
    if (this.skip) {
      this.skip.textContent = this.t('skipToMain');
      this.skip.hidden = !this.skipLink;
    }
    entry.setAttribute('aria-expanded', String(open));
    const key = this.shortcuts.find(s => s.command === 'toggle-toolbar');
    if (key) entry.setAttribute('aria-keyshortcuts', ariaShortcut(key.code, this.mac));
    else entry.removeAttribute('aria-keyshortcuts');
    if (this.panel) {
      this.panel.hidden = !open;
      this.panel.inert = !open;
    } else if (open) void this.ensurePanel();
    this.space?.sync(open, base, this.position);
    // A mode may have moved the page's controls or resized the button: look again.
    this.placement?.schedule();
  }

  private ensurePanel(): Promise<PanelElement | undefined> {
    this.refine();
    this.panelLoading ??= this.loadPanel().then(
      () => {
        const panel = this.ownerDocument.createElement('yilan-panel') as PanelElement;
        Object.assign(panel, {
          id: 'panel',
          store: this.store,
          features: this.features,
          t: this.t,
          locale: this.locale,
          shortcuts: this.shortcuts,
          mac: this.mac,
          requestClose: () => this.close(),
          requestHelp: () => this.showHelp(),
          requestCommand: (command: string) => this.runCommand(command),
          announce: (text: string) => this.announce(text),
          notice: this.notice,
        });
        const dialog = (tag: 'yilan-help' | 'yilan-guide'): DialogElement => {
          const el = this.ownerDocument.createElement(tag) as DialogElement;
          Object.assign(el, {
            t: this.t,
            locale: this.locale,
            shortcuts: this.shortcuts,
            mac: this.mac,
          });
          return el;
        };
        this.panel = panel;
        this.help = dialog('yilan-help');
        this.guide = dialog('yilan-guide');
        this.entry?.setAttribute('aria-controls', 'panel');
        this.entry?.after(panel);
        this.base?.append(this.help, this.guide);
        this.render();
        return customElements.whenDefined('yilan-panel').then(() => panel);
      },
      (error: unknown) => {
        this.panelLoading = undefined;
        warn('chunk-failed', `the toolbar controls could not load: ${String(error)}`);
        // Do not leave an empty open bar; the next press tries again.
        this.store?.set({ open: false });
        this.announce(this.t('loadFailed', this.t('toolbar')));
        return undefined;
      },
    );
    return this.panelLoading;
  }
}

/** The reader's keyboard layout map (Chromium), or nothing where the browser does not tell. */
async function keyboardLayout(
  win: Window | null,
): Promise<ReadonlyMap<string, string> | undefined> {
  type WithKeyboard = Navigator & {
    keyboard?: { getLayoutMap(): Promise<ReadonlyMap<string, string>> };
  };
  const nav: WithKeyboard | undefined = win?.navigator;
  const keyboard = nav?.keyboard;
  try {
    return await keyboard?.getLayoutMap();
  } catch {
    return undefined;
  }
}

/** The entry icon, built as DOM (no markup strings, so Trusted Types pages are fine). */
function personIcon(doc: Document): SVGElement {
  const ns = 'http://www.w3.org/2000/svg';
  const icon = doc.createElementNS(ns, 'svg');
  icon.setAttribute('viewBox', '0 0 24 24');
  icon.setAttribute('aria-hidden', 'true');
  icon.setAttribute('focusable', 'false');
  const path = doc.createElementNS(ns, 'path');
  path.setAttribute(
    'd',
    'M12 2a2.2 2.2 0 1 1 0 4.4A2.2 2.2 0 0 1 12 2zm8.5 5.6-5.5 1.1V22h-2.2v-6h-1.6v6H9V8.7L3.5 7.6l.4-1.9 6.4 1.2h3.4l6.4-1.2z',
  );
  icon.append(path);
  return icon;
}
