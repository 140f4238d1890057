// The modes the benchmarks switch, under the labels bench/results.json and docs/benchmarks.md have
// always used, each taken from Yilan's catalogue of modes (yilan/modes, built by `npm run build`):
// no settings are written out here, and a name the catalogue lost fails before any measuring.
import { combine, mode } from 'yilan/modes';

/** Label → settings, for each label → catalogue name. */
const labelled = names =>
  Object.fromEntries(Object.entries(names).map(([label, name]) => [label, mode(name).settings]));

/** scripts/bench.mjs part 2 (and bench/mode-switch.mjs): each mode switched on and off. */
export const SWITCHED = labelled({
  'scheme yellow-on-black': 'scheme-yellow-on-black',
  grayscale: 'grayscale',
  'zoom 200 %': 'zoom-200',
  'large cursor': 'cursor-black',
  'guide lines': 'guides',
  'caption screen': 'caption',
  'strong focus': 'focus',
  'elder mode': 'elder',
  'open toolbar': 'toolbar-open',
});

/** bench/cascade-switch.mjs: the modes whose sheets live in Yilan's cascade layer. */
export const CASCADE = labelled({
  'scheme yellow-on-black': 'scheme-yellow-on-black',
  'scheme to another scheme': 'scheme-black-on-white',
  'strong focus': 'focus',
  'large cursor': 'cursor-black',
});
/** Where "scheme to another scheme" starts from: the switch between two schemes. */
export const CASCADE_FROM = mode('scheme-yellow-on-black').settings;

/** bench/peers.mjs: every page mode on at once (not the speech tuning, nor region outlines). */
export const EVERY_MODE = combine(
  'elder',
  'scheme-yellow-on-black',
  'grayscale',
  'zoom-200',
  'cursor-black',
  'guides',
  'caption',
  'focus',
  'point',
  'traditional',
  'pinyin',
  'readingView',
  'toolbar-open',
).settings;
