import { computeAccessibleName } from 'dom-accessibility-api';
import { isSecretContent, isSecretField, withoutSecrets } from './secret.js';

/** Words for roles and states, in Yilan's language. */
export interface RoleWords {
  readonly textbox: string;
  readonly password: string;
  readonly checkbox: string;
  readonly radio: string;
  readonly button: string;
  readonly combobox: string;
  readonly image: string;
  readonly link: string;
  /** A text field for searching the site, and its button, when the page gave them no name. */
  readonly search: string;
  readonly searchButton: string;
  readonly checked: string;
  readonly unchecked: string;
}

const TEXT_INPUTS = new Set(['text', 'search', 'email', 'tel', 'url', 'number', 'date', '']);

function name(el: Element): string {
  try {
    return computeAccessibleName(el).replace(/\s+/g, ' ').trim();
  } catch {
    return '';
  }
}

/** Words a search field's name, id, class or form action use ("kw", "sousuo", "q" …). */
const SEARCHY = /search|sousuo|souso|jiansuo|keyword|query|(^|[\s_-])(q|kw|ss|wd|key)([\s_-]|$)/i;

/** A field for searching: typed so, inside a search landmark, or called so by its markup. */
function isSearch(el: Element): boolean {
  if ((el as HTMLInputElement).type === 'search') return true;
  if (el.closest('search, [role="search"]')) return true;
  const form = (el as HTMLInputElement).form;
  const words = [
    el.getAttribute('name'),
    el.id,
    el.getAttribute('class'),
    form?.getAttribute('action'),
    form?.id,
    form?.getAttribute('class'),
  ];
  return words.some(w => !!w && SEARCHY.test(w));
}

/** A button that submits a search: in a search landmark, or in a form whose field is a search. */
function isSearchButton(el: Element): boolean {
  if (isSearch(el)) return true;
  const form = (el as HTMLButtonElement).form;
  return (
    !!form &&
    Array.from(form.elements).some(f => f !== el && f.localName === 'input' && isSearch(f))
  );
}

const join = (...parts: readonly string[]): string => parts.filter(Boolean).join('，');

/**
 * What to say for an element read as a whole: an image's text alternative, a control's label,
 * kind and state. A password field gives its label and kind only: its value is never read, nor that of
 * any other secret field (secret.ts).
 */
export function wholeText(el: Element, words: RoleWords): string {
  const tag = el.localName;
  if (isSecretField(el)) {
    const label = name(el) || (el as HTMLInputElement).placeholder?.trim() || '';
    const type = (el as HTMLInputElement).type;
    return join(label, type === 'password' ? words.password : words.textbox);
  }
  if (tag === 'img' || tag === 'svg' || el.getAttribute('role') === 'img') {
    if (tag === 'img' && el.getAttribute('alt') === '' && !el.hasAttribute('aria-label')) return '';
    return name(el);
  }
  if (tag === 'input') {
    const input = el as HTMLInputElement;
    const type = input.type;
    if (type === 'password') return join(name(el), words.password);
    if (type === 'checkbox' || type === 'radio')
      return join(name(el), words[type], input.checked ? words.checked : words.unchecked);
    if (type === 'submit' || type === 'button' || type === 'reset' || type === 'image')
      return name(el) || !isSearchButton(el) ? join(name(el), words.button) : words.searchButton;
    // dom-accessibility-api gives the label, aria-label or title, never the placeholder: an
    // unnamed field is read by its placeholder, or as a search box, never as a bare "编辑框".
    if (TEXT_INPUTS.has(type)) {
      const search = isSearch(el);
      const label = name(el) || input.placeholder.trim();
      return join(label, search ? words.search : words.textbox, input.value);
    }
    return join(name(el), input.value);
  }
  if (tag === 'textarea') return join(name(el), words.textbox, (el as HTMLTextAreaElement).value);
  if (tag === 'select') {
    const select = el as HTMLSelectElement;
    return join(name(el), words.combobox, select.selectedOptions[0]?.text.trim() ?? '');
  }
  if (tag === 'button')
    return name(el) || !isSearchButton(el) ? join(name(el), words.button) : words.searchButton;
  return name(el) || (el.textContent ?? '').trim();
}

const BLOCKS =
  'p, li, td, th, dt, dd, h1, h2, h3, h4, h5, h6, caption, figcaption, blockquote, legend, summary, pre, address';
const NAMED = 'a[href], button, input, select, textarea, img, svg, [role=img], [role=button], area';

/** What point reading says for a target, and the element to mark while it is said. */
export interface PointTarget {
  readonly text: string;
  readonly element: Element;
}

/**
 * The element under the pointer or focus, as point reading says it: a control, link or image by
 * its accessible name (with kind and state when `withRole`), otherwise the nearest block of text.
 */
export function pointTarget(el: Element, words: RoleWords, withRole = false): PointTarget | null {
  if (isSecretContent(el) && !isSecretField(el)) return null;
  const named = el.closest(NAMED);
  if (named) {
    const whole = named.localName !== 'a' && named.localName !== 'area';
    const text = whole ? wholeText(named, words) : name(named);
    const link = withRole && !whole ? words.link : '';
    if (text) return { text: join(text, link), element: named };
    if (named.localName === 'input') return null;
  }
  // Outside any text block (a bare <div>), only the element's own text: never a whole page.
  const block = el.closest(BLOCKS);
  const raw = block
    ? withoutSecrets(block, b => (b instanceof HTMLElement ? b.innerText : (b.textContent ?? '')))
    : Array.from(el.childNodes, n => (n.nodeType === 3 ? (n as Text).data : '')).join(' ');
  const text = raw.replace(/\s+/g, ' ').trim();
  return text ? { text, element: block ?? el } : null;
}
