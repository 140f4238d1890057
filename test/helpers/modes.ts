// The browser suites' modes come from Yilan's own catalogue (packages/yilan/src/modes.ts, built
// into dist/types/modes.js): no settings are written out here.
import { COMBINATIONS, SINGLE_MODES, valuesOf } from 'yilan/modes';
import type { Mode } from 'yilan/modes';

export { mode, combine } from 'yilan/modes';
export type { Mode };

/** Yilan's five colour schemes (besides the page's own, "default"). */
export const SCHEMES = valuesOf('scheme');

/**
 * Values the a11y suites sample rather than audit one by one: the zoom steps between 100, 150 and
 * 200; point reading and self-voicing, audited together; the voice's tuning, audited as one slow
 * quiet voice (the combinations); the open toolbar, which every suite crosses with each mode itself.
 */
const SAMPLED = /^(zoom-(125|175)|point|speakFocus|speech-off|rate-.*|volume-.*|toolbar-.*)$/;

/**
 * Every Yilan state the a11y suite audits: Yilan as it starts, each mode alone (a setting added to
 * the registry joins by itself), plus the combinations users reach.
 */
export const MODES: readonly Mode[] = [
  { name: 'default', settings: {} },
  ...SINGLE_MODES.filter(m => !SAMPLED.test(m.name)),
  ...COMBINATIONS,
];
