import type { FieldSpec, Value } from '@yilan/core/settings/schema.js';
import { REGISTRY, TOOLBAR_FIELDS } from './registry.js';
import type { Settings } from './registry.js';

/** One state Yilan can be switched to through `Yilan.set(settings)`, under a stable name. */
export interface Mode {
  readonly name: string;
  readonly settings: Partial<Settings>;
}

/**
 * The catalogue of modes: every value of every setting other than its default, derived from the
 * registry, then the named combinations readers reach. yilan-audit, the browser tests and the
 * benchmarks all take their modes from here (as `yilan/modes`, built by `tsc -b` into
 * dist/types/modes.js), so a setting renamed or a value added in its feature folder reaches all of
 * them, and a name they ask for that no longer exists fails loudly in `mode()`.
 *
 * Names: the setting for a switch turned on (`elder`), `<setting>-off` for a switch that is on by
 * default (`speech-off`), `<setting>-<value>` otherwise (`zoom-200`, `scheme-yellow-on-black`);
 * toolbar settings are prefixed `toolbar-` (`toolbar-open`); a combination joins its parts' names
 * with `+`.
 */
export const SINGLE_MODES: readonly Mode[] = [
  ...REGISTRY.map(f => [f.setting, f.field] as const),
  ...Object.entries(TOOLBAR_FIELDS).map(([key, field]) => [key, field, 'toolbar-'] as const),
].flatMap(([setting, field, prefix = '']) =>
  field.values
    .filter(value => value !== field.default)
    .map(value => single(`${prefix}${nameOf(setting, value)}`, setting, value)),
);

/** Combinations readers reach: point reading with self-voicing, a slow quiet voice, elder mode with more. */
const COMBINED: readonly (readonly string[])[] = [
  ['point', 'speakFocus'],
  ['speech-off', 'rate-0.5', 'volume-0.2'],
  ['elder', 'scheme-yellow-on-blue', 'zoom-200'],
];

/**
 * The mode with this name, single (`zoom-200`) or combined (`elder+zoom-200`); throws for a name not
 * in the catalogue (a setting renamed, a value gone), listing the names there are.
 */
export function mode(name: string): Mode {
  if (name.includes('+')) return combine(...name.split('+'));
  const found = SINGLE_MODES.find(m => m.name === name);
  if (!found)
    throw new Error(`no Yilan mode "${name}"; modes: ${SINGLE_MODES.map(m => m.name).join(', ')}`);
  return found;
}

/** Several catalogue modes at once, named `a+b+c`; later parts win where they share a setting. */
export function combine(...names: readonly string[]): Mode {
  return {
    name: names.join('+'),
    settings: Object.assign({}, ...names.map(name => mode(name).settings)) as Partial<Settings>,
  };
}

/** The named combinations, after every single mode in `MODES`. */
export const COMBINATIONS: readonly Mode[] = COMBINED.map(names => combine(...names));

/** Every mode of the catalogue: each non-default value of each setting, then the combinations. */
export const MODES: readonly Mode[] = [...SINGLE_MODES, ...COMBINATIONS];

/** The values of one setting other than its default, in the registry's order (the five schemes). */
export function valuesOf<K extends keyof Settings>(setting: K): readonly Settings[K][] {
  const feature = REGISTRY.find(f => f.setting === setting);
  const toolbar: Readonly<Record<string, FieldSpec>> = TOOLBAR_FIELDS;
  const field = feature?.field ?? toolbar[setting];
  if (!field) throw new Error(`no Yilan setting "${String(setting)}"`);
  // The registry is where Settings is derived from: its values are this setting's values.
  return field.values.filter(v => v !== field.default) as Settings[K][];
}

function nameOf(setting: string, value: Value): string {
  if (value === true) return setting;
  if (value === false) return `${setting}-off`;
  return `${setting}-${value}`;
}

function single(name: string, setting: string, value: Value): Mode {
  // The registry's own setting and value, which Settings is derived from.
  return { name, settings: { [setting]: value } };
}
