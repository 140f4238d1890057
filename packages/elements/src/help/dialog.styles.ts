import { css } from 'lit';
import { buttonStyles } from '../base/button.styles.js';

/** Shared look of Yilan's modal dialogs (help, guide); colour tokens come from the toolbar. */
export const dialogStyles = [
  buttonStyles,
  css`
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
    h3 {
      margin: 16px 0 4px;
      font-size: 20px;
    }
    ol {
      margin: 0;
      padding-inline-start: 1.5em;
    }
  `,
];
