import { html } from 'lit';
import type { TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { CommandId } from '@yilan/core/i18n/more-translation.js';
import { moreTranslator } from '@yilan/core/i18n/more-translate.js';
import { chordLabel } from '@yilan/core/shortcuts/shortcuts.js';
import { YilanDialogElement } from '../base/dialog-element.js';

/**
 * @tagname yilan-help
 * @summary The keyboard help: a modal dialog listing every active shortcut for this OS and the
 * page's basic keys. Lives beside the panel, not inside it, so it opens while the toolbar is
 * closed (a dialog in a hidden or inert subtree cannot show).
 *
 * @csspart dialog - The dialog box.
 */
export class YilanHelp extends YilanDialogElement {
  /** Sections about this page that features contribute (the regions found). */
  @property({ attribute: false }) sections: readonly { title: string; items: readonly string[] }[] =
    [];

  private command(command: CommandId): string {
    return moreTranslator(this.locale)(`command.${command}`);
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
