import { LitElement, html } from 'lit';
import type { TemplateResult } from 'lit';
import { property, query } from 'lit/decorators.js';
import type { Translate } from '@yilan/core/i18n/translate.js';
import type { Locale } from '@yilan/core/i18n/translation.js';
import type { MoreKey } from '@yilan/core/i18n/more-translation.js';
import { moreTranslator } from '@yilan/core/i18n/more-translate.js';
import type { Shortcut } from '@yilan/core/shortcuts/shortcuts.js';
import { chordLabel } from '@yilan/core/shortcuts/shortcuts.js';
import { dialogStyles } from './dialog.styles.js';

/**
 * @tagname yilan-help
 * @summary The keyboard help: a modal dialog listing every active shortcut for this OS and the
 * page's basic keys. Lives beside the panel, not inside it, so it opens while the toolbar is
 * closed (a dialog in a hidden or inert subtree cannot show).
 *
 * @csspart dialog - The dialog box.
 */
export class YilanHelp extends LitElement {
  static override styles = dialogStyles;

  @query('dialog') private dialog!: HTMLDialogElement | null;

  @property({ attribute: false }) t: Translate = key => key;
  @property() locale: Locale = 'zh-CN';
  @property({ attribute: false }) shortcuts: readonly Shortcut[] = [];
  @property({ type: Boolean }) mac = false;
  /** The reader's keyboard layout (code → printed key), when the browser tells it. */
  @property({ attribute: false }) layout: ReadonlyMap<string, string> | undefined;
  /** Sections about this page that features contribute (the regions found). */
  @property({ attribute: false }) sections: readonly { title: string; items: readonly string[] }[] =
    [];

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

  private command(command: string): string {
    const key = `command.${command}` as MoreKey;
    const text = moreTranslator(this.locale)(key) as string | undefined;
    return text ?? this.t(key as never) ?? command;
  }

  override render(): TemplateResult {
    const t = moreTranslator(this.locale);
    return html`<dialog part="dialog" aria-labelledby="title" @close=${this.onClose}>
      <h2 id="title">${t('helpTitle')}</h2>
      <p>${t('helpIntro')}</p>
      ${
        this.shortcuts.length
          ? html`<table>
              <caption>
                ${t('helpKeys')}
              </caption>
              <thead>
                <tr>
                  <th scope="col">${t('helpKeys')}</th>
                  <th scope="col">${t('helpAction')}</th>
                </tr>
              </thead>
              <tbody>
                ${this.shortcuts.map(
                  s =>
                    html`<tr>
                      <td><kbd>${chordLabel(s.code, this.mac, this.layout)}</kbd></td>
                      <td>${this.command(s.command)}</td>
                    </tr>`,
                )}
              </tbody>
            </table>`
          : html`<p>${t('helpShortcutsOff')}</p>`
      }
      ${this.sections.map(
        section =>
          html`<h3>${section.title}</h3>
            <ol>
              ${section.items.map(item => html`<li>${item}</li>`)}
            </ol>`,
      )}
      <p>${t('helpBrowserZoom', this.mac ? '⌘ +' : 'Ctrl +')}</p>
      <form method="dialog"><button>${this.t('close')}</button></form>
    </dialog>`;
  }
}
