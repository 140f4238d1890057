import { css } from 'lit';

/** Shared look of Yilan's modal dialogs (help, guide); colour tokens come from the toolbar. */
export const dialogStyles = css`
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
  h3 {
    margin: 16px 0 4px;
    font-size: 20px;
  }
  ol {
    margin: 0;
    padding-inline-start: 1.5em;
  }
`;
