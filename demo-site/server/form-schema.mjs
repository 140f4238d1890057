// The fields each portal form sends, as JSON Schema for Fastify's validator: every field at most
// once and a string, anything else dropped. Lengths are not limited here: an over-long answer
// is the page's business, shown beside the field with the text kept (pages/forms.mjs), never a
// bare 400 that loses what was typed. What this refuses only a script sends: a field twice.
export const FORMS = {
  '/interact/message': ['key', 'name', 'phone', 'kind', 'content', 'token', 'captcha'],
  '/interact/booking': ['key', 'service', 'date', 'slot', 'name', 'phone'],
  '/interact/booking/cancel': ['n', 'code'],
  '/interact/track': ['n', 'code'],
  '/report': ['key', 'page', 'problem', 'detail', 'contact'],
};

/** The body schema of one form. */
export const formSchema = fields => ({
  type: 'object',
  properties: Object.fromEntries(fields.map(f => [f, { type: 'string' }])),
  additionalProperties: false,
});

/**
 * A urlencoded body as an object for the validator: one value per field, or all of a repeated
 * field's values (which the schema then refuses).
 */
export function formObject(text) {
  const out = {};
  for (const [name, value] of new URLSearchParams(text)) {
    if (!Object.hasOwn(out, name)) out[name] = value;
    else out[name] = [out[name], value].flat();
  }
  return out;
}
