// Server-side HTML with escaping by default: every interpolated value is text unless it was
// made by `html` itself (or marked with `raw` for trusted markup written in this repository).

const SAFE = Symbol('safe-html');

class Html {
  constructor(text) {
    this.text = text;
    this[SAFE] = true;
  }
  toString() {
    return this.text;
  }
}

const ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escape(value) {
  return String(value ?? '').replace(/[&<>"']/g, c => ESCAPES[c]);
}

function render(value) {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof Html) return value.text;
  if (Array.isArray(value)) return value.map(render).join('');
  return escape(value);
}

/** Tagged template: `html\`<p>${text}</p>\`` escapes `text`; nested `html` and arrays pass through. */
export function html(strings, ...values) {
  let out = strings[0];
  for (let i = 0; i < values.length; i++) out += render(values[i]) + strings[i + 1];
  return new Html(out);
}

/** Markup written in this repository (never user input). */
export const raw = text => new Html(String(text));

/** `<mark>` around each query term in text, the rest escaped. */
export function highlight(text, terms) {
  const list = [...new Set(terms.filter(Boolean))].sort((a, b) => b.length - a.length);
  if (!list.length) return html`${text}`;
  const pattern = new RegExp(
    list.map(t => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'),
    'gi',
  );
  let out = '';
  let at = 0;
  for (const m of String(text).matchAll(pattern)) {
    out += escape(text.slice(at, m.index)) + `<mark>${escape(m[0])}</mark>`;
    at = m.index + m[0].length;
  }
  return raw(out + escape(String(text).slice(at)));
}

/** A query string from an object, skipping empty values. */
export function query(params) {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    for (const v of [].concat(value ?? [])) if (v !== '' && v !== undefined) search.append(key, v);
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

/** A grid of link cards: each a title and one line saying what is behind it. */
export function cards(items) {
  return html`<ul class="cards">
    ${items.map(
      ([href, title, summary]) =>
        html`<li>
          <a href="${href}"><strong>${title}</strong><span>${summary}</span></a>
        </li>`,
    )}
  </ul>`;
}
