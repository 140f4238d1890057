/** A setting value: everything Yilan stores is one of these. */
export type Value = string | number | boolean;

/** The allowed values of one setting and its default (which must be one of them). */
export interface FieldSpec<V extends Value = Value> {
  readonly values: readonly V[];
  readonly default: V;
  /** For open fields (a voice's name): accepts values beyond `values`. */
  readonly accept?: (value: unknown) => value is V;
  /** Lives for this page only: never stored, never restored (continuous reading must not restart). */
  readonly transient?: boolean;
}

export type Schema = Readonly<Record<string, FieldSpec>>;

export type Settings = Readonly<Record<string, Value>>;

/** Field spec for an on/off setting. Booleans default to off (Shoelace's rule). */
export const toggle = (): FieldSpec<boolean> => ({ values: [false, true], default: false });

/** Field spec for a setting with a closed list of values. */
export const oneOf = <V extends Value>(
  values: readonly V[],
  fallback: V = values[0],
): FieldSpec<V> => ({
  values,
  default: fallback,
});

/** Defaults of every field in a schema. */
export function defaultsOf(schema: Schema): Record<string, Value> {
  const out: Record<string, Value> = {};
  for (const [key, spec] of Object.entries(schema)) out[key] = spec.default;
  return out;
}

/** True when `value` is one of the field's allowed values (numbers compared by value). */
export function isAllowed(spec: FieldSpec, value: unknown): value is Value {
  return spec.values.some(v => v === value) || (spec.accept?.(value) ?? false);
}

/** Field spec for free text up to `max` characters (a voice name), default empty. */
export const freeText = (max = 200): FieldSpec<string> => ({
  values: [''],
  default: '',
  accept: (value): value is string => typeof value === 'string' && value.length <= max,
});

/**
 * Coerce text (from a data-* attribute or storage written by an older version) into an allowed
 * value: "true"/"on" for booleans, numeric strings for numbers. Returns undefined when it fits none.
 */
export function coerce(spec: FieldSpec, raw: unknown): Value | undefined {
  if (isAllowed(spec, raw)) return raw;
  if (typeof raw !== 'string') return undefined;
  const text = raw.trim().toLowerCase();
  if (typeof spec.default === 'boolean') {
    if (['true', 'on', '1', 'yes', ''].includes(text)) return true;
    if (['false', 'off', '0', 'no'].includes(text)) return false;
    return undefined;
  }
  if (typeof spec.default === 'number') {
    const n = Number(text.replace(/%$/, ''));
    return isAllowed(spec, n) ? n : undefined;
  }
  return isAllowed(spec, text) ? text : undefined;
}
