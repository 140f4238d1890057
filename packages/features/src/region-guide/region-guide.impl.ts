import type { Disposer, FeatureContext } from '@yilan/core/feature/feature.js';
import type { MoreKey } from '@yilan/core/i18n/more-translation.js';
import { moreTranslator } from '@yilan/core/i18n/more-translate.js';
import type { MoreTranslate } from '@yilan/core/i18n/more-translate.js';
import { createSheet } from '@yilan/core/page/sheets.js';
import type { Region, RegionKind } from './region-kinds.js';
import { detectRegions } from './region-detect.js';
import { findMainContent } from './main-content.js';
import { labelOf } from './region-label.js';
import { regionCss } from './region-guide.styles.js';

const guides = new WeakMap<Document, RegionGuide>();

/** The region guide of the context's document, created on first use. */
export function guideFor(context: FeatureContext): RegionGuide {
  let guide = guides.get(context.document);
  if (!guide) guides.set(context.document, (guide = new RegionGuide(context)));
  return guide;
}

const FOCUSABLE =
  'a[href], button, input, select, textarea, summary, iframe, [tabindex], [contenteditable]';

/**
 * Keeps a lazily built index of the page's regions, moves real focus between them and draws their
 * outlines. The index is built on first use, marked stale by a MutationObserver, and rebuilt only
 * when next needed, never on every keystroke.
 */
export class RegionGuide {
  private readonly context: FeatureContext;
  private regions: Region[] | undefined;
  private readonly observer: MutationObserver | undefined;
  private current = -1;
  private highlight: HTMLElement | undefined;
  private overlay: HTMLElement | undefined;
  private frame = 0;
  private sheet: CSSStyleSheet | undefined;

  /** In Yilan's language of the moment (简繁 may switch it while the guide is in use). */
  private get t(): MoreTranslate {
    return moreTranslator(this.context.locale);
  }

  constructor(context: FeatureContext) {
    this.context = context;
    const Observer = context.document.defaultView?.MutationObserver;
    this.observer = Observer
      ? new Observer(records => {
          if (records.some(r => !this.ownChange(r))) this.stale();
        })
      : undefined;
    if (context.document.body) {
      this.observer?.observe(context.document.body, {
        childList: true,
        subtree: true,
        attributes: true,
        attributeFilter: [
          'data-yilan-region',
          'data-yilan-label',
          'hidden',
          'aria-hidden',
          'role',
          'aria-label',
        ],
      });
    }
  }

  /** The regions in reading order, rebuilt if the page changed since last time. */
  list(): readonly Region[] {
    if (this.regions) return this.regions;
    const perf = this.context.document.defaultView?.performance;
    const start = perf?.now() ?? 0;
    this.regions = detectRegions(this.context.document, {
      selectors: this.context.regionSelectors as Partial<Record<RegionKind, string>> | undefined,
      isOwnUi: this.context.isOwnUi,
    });
    // Visible in the browser's performance panel, and read by the benchmark.
    perf?.measure?.('yilan:region-index', { start, end: perf.now() });
    return this.regions;
  }

  /** Move focus to the next (1) or previous (-1) region, relative to where focus is now. */
  move(step: 1 | -1): void {
    const regions = this.list();
    if (!regions.length) return this.context.announce(this.t('regionNone'));
    const at = this.position(regions);
    let next: number;
    if (at.inside >= 0) next = at.inside + step;
    else next = step === 1 ? at.after : at.after - 1;
    next = (next + regions.length) % regions.length;
    this.focus(regions, next);
  }

  /** Focus the first region of a kind (the skip link and Yilan+M use "content"). */
  focusKind(kind: RegionKind): void {
    const regions = this.list();
    if (kind === 'content') return this.focusMain(regions);
    const index = regions.findIndex(r => r.kind === kind);
    if (index < 0) return this.context.announce(this.t('regionNone'));
    this.focus(regions, index);
  }

  /**
   * Skip to main: the one main-content lookup that reading and the reading view use, not the first
   * content-like region (a cookie banner or a named section before <main> would win that race).
   */
  private focusMain(regions: readonly Region[]): void {
    const { document: doc, isOwnUi, regionSelectors } = this.context;
    const main = findMainContent(doc, isOwnUi, regionSelectors?.content);
    const top = (el: Element): boolean => el === doc.body || el === doc.documentElement;
    let index = regions.findIndex(r => r.element === main);
    if (index < 0 && !top(main))
      index = regions.findIndex(
        r => r.kind === 'content' && !top(r.element) && r.element.contains(main),
      );
    if (index >= 0) return this.focus(regions, index);
    if (!top(main)) {
      const region: Region = {
        kind: 'content',
        element: main,
        label: labelOf(main, 'content'),
        count: 0,
        source: 'heuristic',
      };
      return this.focus([region], 0);
    }
    index = regions.findIndex(r => r.kind === 'content');
    if (index < 0) return this.context.announce(this.t('regionNone'));
    this.focus(regions, index);
  }

