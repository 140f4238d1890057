import { svg } from 'lit';

/** Decorative: the button around it carries its name. */
export const chevron = svg`<svg viewBox="0 0 16 16" aria-hidden="true" focusable="false"><path d="M2 5.5 3.4 4 8 8.6 12.6 4 14 5.5l-6 6z"/></svg>`;
