// The display modes a page is audited in. "as-is" is the page untouched; every other mode is the
// page with Yilan (the site's own, or injected) switched to those settings through Yilan.set().
// The settings come from Yilan's catalogue of modes (yilan/modes, built with yilan's types), so a
// setting renamed in Yilan fails here at once instead of auditing the page as it was.
import { mode, valuesOf } from 'yilan/modes';

/**
 * The catalogue modes audited, under the names the CLI has always printed and accepted in --modes
 * (two differ from the catalogue's: "large-cursor" is its "cursor-black", and the open toolbar).
 */
const AUDITED = [
  'elder',
  ...valuesOf('scheme').map(scheme => `scheme-${scheme}`),
  'zoom-150',
  'zoom-200',
  ['large-cursor', 'cursor-black'],
  'caption',
  'toolbar-open',
];

/** @type {Record<string, Partial<import('yilan').Settings> | null>} */
export const MODES = {
  'as-is': null,
  yilan: {},
  ...Object.fromEntries(
    AUDITED.map(entry => {
      const [name, catalogueName] = Array.isArray(entry) ? entry : [entry, entry];
      return [name, mode(catalogueName).settings];
    }),
  ),
};

/**
 * The modes named in a comma list ("all", or names such as "as-is,elder,zoom-200").
 * @param {string | undefined} list
 * @returns {string[]} the names, in the order of MODES
 */
export function pickModes(list) {
  if (!list || list === 'all') return Object.keys(MODES);
  const wanted = list
    .split(',')
    .map(s => s.trim())
    .filter(Boolean);
  const unknown = wanted.filter(name => !(name in MODES));
  if (unknown.length)
    throw new UsageError(
      `unknown mode ${unknown.join(', ')}; modes: ${Object.keys(MODES).join(', ')}`,
    );
  return Object.keys(MODES).filter(name => wanted.includes(name));
}

/** A mistake in how the command was called: exit code 2. */
export class UsageError extends Error {}

/** WCAG levels name themselves and every level below them, as a QA engineer means "AA". */
const LEVELS = {
  wcag2a: ['wcag2a'],
  wcag2aa: ['wcag2a', 'wcag2aa'],
  wcag2aaa: ['wcag2a', 'wcag2aa', 'wcag2aaa'],
  wcag21a: ['wcag2a', 'wcag21a'],
  wcag21aa: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'],
  wcag22aa: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'],
};
export const TAG_PRESETS = [...Object.keys(LEVELS), 'best-practice', 'EN-301-549', 'section508'];

/** axe tags from a comma list: a WCAG level brings the levels below it; other tags pass as given. */
export function expandTags(list) {
  const out = [];
  for (const tag of String(list)
    .split(',')
    .map(t => t.trim())
    .filter(Boolean))
    for (const t of LEVELS[tag] ?? [tag]) if (!out.includes(t)) out.push(t);
  if (!out.length) throw new UsageError('--tags is empty');
  return out;
}
