import { LitElement, html, css } from 'lit';
import type { TemplateResult } from 'lit';
import { property, query } from 'lit/decorators.js';
import type { Translate } from '@yilan/core/i18n/translate.js';
import type { TranslationKey } from '@yilan/core/i18n/translation.js';
import type { Shortcut } from '@yilan/core/shortcuts/shortcuts.js';
import { chordLabel } from '@yilan/core/shortcuts/shortcuts.js';

/**
 * @tagname yilan-help
 * @summary The keyboard help: a modal dialog listing every active shortcut for this OS and the
 * page's basic keys. Lives beside the panel, not inside it, so it opens while the toolbar is
 * closed (a dialog in a hidden or inert subtree cannot show).
 *
 * @csspart dialog - The dialog box.
 */
export class YilanHelp extends LitElement {
  static override styles = css`
    dialog {
      max-width: min(640px, calc(100vw - 32px));
      max-height: calc(100vh - 32px);
      overflow: auto;
      padding: 20px 24px;
      border: 3px solid var(--_accent);
      border-radius: 12px;
      background: var(--_bg);
      color: var(--_fg);
      font:
        18px/1.5 system-ui,
        'PingFang SC',
        'Microsoft YaHei',
        sans-serif;
    }
    dialog::backdrop {
      background: rgb(0 0 0 / 0.5);
    }
    h2 {
      margin: 0 0 12px;
      font-size: 24px;
    }
    table {
      border-collapse: collapse;
      width: 100%;
      margin: 12px 0;
    }
    caption {
      text-align: start;
      font-weight: 700;
    }
    th,
    td {
      text-align: start;
      padding: 6px 8px;
      border-bottom: 1px solid var(--_fg);
    }
    kbd {
      font: inherit;
      font-weight: 700;
      white-space: nowrap;
    }
    button {
      font: inherit;
      font-weight: 600;
      min-height: var(--_target, 44px);
      min-width: var(--_target, 44px);
      padding: 6px 14px;
      border: 2px solid var(--_accent);
      border-radius: 8px;
      background: var(--_bg);
      color: var(--_fg);
      cursor: var(--yilan-cursor-hand, pointer);
    }
    button:focus-visible {
      outline: 3px solid var(--_fg);
      outline-offset: 2px;
      box-shadow: 0 0 0 6px var(--_focus);
    }
  `;

  @query('dialog') private dialog!: HTMLDialogElement | null;

  @property({ attribute: false }) t: Translate = key => key;
  @property({ attribute: false }) shortcuts: readonly Shortcut[] = [];
  @property({ type: Boolean }) mac = false;

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
    const key = `command.${command}` as TranslationKey;
    const text = this.t(key);
    return text === undefined || text === key ? command : text;
  }

  override render(): TemplateResult {
    const t = this.t;
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
                      <td><kbd>${chordLabel(s.code, this.mac)}</kbd></td>
                      <td>${this.command(s.command)}</td>
                    </tr>`,
                )}
              </tbody>
            </table>`
          : html`<p>${t('helpShortcutsOff')}</p>`
      }
      <p>${t('helpBrowserZoom', this.mac ? '⌘ +' : 'Ctrl +')}</p>
      <form method="dialog"><button>${t('close')}</button></form>
    </dialog>`;
  }
}
