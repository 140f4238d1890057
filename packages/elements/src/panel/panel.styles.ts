import { css } from 'lit';
import { buttonStyles } from '../base/button.styles.js';

/**
 * Sizes in px so the page's text zoom never changes the toolbar's layout (elder mode enlarges it
 * on purpose). Colour tokens (--_fg, --_bg, --_accent…) are inherited from `<yilan-toolbar>`.
 */
export const panelStyles = [
  buttonStyles,
  css`
    :host {
      display: flex;
      flex-direction: column;
      gap: 6px;
      min-height: 0;
      color: var(--_fg);
      font: inherit;
    }
    * {
      box-sizing: border-box;
    }
    :host([hidden]),
    [hidden] {
      display: none !important;
    }
    button[aria-pressed='true'] {
      background: var(--_accent);
      color: var(--_on-accent);
    }
    button[aria-pressed='true']::before {
      /* U+2713, escaped so shipped files stay ASCII (its space ends the escape) */
      content: '\\2713  ' / '';
    }
    button[aria-disabled='true'] {
      border-style: dashed;
      cursor: var(--yilan-cursor-arrow, not-allowed);
    }
    /* The groups scroll inside the sheet (never the page behind it); the footer with Reset and
       Close stays in view below them. */
    [role='toolbar'] {
      display: flex;
      flex-direction: column;
      gap: 6px;
      min-height: 0;
    }
    .groups {
      display: flex;
      flex-wrap: wrap;
      align-items: flex-start;
      gap: 8px 16px;
      min-height: 0;
      overflow-y: auto;
      overscroll-behavior: contain;
      /* Room for the focus halo of the outer buttons. */
      padding: 8px;
      margin: -8px;
    }
    .group,
    .footer {
      display: flex;
      flex-wrap: wrap;
      gap: 6px;
      align-items: stretch;
    }
    .group-title {
      align-self: center;
      font-size: 14px;
      font-weight: 700;
    }
    .footer {
      flex: none;
      padding-top: 6px;
      border-top: 2px solid var(--_accent);
    }
    @container (max-width: 600px) {
      /* One row of four, whatever the language, so the groups keep most of the sheet. */
      .footer {
        display: grid;
        grid-template-columns: repeat(4, minmax(0, 1fr));
      }
      .footer button {
        min-width: 0;
        padding: 6px 4px;
        overflow-wrap: anywhere;
      }
      .group {
        flex-basis: 100%;
      }
      .group-title {
        flex-basis: 100%;
      }
    }
    .pair {
      display: inline-flex;
      gap: 2px;
    }
    .more {
      padding: 6px 8px;
    }
    .more svg {
      width: 14px;
      height: 14px;
      fill: currentColor;
    }
    .value {
      align-self: center;
      min-width: 4.2em;
      text-align: center;
      font-weight: 700;
    }
    .options {
      display: flex;
      flex-wrap: wrap;
      gap: 6px;
      flex-basis: 100%;
      padding: 6px;
      border: 2px solid var(--_accent);
      border-radius: 8px;
    }
    .notice {
      margin: 0;
      padding: 4px 8px;
      border-left: 4px solid var(--_accent);
      font-weight: 600;
      color: var(--_fg);
    }
    .note {
      flex-basis: 100%;
      margin: 0;
      font-size: 14px;
      color: var(--_fg);
    }
    .sr-only {
      position: absolute;
      width: 1px;
      height: 1px;
      margin: -1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
    @media (max-width: 480px) {
      button {
        padding: 6px 10px;
      }
    }
  `,
];
