import { html } from 'lit';
import type { TemplateResult } from 'lit';
import type { MoreKey } from '@yilan/core/i18n/more-translation.js';
import { moreTranslator } from '@yilan/core/i18n/more-translate.js';
import { chordLabel } from '@yilan/core/shortcuts/shortcuts.js';
import { YilanDialogElement } from '../base/dialog-element.js';

/**
 * @tagname yilan-guide
 * @summary The operation guide (图文引导 / 操作指引): a few short steps per need — seeing, reading,
 * keyboard only. Opened from the toolbar; never shown by itself.
 *
 * @csspart dialog - The dialog box.
 */
export class YilanGuide extends YilanDialogElement {
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
    const [next, previous, list, help, read] = [
      'region-next',
      'region-previous',
      'region-list',
      'help',
      'read',
    ].map(c => this.key(c));
    return html`<dialog part="dialog" aria-labelledby="title" @close=${this.onClose}>
      <h2 id="title">${t('guideTitle')}</h2>
      <p>${t('guideIntro')}</p>
      ${this.section('guideSee', [t('guideSee1'), t('guideSee2'), t('guideSee3')])}
      ${this.section('guideRead', [t('guideRead1'), t('guideRead2')])}
      ${this.section('guideListen', [
        t('guideListen1'),
        t('guideListen2', read ?? this.t('reading')),
        t('guideListen3'),
      ])}
      ${this.section('guideKeys', [
        t('guideKeys1'),
        next && previous && list ? t('guideKeys2', next, previous, list) : undefined,
        help ? t('guideKeys3', help) : undefined,
      ])}
      <form method="dialog"><button>${this.t('close')}</button></form>
    </dialog>`;
  }
}
