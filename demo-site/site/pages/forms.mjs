// What every portal form shares: fields read the way the browser counted them, labelled controls
// with their errors, the error summary, and the hidden key that keeps a re-sent form once.
import { randomUUID } from 'node:crypto';
import { html } from '../html.mjs';

/** The key a form carries (a UUID drawn when it was rendered). */
const FORM_KEY = /^[0-9a-f-]{36}$/;

/**
 * The form's own key: a second click or a re-sent POST keeps the submission once. A form from
 * before keys existed (a page left open across a deploy) is still kept, under a new key.
 */
export function formKey(body) {
  const sent = String(body.get('key') ?? '');
  return FORM_KEY.test(sent) ? sent : randomUUID();
}

/**
 * A form's text fields as the citizen typed them, and an error for each one that is too long.
 * Lengths are counted as the browser's maxlength counts them: a line break is one character (a
 * form sends it as CR LF), so a message that fitted the box is never refused. Nothing is cut:
 * too long is an error shown beside the field, with the text kept for editing.
 */
export function readFields(body, limits) {
  const values = {};
  const errors = {};
  for (const [id, max] of Object.entries(limits)) {
    values[id] = String(body.get(id) ?? '')
      .replace(/\r\n?/g, '\n')
      .trim();
    if (values[id].length > max)
      errors[id] = `最多 ${max} 个字，现在是 ${values[id].length} 个字，请删减后再提交`;
  }
  return { values, errors };
}

/** One labelled field with its error message; the first invalid field gets focus on load. */
export function field({ id, label, errors, first, hint, control }) {
  const error = errors[id];
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ');
  return html`<div class="field ${error ? 'invalid' : ''}">
    <label for="${id}">${label}</label>
    ${hint ? html`<p class="hint" id="${id}-hint">${hint}</p>` : ''}
    ${error ? html`<p class="error" id="${id}-error">错误：${error}</p>` : ''}
    ${control({
      describedBy: describedBy ? html`aria-describedby="${describedBy}"` : '',
      invalid: error ? html`aria-invalid="true"` : '',
      focus: first === id ? html`autofocus` : '',
    })}
  </div>`;
}

/** A one-line text field bound to `values[id]`: name and telephone on every form. */
export function inputField({
  id,
  label,
  hint,
  values,
  errors,
  first,
  type = 'text',
  autocomplete,
  required,
}) {
  const tel = type === 'tel';
  return field({
    id,
    label,
    hint,
    errors,
    first,
    control: a =>
      html`<input
        id="${id}"
        name="${id}"
        ${tel ? html`type="tel" inputmode="tel"` : ''}
        autocomplete="${autocomplete}"
        ${required ? html`required` : ''}
        value="${values[id] ?? ''}"
        ${a.describedBy}
        ${a.invalid}
        ${a.focus}
      />`,
  });
}

export const phoneField = (label, hint, values, errors, first) =>
  inputField({ id: 'phone', label, hint, values, errors, first, type: 'tel', autocomplete: 'tel' });
export const nameField = (label, values, errors, first, required = false) =>
  inputField({ id: 'name', label, values, errors, first, autocomplete: 'name', required });

export function errorSummary(errors, labels) {
  const entries = Object.entries(errors);
  if (!entries.length) return '';
  return html`<div class="error-summary" role="alert" aria-labelledby="error-h">
    <h2 id="error-h">提交前请修改 ${entries.length} 处问题</h2>
    <ul>
      ${entries.map(([id, text]) => html`<li><a href="#${id}">${labels[id]}：${text}</a></li>`)}
    </ul>
  </div>`;
}
