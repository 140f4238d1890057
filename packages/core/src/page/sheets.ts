import type { Disposer } from '../feature/feature.js';

const cache = new WeakMap<Document, Map<string, CSSStyleSheet>>();
const own = new WeakSet<CSSStyleSheet>();

/** A new constructed sheet for `doc`, marked as Yilan's own (so features never rewrite it). */
export function createSheet(doc: Document, css: string): CSSStyleSheet {
  const Sheet = doc.defaultView?.CSSStyleSheet ?? CSSStyleSheet;
  const sheet = new Sheet();
  sheet.replaceSync(css);
  own.add(sheet);
  return sheet;
}

/** True for sheets Yilan made. */
export function isOwnSheet(sheet: CSSStyleSheet): boolean {
  return own.has(sheet);
}

/**
 * A constructed stylesheet for `doc`, built once per key. Constructed sheets need no `<style>`
 * element, so they work under `style-src 'self'` without 'unsafe-inline'.
 */
export function sheetFor(doc: Document, key: string, css: () => string): CSSStyleSheet {
  let sheets = cache.get(doc);
  if (!sheets) cache.set(doc, (sheets = new Map<string, CSSStyleSheet>()));
  let sheet = sheets.get(key);
  if (!sheet) sheets.set(key, (sheet = createSheet(doc, css())));
  return sheet;
}

/** Add `sheet` to the document's adopted sheets (last, so it wins ties) and return its remover. */
export function adopt(doc: Document, sheet: CSSStyleSheet): Disposer {
  if (!doc.adoptedStyleSheets.includes(sheet))
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  return () => {
    doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter(s => s !== sheet);
  };
}

/** Whether this browser can adopt constructed stylesheets (Chromium 73+, Firefox 101+, Safari 16.4+). */
export function canAdopt(doc: Document): boolean {
  return (
    'adoptedStyleSheets' in doc &&
    typeof doc.defaultView?.CSSStyleSheet?.prototype.replaceSync === 'function'
  );
}
