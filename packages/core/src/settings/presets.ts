import type { Schema, Settings, Value } from './schema.js';
import { coerce } from './schema.js';

export interface PresetSource {
  readonly setting: string;
  readonly preset?: Readonly<Record<string, Value>>;
  readonly field: { readonly default: Value };
}

/**
 * Expand a partial update with the presets it switches. Turning a preset feature on adds its
 * preset values (explicit keys in the same update win; zoom only ever grows). Turning it off
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
        if (typeof value === 'number' && typeof now === 'number' && now > value) continue;
        out[key] = value;
      } else if (now === value) {
        const target = schema[key];
        if (target) out[key] = target.default;
      }
    }
  }
  return out;
}
