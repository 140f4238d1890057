/**
 * Text zoom that reflows. Instead of `transform: scale()` or CSS `zoom` (which enlarge the layout
 * and scroll sideways), we copy every font-size and line-height declaration of the page's
 * stylesheets, in their original order and inside their original @media/@supports/@layer, into one
 * constructed sheet adopted after them. Absolute lengths are multiplied by `var(--yilan-zoom)`;
 * relative ones (em, %, rem, unitless) are copied as they are and grow with the root. Because the
 * copies keep their selectors, order and importance, the cascade between them resolves exactly
 * as the page's own did, only with larger text. See docs/decisions/0003-text-zoom.md.
 */

import { rescueBaseCss, rescueDeclarations } from './zoom-rescue.js';

const ABSOLUTE =
  /(-?\d*\.?\d+(?:e[+-]?\d+)?)(px|pt|pc|cm|mm|q|in|vw|vh|vmin|vmax|vi|vb|svw|svh|lvw|lvh|dvw|dvh|cqw|cqh|cqi|cqb|cqmin|cqmax)\b/gi;
const ROOT_RELATIVE = /(-?\d*\.?\d+(?:e[+-]?\d+)?)(em|%|ex|ch|cap|ic|lh)(?![\w-])/gi;
const KEYWORDS: Readonly<Record<string, number>> = {
  'xx-small': 9,
  'x-small': 10,
  small: 13,
  medium: 16,
  large: 18,
  'x-large': 24,
  'xx-large': 32,
  'xxx-large': 48,
};

const factor = 'var(--yilan-zoom, 1)';

/**
 * Scale the absolute parts of one font-size or line-height value. `onRoot` also scales em and %,
 * which on the root element are relative to the browser default rather than to a zoomed parent.
 * Returns undefined for values that grow by themselves or cannot be scaled statically (var()).
 */
