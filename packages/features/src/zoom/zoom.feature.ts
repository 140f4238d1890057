import type { FeatureDefinition } from '@yilan/core/feature/feature.js';
import { oneOf } from '@yilan/core/settings/schema.js';
import { adopt, createSheet, isOwnSheet, sheetFor } from '@yilan/core/page/sheets.js';
import { zoomBaseCss, zoomOverrideCss } from './zoom-css.js';
import { zoomInlineSizes } from './zoom-inline.js';

export const ZOOM_LEVELS = [100, 125, 150, 175, 200] as const;
export type ZoomLevel = (typeof ZOOM_LEVELS)[number];

/** A cheap fingerprint of the page's stylesheets, to know when the override must be rebuilt. */
function fingerprint(doc: Document): string {
  return Array.from(doc.styleSheets, sheet => {
    let count = -1;
    try {
      count = sheet.cssRules.length;
    } catch {
      /* cross-origin: counted as unreadable */
    }
    return `${sheet.href ?? 'inline'}:${count}:${sheet.disabled}`;
  }).join('|');
}

/** 放大 / 缩小: text grows to 200 % and the page reflows (WCAG 1.4.4, 1.4.10). */
export const zoom = {
  id: 'zoom',
  setting: 'zoom',
  label: 'zoomIn',
  control: 'stepper',
  field: oneOf(ZOOM_LEVELS),
  valueLabels: { decrease: 'zoomOut', increase: 'zoomIn', value: 'zoomValue' },
  format: value => `${value}%`,
  shortcuts: [
    { command: 'zoom-in', code: 'Equal', action: 'next' },
    { command: 'zoom-out', code: 'Minus', action: 'previous' },
    { command: 'zoom-reset', code: 'Digit0', action: 'first' },
  ],
  apply({ document, warn }) {
    const warned = new Set<string>();
    const warnCrossOrigin = (href: string): void => {
      if (warned.has(href)) return;
      warned.add(href);
      warn(
        'zoom-cross-origin-css',
        `cannot read ${href}; its px text will not grow (add crossorigin to the <link>)`,
      );
    };
    const win = document.defaultView;
    const removeBase = adopt(
      document,
      sheetFor(document, 'zoom-base', () => zoomBaseCss(ZOOM_LEVELS)),
    );
    let print = '';
    let removeOverride: (() => void) | undefined;
    const refresh = (): void => {
      const next = fingerprint(document);
      if (next === print) return;
      print = next;
      removeOverride?.();
      removeOverride = adopt(
        document,
        createSheet(document, zoomOverrideCss(document, isOwnSheet, warnCrossOrigin)),
      );
    };
    refresh();
    // Inline sizes are found in the next task, so the switch itself stays one sheet and one
    // attribute; the few elements with an inline size follow a moment later.
    let restoreInline: (() => void) | undefined;
    const inlineTimer = win?.setTimeout(() => (restoreInline = zoomInlineSizes(document)), 0);
    // Stylesheets that arrive later: async loaders, late <link>s, single-page apps adding <style>.
    // Only <head> is watched, and one check per frame at most.
    let frame = 0;
    const soon = (): void => {
      if (!frame && win) frame = win.requestAnimationFrame(() => ((frame = 0), refresh()));
    };
    win?.addEventListener('load', soon);
    document.addEventListener('load', soon, true);
    const Observer = win?.MutationObserver;
    const observer = Observer ? new Observer(soon) : undefined;
    if (document.head)
      observer?.observe(document.head, { childList: true, subtree: true, characterData: true });
    return {
      update: refresh,
      dispose() {
        observer?.disconnect();
        if (frame) win?.cancelAnimationFrame(frame);
        document.removeEventListener('load', soon, true);
        win?.removeEventListener('load', soon);
        removeOverride?.();
        if (inlineTimer !== undefined) win?.clearTimeout(inlineTimer);
        restoreInline?.();
        removeBase();
      },
    };
  },
} as const satisfies FeatureDefinition<ZoomLevel>;
