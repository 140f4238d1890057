import { html } from 'lit';
import type { TemplateResult } from 'lit';
import type { Translate } from '@yilan/core/i18n/translate.js';
import type { TranslationKey } from '@yilan/core/i18n/translation.js';
import type { Shortcut } from '@yilan/core/shortcuts/shortcuts.js';
import { chordLabel } from '@yilan/core/shortcuts/shortcuts.js';

interface HelpOptions {
  t: Translate;
  shortcuts: readonly Shortcut[];
  mac: boolean;
  onClose: () => void;
}

function commandLabel(t: Translate, command: string): string {
  const key = `command.${command}` as TranslationKey;
  const text = t(key);
  return text === undefined || text === key ? command : text;
}

/** The keyboard help dialog: every active shortcut for this OS, and the page's basic keys. */
export function renderHelp({ t, shortcuts, mac, onClose }: HelpOptions): TemplateResult {
  return html`<dialog aria-labelledby="help-title" @close=${onClose}>
    <h2 id="help-title">${t('helpTitle')}</h2>
    <p>${t('helpIntro')}</p>
    ${shortcuts.length
      ? html`<table>
          <caption class="sr-only">${t('helpKeys')}</caption>
          <thead><tr><th scope="col">${t('helpKeys')}</th><th scope="col">${t('helpAction')}</th></tr></thead>
          <tbody>
            ${shortcuts.map(s => html`<tr><td><kbd>${chordLabel(s.code, mac)}</kbd></td><td>${commandLabel(t, s.command)}</td></tr>`)}
          </tbody>
        </table>`
      : html`<p>${t('helpShortcutsOff')}</p>`}
    <p>${t('helpBrowserZoom', mac ? '⌘ +' : 'Ctrl +')}</p>
    <form method="dialog"><button>${t('close')}</button></form>
  </dialog>`;
}
