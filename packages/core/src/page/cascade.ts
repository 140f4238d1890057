import type { Disposer } from '../feature/feature.js';

/**
 * How Yilan's page effects win over the page's own CSS without a specificity race.
 *
 * In the cascade, `!important` declarations inside a cascade layer beat every unlayered
 * `!important` one, whatever its specificity, and among layers the FIRST declared wins for
 * `!important`. So Yilan's important rules live in one layer, `yilan`, declared before any layer
 * of the page. Two things remain outside a layer's reach and are handled here:
 * - Layer order is set by the first declaration in cascade order, and adopted sheets come after
 *   the document's sheets: a layer named only in Yilan's adopted sheet ranks after the page's
 *   `@layer base, components;` (measured in Chromium 156). `claimFirstLayer` therefore inserts
 *   `@layer yilan;` as rule 0 of the page's first readable sheet (a CSSOM call, not markup, so a
 *   strict Content-Security-Policy does not refuse it).
 * - Inline `style="… !important"` beats any stylesheet. `demoteInlineImportant` finds those
 *   elements with one attribute query and drops the priority of the listed properties (the value
 *   stays), restoring the original attribute when the mode ends.
 */
export const LAYER = 'yilan';

/** `css` inside Yilan's layer. Only `!important` declarations gain from it: keep normal ones out. */
export function inLayer(css: string): string {
  return `@layer ${LAYER} {\n${css}\n}`;
}

interface Claim {
  sheet: CSSStyleSheet;
  rule: CSSRule;
  users: number;
}
const claims = new WeakMap<Document, Claim>();

function rulesOf(sheet: CSSStyleSheet): CSSRuleList | undefined {
  try {
    return sheet.cssRules;
  } catch {
    return undefined; // cross-origin without CORS: neither readable nor writable
  }
}

/** Whether these rules declare a cascade layer (top level, in @media/@supports, or by @import). */
function declaresLayers(rules: CSSRuleList): boolean {
  for (const rule of Array.from(rules)) {
    // Names, not instanceof: a same-origin frame's rules come from another realm.
    const kind = rule.constructor.name;
    if (kind === 'CSSLayerStatementRule' || kind === 'CSSLayerBlockRule') return true;
    if (kind === 'CSSImportRule') {
      const imported = rule as CSSImportRule;
      if (imported.layerName !== null || declaresLayersIn(imported.styleSheet)) return true;
    }
    if (
      (kind === 'CSSMediaRule' || kind === 'CSSSupportsRule') &&
      declaresLayers((rule as CSSGroupingRule).cssRules)
    )
      return true;
  }
  return false;
}

function declaresLayersIn(sheet: CSSStyleSheet | null): boolean {
  const rules = sheet && rulesOf(sheet);
  return !!rules && declaresLayers(rules);
}

/**
 * Declare Yilan's layer before every layer of the page's readable sheets. Counted: the statement
 * leaves the page's sheet when the last feature that needs it is off. A page with no readable
 * sheet has no layer Yilan could rank behind, except in cross-origin sheets (documented limit).
 */
export function claimFirstLayer(doc: Document): Disposer {
  // Inserting a rule into a page sheet restyles the whole page (≈100 ms on 50,000 elements), so
  // it is done only where the page has layers Yilan must rank before.
  if (!claims.get(doc) && !Array.from(doc.styleSheets).some(declaresLayersIn)) return () => {};
  let claim = claims.get(doc);
  const rules = claim && rulesOf(claim.sheet);
  if (!claim || !rules || rules[0] !== claim.rule) {
    claim = undefined;
    for (const sheet of Array.from(doc.styleSheets)) {
      if (!rulesOf(sheet)) continue;
      try {
        sheet.insertRule(`@layer ${LAYER};`, 0);
        claim = { sheet, rule: sheet.cssRules[0], users: claims.get(doc)?.users ?? 0 };
      } catch {
        continue; // a sheet that refuses a rule at its start: try the next one
      }
      break;
    }
    if (claim) claims.set(doc, claim);
  }
  if (!claim) return () => {};
  const mine = claim;
  mine.users++;
  let released = false;
  return () => {
    if (released) return;
    released = true;
    if (--mine.users > 0) return;
    claims.delete(doc);
    const list = rulesOf(mine.sheet);
    const index = list ? Array.prototype.indexOf.call(list, mine.rule) : -1;
    if (index >= 0) mine.sheet.deleteRule(index);
  };
}

/**
 * Drop `!important` from the listed properties of every inline style that has it, so Yilan's
 * layered important rules win there too. A one-time pass on toggle (elements given an inline
 * important later keep it: documented). The undo puts each original `style` attribute back,
 * unless the page has rewritten it meanwhile; then only the priorities are restored.
 */
export function demoteInlineImportant(
  doc: Document,
  properties: readonly string[],
  skip: (el: Element) => boolean = () => false,
): Disposer {
  const changed: {
    el: Element;
    style: CSSStyleDeclaration;
    original: string;
    left: string;
    values: [string, string][];
  }[] = [];
  for (const el of Array.from(doc.querySelectorAll('[style*="important" i]'))) {
    const style = (el as Partial<ElementCSSInlineStyle>).style;
    if (!style || skip(el)) continue;
    const original = el.getAttribute('style') ?? '';
    const props = properties.filter(p => style.getPropertyPriority(p) === 'important');
    if (!props.length) continue;
    const values = props.map((p): [string, string] => [p, style.getPropertyValue(p)]);
    for (const [p, value] of values) style.setProperty(p, value);
    changed.push({ el, style, original, left: el.getAttribute('style') ?? '', values });
  }
  return () => {
    for (const { el, style, original, left, values } of changed) {
      if (el.getAttribute('style') === left) el.setAttribute('style', original);
      else
        for (const [p, value] of values)
          if (style.getPropertyValue(p) === value && !style.getPropertyPriority(p))
            style.setProperty(p, value, 'important');
    }
  };
}