  /** Outline and number every region (the 区域指引 setting); the disposer removes them. */
  showOverlay(): Disposer {
    const box = this.el('div');
    box.setAttribute('aria-hidden', 'true');
    this.overlay = box;
    this.layer().append(box);
    this.draw();
    const win = this.context.document.defaultView;
    const onMove = (): void => this.schedule();
    win?.addEventListener('scroll', onMove, { passive: true, capture: true });
    win?.addEventListener('resize', onMove, { passive: true });
    return () => {
      win?.removeEventListener('scroll', onMove, { capture: true });
      win?.removeEventListener('resize', onMove);
      box.remove();
      this.overlay = undefined;
    };
  }

  /** A modal list of the regions: arrows choose, Enter goes there, Escape returns. */
  openList(): void {
    const { t } = this;
    const doc = this.context.document;
    const regions = this.list();
    const opener = deepActive(doc);
    const dialog = this.el('dialog');
    dialog.setAttribute('aria-labelledby', 'yilan-region-title');
    const title = this.el('h2');
    title.id = 'yilan-region-title';
    title.textContent = this.context.t('regionList');
    const hint = this.el('p');
    hint.textContent = regions.length ? t('regionListHint') : t('regionNone');
    const list = this.el('ol');
    let chosen = -1;
    const buttons = regions.map((region, i) => {
      const item = this.el('li');
      const button = this.el('button');
      button.textContent = `${i + 1}. ${this.describe(region)}`;
      button.addEventListener('click', () => {
        chosen = i;
        dialog.close();
      });
      item.append(button);
      list.append(item);
      return button;
    });
    const close = this.el('button');
    close.className = 'close';
    close.textContent = this.context.t('close');
    close.addEventListener('click', () => dialog.close());
    dialog.append(title, hint, list, close);
    dialog.addEventListener('keydown', event => {
      const i = buttons.indexOf(event.composedPath()[0] as HTMLButtonElement);
      if (i < 0 || !['ArrowDown', 'ArrowUp', 'Home', 'End'].includes(event.key)) return;
      event.preventDefault();
      const n = buttons.length;
      const next =
        event.key === 'Home'
          ? 0
          : event.key === 'End'
            ? n - 1
            : (i + (event.key === 'ArrowDown' ? 1 : -1) + n) % n;
      buttons[next]?.focus();
    });
    dialog.addEventListener('close', () => {
      dialog.remove();
      if (chosen >= 0) this.focus(regions, chosen);
      else if (opener?.isConnected) focusTemporarily(opener);
    });
    this.layer().append(dialog);
    dialog.showModal();
    (buttons[Math.max(0, this.current)] ?? close).focus();
  }

  /** The regions found, for the keyboard help. */
  helpSection(): { title: string; items: readonly string[] } {
    const regions = this.list();
    return {
      title: this.t('helpRegions'),
      items: regions.length ? regions.map(r => this.describe(r)) : [this.t('regionNone')],
    };
  }

  /** "导航区：主导航，12 个链接" — what is announced and listed. */
  describe(region: Region): string {
    const kind = this.t(`region.${region.kind}` as MoreKey);
    // Lists count their items, or their links when they have no list markup.
    const unit =
      region.kind === 'list' && region.element.querySelector('li, tr') === null
        ? 'nav'
        : region.kind;
    const count = region.count ? this.t(`regionCount.${unit}` as MoreKey, region.count) : '';
    const detail = [region.label, count].filter(Boolean).join(this.t('regionJoin'));
    return detail ? this.context.t('stateValue', kind, detail) : kind;
  }

  // ---- internals ---------------------------------------------------------------------------

  /** Yilan adding its own layer or toolbar to <body> does not change the page's regions. */
  private ownChange(record: MutationRecord): boolean {
    const own = this.context.isOwnUi;
    if (own(record.target)) return true;
    if (record.type !== 'childList') return false;
    const nodes = [...Array.from(record.addedNodes), ...Array.from(record.removedNodes)];
    return (
      nodes.length > 0 &&
      nodes.every(n => n.nodeType === 1 && (n as Element).localName.startsWith('yilan-'))
    );
  }

  private stale(): void {
    this.regions = undefined;
    if (this.overlay) this.schedule();
  }

