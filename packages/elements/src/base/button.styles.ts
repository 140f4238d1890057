import { css } from 'lit';

/** The look of every button in Yilan's lit UI; colour tokens come from `<yilan-toolbar>`. */
export const buttonStyles = css`
  button {
    font: inherit;
    font-weight: 600;
    min-height: var(--_target, 44px);
    min-width: var(--_target, 44px);
    margin: 0;
    padding: 6px 14px;
    border: 2px solid var(--_accent);
    border-radius: 8px;
    background: var(--_bg);
    color: var(--_fg);
    cursor: var(--yilan-cursor-hand, pointer);
    touch-action: manipulation;
  }
  button:hover {
    text-decoration: underline;
  }
  button:focus-visible {
    outline: 3px solid var(--_fg);
    outline-offset: 2px;
    box-shadow: 0 0 0 6px var(--_focus);
  }
`;
