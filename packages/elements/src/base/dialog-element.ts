import { LitElement } from 'lit';
import { property, query } from 'lit/decorators.js';
import type { Translate } from '@yilan/core/i18n/translate.js';
import type { Locale } from '@yilan/core/i18n/translation.js';
import type { Shortcut } from '@yilan/core/shortcuts/shortcuts.js';
import { dialogStyles } from '../help/dialog.styles.js';

/**
 * What Yilan's modal dialogs (keyboard help, operation guide) share: their inputs, and opening as
 * a modal `<dialog>` with focus returned afterwards to whatever had it — looking through shadow
 * roots, since the opener is usually a toolbar button inside one.
 */
export class YilanDialogElement extends LitElement {
  static override styles = dialogStyles;

  @query('dialog') protected dialog!: HTMLDialogElement | null;

  @property({ attribute: false }) t: Translate = key => key;
  @property() locale: Locale = 'zh-CN';
  @property({ attribute: false }) shortcuts: readonly Shortcut[] = [];
  @property({ type: Boolean }) mac = false;
  /** The reader's keyboard layout (code → printed key), when the browser tells it. */
  @property({ attribute: false }) layout: ReadonlyMap<string, string> | undefined;

  private opener: HTMLElement | null = null;

  protected readonly onClose = (): void => {
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
}
