import type { Schema, Settings, Value } from './schema.js';
import { coerce } from './schema.js';

export interface PresetSource {
  readonly setting: string;
  readonly preset?: Readonly<Record<string, Value>>;
  readonly field: { readonly default: Value };
}

/**
 * Expand a partial update with the presets it switches. Turning a preset feature on adds its
 * preset values (explicit keys in the same update win; a number the user already moved further
 * the same way is kept: zoom 200 stays above the preset's 150, rate 0.5 below its 0.75). Turning it off
 * returns each preset key to its default only if it still holds the preset's value, so a
 * change the user made afterwards survives.
 */
export function expandPresets(
  partial: Readonly<Record<string, unknown>>,
  current: Settings,
  sources: readonly PresetSource[],
  schema: Schema,
): Record<string, unknown> {
  const out: Record<string, unknown> = { ...partial };
  for (const source of sources) {
    if (!source.preset || !Object.hasOwn(partial, source.setting)) continue;
    const spec = schema[source.setting];
    const requested = spec ? coerce(spec, partial[source.setting]) : undefined;
    // An invalid value is refused by the store; its preset must not slip through either.
    if (requested === undefined) continue;
    const on = requested !== source.field.default;
    const wasOn = current[source.setting] !== source.field.default;
    if (on === wasOn) continue;
    for (const [key, value] of Object.entries(source.preset)) {
      if (Object.hasOwn(partial, key)) continue;
      const now = current[key];
      if (on) {
        if (beyond(value, now, schema[key]?.default)) continue;
        out[key] = value;
      } else if (now === value) {
        const target = schema[key];
        if (target) out[key] = target.default;
      }
    }
  }
  return out;
}

/** True when `now` is already past the preset `value`, seen from the default. */
function beyond(value: Value, now: Value | undefined, fallback: Value | undefined): boolean {
  if (typeof value !== 'number' || typeof now !== 'number' || typeof fallback !== 'number')
    return false;
  return value >= fallback ? now > value : now < value;
}