export function scaleValue(value: string, onRoot = false): string | undefined {
  const v = value.trim();
  if (!v || /var\(|env\(|attr\(/i.test(v)) return undefined;
  const keyword = KEYWORDS[v.toLowerCase()];
  if (keyword !== undefined) return `calc(${keyword}px * ${factor})`;
  let touched = false;
  const wrap = (n: string, unit: string): string => {
    touched = true;
    return `calc(${n}${unit} * ${factor})`;
  };
  let out = v.replace(ABSOLUTE, (_, n: string, unit: string) => wrap(n, unit));
  if (onRoot)
    out = out.replace(ROOT_RELATIVE, (m: string, n: string, unit: string) =>
      /rem/i.test(m) ? m : wrap(n, unit),
    );
  return touched ? out : undefined;
}

const ROOT_SELECTOR = /(^|,)\s*(html|:root)\s*(?=,|$)/i;
const ROOT_OR_BODY = /^\s*(html|:root|body)(\s*,\s*(html|:root|body))*\s*$/i;

type Emit = (text: string) => void;

function ruleText(rule: CSSRule, emit: Emit, warnCrossOrigin: (href: string) => void): void {
  if (rule instanceof CSSStyleRule) {
    const parts: string[] = [];
    const onRoot = ROOT_SELECTOR.test(rule.selectorText);
    for (const prop of ['font-size', 'line-height']) {
      const value = rule.style.getPropertyValue(prop);
      if (!value) continue;
      const important = rule.style.getPropertyPriority(prop) ? ' !important' : '';
      const next = scaleValue(value, onRoot);
      parts.push(`${prop}:${next ?? value}${important}`);
    }
    // The root and body size the viewport: freeing their height would change what scrolls.
    if (!ROOT_OR_BODY.test(rule.selectorText)) parts.push(...rescueDeclarations(rule.style));
    const inner: string[] = [];
    const children = (rule as CSSStyleRule & { cssRules?: CSSRuleList }).cssRules;
    if (children?.length)
      for (const child of Array.from(children))
        ruleText(child, t => inner.push(t), warnCrossOrigin);
    if (!parts.length && !inner.length) return;
    emit(`${rule.selectorText}{${parts.join(';')}${inner.join('')}}`);
    return;
  }
  if (rule instanceof CSSImportRule) {
    if (rule.styleSheet) sheetText(rule.styleSheet, emit, warnCrossOrigin);
    return;
  }
  const group = rule as CSSGroupingRule & { conditionText?: string; name?: string };
  if (!('cssRules' in group)) return;
  const inner: string[] = [];
  for (const child of Array.from(group.cssRules))
    ruleText(child, t => inner.push(t), warnCrossOrigin);
  if (!inner.length) return;
  const body = inner.join('');
  if (rule instanceof CSSMediaRule) emit(`@media ${rule.conditionText}{${body}}`);
  else if (rule instanceof CSSSupportsRule) emit(`@supports ${rule.conditionText}{${body}}`);
  else if (typeof CSSLayerBlockRule !== 'undefined' && rule instanceof CSSLayerBlockRule)
    emit(rule.name ? `@layer ${rule.name}{${body}}` : body);
  else if (typeof CSSContainerRule !== 'undefined' && rule instanceof CSSContainerRule)
    emit(`@container ${rule.conditionText}{${body}}`);
}

function sheetText(
  sheet: CSSStyleSheet,
  emit: Emit,
  warnCrossOrigin: (href: string) => void,
): void {
  let rules: CSSRuleList;
  try {
    rules = sheet.cssRules;
  } catch {
    // Cross-origin sheets without CORS cannot be read; the root rule still scales their rem text.
    warnCrossOrigin(sheet.href ?? '(inline)');
    return;
  }
  const media = sheet.media?.mediaText;
  if (media && media !== 'all') {
    const inner: string[] = [];
    for (const rule of Array.from(rules)) ruleText(rule, t => inner.push(t), warnCrossOrigin);
    if (inner.length) emit(`@media ${media}{${inner.join('')}}`);
    return;
  }
  for (const rule of Array.from(rules)) ruleText(rule, emit, warnCrossOrigin);
}

/** The override text for every stylesheet of `doc` except `own` (Yilan's sheets). */
export function zoomOverrideCss(
  doc: Document,
  isOwn: (sheet: CSSStyleSheet) => boolean,
  warnCrossOrigin: (href: string) => void,
): string {
  const out: string[] = [];
  const emit: Emit = t => out.push(t);
  for (const sheet of Array.from(doc.styleSheets)) {
    if (sheet.disabled) continue;
    sheetText(sheet, emit, warnCrossOrigin);
  }
  for (const sheet of doc.adoptedStyleSheets)
    if (!isOwn(sheet)) sheetText(sheet, emit, warnCrossOrigin);
  return out.join('\n');
}

/** `<font size>` 1–7 as the browser maps it (to keywords, outside any stylesheet). */
const FONT_SIZES = [10, 13, 16, 18, 24, 32, 48];

/** `size="N"`, `"+N"` and `"-N"` (relative to 3), each scaled like any other px size. */
function fontElementCss(): string {
  const rules: string[] = [];
  const add = (attr: string, n: number): void => {
    const px = FONT_SIZES[Math.min(7, Math.max(1, n)) - 1];
    rules.push(
      `:where(:root[data-yilan-zoom]) :where(font[size="${attr}"]){font-size:calc(${px}px * ${factor})}`,
    );
  };
  for (let n = 1; n <= 7; n++) add(String(n), n);
  for (let n = 0; n <= 4; n++) add(`+${n}`, 3 + n);
  for (let n = 1; n <= 2; n++) add(`-${n}`, 3 - n);
  return rules.join('\n');
}

/**
 * Static part: the zoom factor per level, the root size for pages that never set one, form
 * controls (whose UA size is a fixed 13.33px), and gentle reflow help. All at zero specificity
 * (`:where`) so any rule of the page wins over them.
 */
export function zoomBaseCss(levels: readonly number[]): string {
  const factors = levels
    .map(l => `:root[data-yilan-zoom="${l}"]{--yilan-zoom:${l / 100}}`)
    .join('\n');
  return `${factors}
:where(:root[data-yilan-zoom]){font-size:calc(100% * var(--yilan-zoom, 1))}
:where(:root[data-yilan-zoom]) :where(input, button, select, textarea){font-size:calc(13.3333px * var(--yilan-zoom, 1))}
:where(:root[data-yilan-zoom]) :where(body){overflow-wrap:break-word}
:where(:root[data-yilan-zoom]) :where(img, video, input, select, textarea){max-width:100%}
${fontElementCss()}
${rescueBaseCss}`;
}