  /** Where focus is: the region containing it, or the first region after it. */
  private position(regions: readonly Region[]): { inside: number; after: number } {
    const active = deepActive(this.context.document);
    if (!active || active === this.context.document.body)
      return { inside: -1, after: this.current >= 0 ? this.current + 1 : 0 };
    let inside = -1;
    regions.forEach((r, i) => {
      if (r.element === active || r.element.contains(active)) inside = i;
    });
    if (inside >= 0) return { inside, after: inside + 1 };
    const after = regions.findIndex(
      r => active.compareDocumentPosition(r.element) & Node.DOCUMENT_POSITION_FOLLOWING,
    );
    return { inside: -1, after: after < 0 ? regions.length : after };
  }

  private focus(regions: readonly Region[], index: number): void {
    const region = regions[index];
    if (!region) return;
    this.current = index;
    const el = region.element as HTMLElement;
    focusTemporarily(el);
    el.scrollIntoView({ block: 'start', inline: 'nearest' });
    this.context.announce(
      this.t(
        'regionAnnounce',
        this.describe(region),
        this.t('regionPosition', index + 1, regions.length),
      ),
    );
    this.mark(el);
  }

  /** A strong outline on the region just reached, until focus leaves it. */
  private mark(el: HTMLElement): void {
    this.highlight?.remove();
    const box = this.el('div');
    box.className = 'box current';
    box.setAttribute('aria-hidden', 'true');
    this.highlight = box;
    this.layer().append(box);
    const leave = (event: FocusEvent): void => {
      if (event.relatedTarget instanceof Node && el.contains(event.relatedTarget)) return;
      el.removeEventListener('focusout', leave);
      if (this.highlight === box) this.highlight = undefined;
      box.remove();
    };
    el.addEventListener('focusout', leave);
    this.place(box, el);
    this.schedule();
  }

  private schedule(): void {
    const win = this.context.document.defaultView;
    if (this.frame || !win) return;
    this.frame = win.requestAnimationFrame(() => {
      this.frame = 0;
      this.draw();
    });
  }

  private draw(): void {
    if (this.highlight) {
      const region = this.regions?.[this.current];
      if (region) this.place(this.highlight, region.element);
    }
    const overlay = this.overlay;
    if (!overlay) return;
    const boxes = this.list().map((region, i) => {
      const box = this.el('div');
      box.className = 'box';
      const tag = this.el('span');
      tag.className = 'tag';
      tag.textContent = `${i + 1} ${this.t(`region.${region.kind}` as MoreKey)}${region.label ? ` · ${region.label}` : ''}`;
      box.append(tag);
      this.place(box, region.element);
      return box;
    });
    overlay.replaceChildren(...boxes);
  }

  /** Position a fixed box over an element (CSSOM writes on Yilan's own element). */
  private place(box: HTMLElement, target: Element): void {
    const r = target.getBoundingClientRect();
    const frame = target.ownerDocument.defaultView?.frameElement;
    const offset =
      frame && target.ownerDocument !== this.context.document
        ? frame.getBoundingClientRect()
        : { left: 0, top: 0 };
    box.style.left = `${r.left + offset.left}px`;
    box.style.top = `${r.top + offset.top}px`;
    box.style.width = `${r.width}px`;
    box.style.height = `${r.height}px`;
    box.classList.toggle('inside', r.top + offset.top < 30);
  }

  private layer(): ShadowRoot {
    const root = this.context.layer();
    if (!this.sheet) {
      this.sheet = createSheet(this.context.document, regionCss);
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, this.sheet];
    }
    return root;
  }

  private el<K extends keyof HTMLElementTagNameMap>(tag: K): HTMLElementTagNameMap[K] {
    return this.context.document.createElement(tag);
  }
}

/**
 * Focus an element. Containers are not focusable: a temporary tabindex makes them so and goes
 * again on blur, so the page's own tab order never changes.
 */
function focusTemporarily(el: HTMLElement): void {
  if (!el.matches(FOCUSABLE) && !el.hasAttribute('tabindex')) {
    el.setAttribute('tabindex', '-1');
    el.addEventListener('blur', () => el.removeAttribute('tabindex'), { once: true });
  }
  el.focus({ preventScroll: true });
}

/** The focused element, looking into shadow roots and same-origin frames. */
function deepActive(doc: Document): HTMLElement | null {
  let active: Element | null = doc.activeElement;
  for (;;) {
    if (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    else if (active instanceof HTMLIFrameElement && active.contentDocument?.activeElement)
      active = active.contentDocument.activeElement;
    else break;
  }
  return active instanceof HTMLElement ? active : null;
}
