import { LitElement, html } from 'lit';
import type { TemplateResult } from 'lit';
import { property, query } from 'lit/decorators.js';
import type { Translate } from '@yilan/core/i18n/translate.js';
import type { Locale } from '@yilan/core/i18n/translation.js';
import type { MoreKey } from '@yilan/core/i18n/more-translation.js';
import { moreTranslator } from '@yilan/core/i18n/more-translate.js';
import type { Shortcut } from '@yilan/core/shortcuts/shortcuts.js';
import { chordLabel } from '@yilan/core/shortcuts/shortcuts.js';
import { dialogStyles } from '../help/dialog.styles.js';

/**
 * @tagname yilan-guide
 * @summary The operation guide (图文引导 / 操作指引): a few short steps per need — seeing, reading,
 * keyboard only. Opened from the toolbar; never shown by itself.
 *
 * @csspart dialog - The dialog box.
 */
export class YilanGuide extends LitElement {
  static override styles = dialogStyles;

  @query('dialog') private dialog!: HTMLDialogElement | null;

  @property({ attribute: false }) t: Translate = key => key;
  @property() locale: Locale = 'zh-CN';
  @property({ attribute: false }) shortcuts: readonly Shortcut[] = [];
  @property({ type: Boolean }) mac = false;
  /** The reader's keyboard layout (code → printed key), when the browser tells it. */
  @property({ attribute: false }) layout: ReadonlyMap<string, string> | undefined;

  private opener: HTMLElement | null = null;

  private readonly onClose = (): void => {
    const back = this.opener;
    this.opener = null;
    if (back?.isConnected) back.focus();
  };

  /** Open as a modal dialog; focus returns to what had it when the dialog closes. */
  show(): void {
    void this.updateComplete.then(() => {
      const dialog = this.dialog;
      if (!dialog || dialog.open) return;
      let active: Element | null = this.ownerDocument.activeElement;
      while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
      this.opener = active instanceof HTMLElement ? active : null;
      dialog.showModal();
    });
  }

  private key(command: string): string | undefined {
    const hit = this.shortcuts.find(s => s.command === command);
    return hit ? chordLabel(hit.code, this.mac, this.layout) : undefined;
  }

  private section(title: MoreKey, steps: readonly (string | undefined)[]): TemplateResult {
    return html`<section>
      <h3>${moreTranslator(this.locale)(title)}</h3>
      <ol>
        ${steps.filter(Boolean).map(step => html`<li>${step}</li>`)}
      </ol>
    </section>`;
  }

  override render(): TemplateResult {
    const t = moreTranslator(this.locale);
    const [next, previous, list, help] = [
      'region-next',
      'region-previous',
      'region-list',
      'help',
    ].map(c => this.key(c));
    return html`<dialog part="dialog" aria-labelledby="title" @close=${this.onClose}>
      <h2 id="title">${t('guideTitle')}</h2>
      <p>${t('guideIntro')}</p>
      ${this.section('guideSee', [t('guideSee1'), t('guideSee2'), t('guideSee3')])}
      ${this.section('guideRead', [t('guideRead1'), t('guideRead2')])}
      ${this.section('guideKeys', [
        t('guideKeys1'),
        next && previous && list ? t('guideKeys2', next, previous, list) : undefined,
        help ? t('guideKeys3', help) : undefined,
      ])}
      <form method="dialog"><button>${this.t('close')}</button></form>
    </dialog>`;
  }
}
