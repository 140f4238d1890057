/**
 * What Yilan never speaks, shows in its caption or sends to a speech endpoint: the value of a field
 * that holds a secret, and any content the site marks `data-yilan-secret`. A password field is the
 * obvious case; the others are the ones a browser's autofill knows are secret (one-time codes, card
 * data, passwords shown as text), fields the page hides from assistive technology, and what the
 * site itself marks.
 */

/** Autocomplete tokens (WHATWG autofill field names) of secret values. */
const SECRET_TOKEN = /^(one-time-code|current-password|new-password|cc-.+)$/;

/** A field named like a password: a "show password" button turns type=password into text. */
const PASSWORD_NAME = /password|passwd|pwd|mima|密码|口令|(^|[\s_-])pass($|[\s_-])/i;

const FIELDS = new Set(['input', 'textarea', 'select']);

/** Content the site marks secret (`data-yilan-secret`, unless its value is "false"). */
export function isSecretContent(el: Element): boolean {
  const marked = el.closest('[data-yilan-secret]');
  return !!marked && marked.getAttribute('data-yilan-secret') !== 'false';
}

/** A form field whose value must never be said: read by its label and kind only. */
export function isSecretField(el: Element): boolean {
  if (!FIELDS.has(el.localName)) return false;
  if ((el as HTMLInputElement).type === 'password') return true;
  const tokens = (el.getAttribute('autocomplete') ?? '').toLowerCase().split(/\s+/);
  if (tokens.some(t => SECRET_TOKEN.test(t))) return true;
  if (isSecretContent(el)) return true;
  // Hidden from assistive technology, or inert: not meant to be announced at all.
  if (el.closest('[aria-hidden="true"], [inert]')) return true;
  const names = [el.getAttribute('name'), el.id].filter(Boolean).join(' ');
  return el.localName === 'input' && PASSWORD_NAME.test(names);
}

/**
 * `text` of a block of the page, with the secrets inside it left out (a span the site marks, the
 * options of a secret list). Only a block that holds one is copied: `text` then sees the copy.
 */
export function withoutSecrets(block: Element, text: (el: Element) => string): string {
  const all = Array.from(block.querySelectorAll('[data-yilan-secret], select, textarea'));
  const secret = all.map(e => isSecretContent(e) || isSecretField(e));
  if (!secret.includes(true)) return text(block);
  const copy = block.cloneNode(true) as Element;
  const copies = Array.from(copy.querySelectorAll('[data-yilan-secret], select, textarea'));
  copies.forEach((e, i) => secret[i] && e.remove());
  return text(copy);
}
