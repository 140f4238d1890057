import { LitElement, html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import type { AnyFeature, ShortcutAction } from '@yilan/core/feature/feature.js';
import { isSettingShortcut } from '@yilan/core/feature/feature.js';
import { runAction, setWithPresets } from '@yilan/core/feature/actions.js';
import type { Translate } from '@yilan/core/i18n/translate.js';
import type { Locale } from '@yilan/core/i18n/translation.js';
import { moreTranslator } from '@yilan/core/i18n/more-translate.js';
import type { Settings, Value } from '@yilan/core/settings/schema.js';
import type { SettingsStore } from '@yilan/core/settings/settings-store.js';
import type { Shortcut } from '@yilan/core/shortcuts/shortcuts.js';
import { ariaShortcut } from '@yilan/core/shortcuts/shortcuts.js';
import { RovingTabindexController } from '../controllers/roving-tabindex.js';
import { announceFor } from '../toolbar/announce.js';
import { panelStyles } from './panel.styles.js';
import { chevron } from './icons.js';
import { groupFeatures } from './groups.js';

/**
 * @tagname yilan-panel
 * @summary The controls of Yilan's toolbar: a WAI-ARIA toolbar (one tab stop, arrow keys, Escape
 * closes), the colour and cursor choices, reset, help and close. Loaded on
 * first open by `<yilan-toolbar>`, which owns the entry button and the live region.
 *
 * @csspart toolbar - The row of controls.
 * @csspart note - The sentence saying what the toolbar is and is not.
 * @csspart notice - A line about the toolbar's state, such as why speech is unavailable.
 */
export class YilanPanel extends LitElement {
  static override styles = panelStyles;

  private readonly roving = new RovingTabindexController(this, () => this.toolbar);

  @query('[role="toolbar"]') private toolbar!: HTMLElement | null;

  @state() private settings: Settings = {};
  @state() private expanded: string | null = null;

  @property({ attribute: false }) store: SettingsStore | undefined;
  @property({ attribute: false }) features: readonly AnyFeature[] = [];
  @property({ attribute: false }) t: Translate = key => key;
  /** Yilan's language, for the panel's own longer strings. */
  @property() locale: Locale = 'zh-CN';
  @property({ attribute: false }) shortcuts: readonly Shortcut[] = [];
  @property({ type: Boolean }) mac = false;
  /** Asks the toolbar to close (Escape, the close button). */
  @property({ attribute: false }) requestClose: () => void = () => undefined;
  /** Opens the keyboard help (owned by the toolbar, so it also works while the panel is closed). */
  @property({ attribute: false }) requestHelp: () => void = () => undefined;
  /** Runs a command by id through the toolbar (feature buttons such as 区域列表). */
  @property({ attribute: false }) requestCommand: (command: string) => void = () => undefined;
  /** A lasting line about the toolbar's state (why speech is unavailable). */
  @property() notice = '';
  /** Speaks through the toolbar's live region. */
  @property({ attribute: false }) announce: (text: string) => void = () => undefined;

  private unsubscribe: (() => void) | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    this.follow();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('store')) this.follow();
  }

  private follow(): void {
    this.unsubscribe?.();
    if (!this.store || !this.isConnected) return;
    this.settings = this.store.get();
    this.unsubscribe = this.store.subscribe(settings => {
      this.settings = settings;
    });
  }

  // ---- handlers -------------------------------------------------------------------------

  private readonly onKey = (event: KeyboardEvent): void => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      if (!this.expanded) return this.requestClose();
      const id = this.expanded;
      this.expanded = null;
      void this.updateComplete.then(() => this.focusIn(`[data-more="${id}"]`));
      return;
    }
    if (this.roving.handleKey(event)) event.preventDefault();
  };

  private act(feature: AnyFeature, action: ShortcutAction): void {
    if (!this.store) return;
    runAction(this.store, this.features, feature, action);
    this.announce(announceFor(this.t, feature, this.store.get()[feature.setting]));
  }

  private choose(feature: AnyFeature, value: Value): void {
    if (!this.store) return;
    setWithPresets(this.store, this.features, { [feature.setting]: value });
    this.announce(announceFor(this.t, feature, value));
  }

  private reset(): void {
    if (!this.store) return;
    this.store.reset();
    this.store.set({ open: true });
    this.announce(this.t('resetDone'));
  }

  private focusIn(selector: string): void {
    const el = this.renderRoot.querySelector<HTMLElement>(selector);
    if (el) this.roving.focus(el);
  }

  // ---- public methods ----------------------------------------------------------------------

  /** Focus the toolbar's current tab stop. */
  focusFirst(): void {
    void this.updateComplete.then(() => this.roving.focusCurrent());
  }

  // ---- render ------------------------------------------------------------------------------

  private keyshortcut(
    feature: AnyFeature,
    test: (action: ShortcutAction) => boolean,
  ): string | typeof nothing {
    const command = feature.shortcuts?.find(s => isSettingShortcut(s) && test(s.action))?.command;
    const hit = command ? this.shortcuts.find(s => s.command === command) : undefined;
    return hit ? ariaShortcut(hit.code, this.mac) : nothing;
  }

  private renderStepper(feature: AnyFeature, value: Value): TemplateResult {
    const t = this.t;
    const values = feature.field.values;
    const i = values.indexOf(value);
    const labels = feature.valueLabels ?? {};
    const atStart = i <= 0;
    const atEnd = i >= values.length - 1;
    return html`<button
        aria-disabled=${atStart ? 'true' : 'false'}
        aria-keyshortcuts=${this.keyshortcut(feature, a => a === 'previous')}
        @click=${() => (atStart ? undefined : this.act(feature, 'previous'))}
      >
        ${t(labels.decrease ?? feature.label)}</button
      ><span class="value">${feature.format?.(value) ?? String(value)}</span
      ><button
        aria-disabled=${atEnd ? 'true' : 'false'}
        aria-keyshortcuts=${this.keyshortcut(feature, a => a === 'next')}
        @click=${() => (atEnd ? undefined : this.act(feature, 'next'))}
      >
        ${t(labels.increase ?? feature.label)}
      </button>`;
  }

  private renderChoice(feature: AnyFeature, value: Value): TemplateResult {
    const t = this.t;
    const expanded = this.expanded === feature.id;
    const optionsId = `options-${feature.id}`;
    const optionsLabel = feature.optionsLabel
      ? moreTranslator(this.locale)(feature.optionsLabel)
      : t(feature.label);
    return html`<span class="pair"
        ><button
          aria-pressed=${value !== feature.field.default ? 'true' : 'false'}
          aria-keyshortcuts=${this.keyshortcut(feature, a => a === 'toggle')}
          @click=${() => this.act(feature, 'toggle')}
        >
          ${t(feature.label)}</button
        ><button
          class="more"
          data-more=${feature.id}
          aria-label=${optionsLabel}
          aria-expanded=${expanded ? 'true' : 'false'}
          aria-controls=${optionsId}
          @click=${() => (this.expanded = expanded ? null : feature.id)}
        >
          ${chevron}
        </button></span
      >
      <div
        class="options"
        id=${optionsId}
        role="group"
        aria-label=${optionsLabel}
        ?hidden=${!expanded}
      >
        ${feature.field.values.map(
          v =>
            html`<button
              aria-pressed=${v === value ? 'true' : 'false'}
              @click=${() => this.choose(feature, v)}
            >
              ${t(feature.valueLabels?.[String(v)] ?? feature.label)}
            </button>`,
        )}
      </div>`;
  }

  private renderFeature(feature: AnyFeature): TemplateResult {
    const value = this.settings[feature.setting] ?? feature.field.default;
    const main =
      feature.control === 'stepper'
        ? this.renderStepper(feature, value)
        : feature.control === 'choice'
          ? this.renderChoice(feature, value)
          : this.renderToggle(feature, value);
    const buttons = feature.buttons ?? [];
    if (!buttons.length) return main;
    return html`${main}${buttons.map(b => {
      const hit = this.shortcuts.find(s => s.command === b.command);
      return html`<button
        aria-keyshortcuts=${hit ? ariaShortcut(hit.code, this.mac) : nothing}
        @click=${() => this.requestCommand(b.command)}
      >
        ${this.t(b.label)}
      </button>`;
    })}`;
  }

  private renderToggle(feature: AnyFeature, value: Value): TemplateResult {
    return html`<button
      aria-pressed=${value === true ? 'true' : 'false'}
      aria-keyshortcuts=${this.keyshortcut(feature, a => a === 'toggle')}
      @click=${() => this.act(feature, 'toggle')}
    >
      ${this.t(feature.label)}
    </button>`;
  }

  override render(): TemplateResult {
    const t = this.t;
    const more = moreTranslator(this.locale);
    const help = this.shortcuts.find(s => s.command === 'help');
    return html`${this.notice ? html`<p class="notice" part="notice">${this.notice}</p>` : nothing}
      <div role="toolbar" part="toolbar" aria-label=${t('toolbar')} @keydown=${this.onKey}>
        <div class="groups">
          ${groupFeatures(this.features).map(
            g =>
              // The group's name is its visible title; aria-hidden so it is not read twice.
              html`<div class="group" role="group" aria-label=${more(`group.${g.id}`)}>
                <span class="group-title" aria-hidden="true">${more(`group.${g.id}`)}</span>
                ${g.features.map(f => this.renderFeature(f))}
              </div>`,
          )}
          <p class="note" part="note">${more('disclaimer')}</p>
        </div>
        <div class="footer" role="group" aria-label=${more('group.help')}>
          <button @click=${() => this.reset()}>${t('reset')}</button>
          <button aria-haspopup="dialog" @click=${() => this.requestCommand('guide')}>
            ${t('guide')}
          </button>
          <button
            aria-haspopup="dialog"
            aria-keyshortcuts=${help ? ariaShortcut(help.code, this.mac) : nothing}
            @click=${() => this.requestHelp()}
          >
            ${t('help')}
          </button>
          <button @click=${() => this.requestClose()}>${t('close')}</button>
        </div>
      </div>`;
  }
}
