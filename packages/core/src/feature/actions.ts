import type { AnyFeature, ShortcutAction } from './feature.js';
import type { Value } from '../settings/schema.js';
import type { SettingsStore } from '../settings/settings-store.js';
import { plainCopy } from '../settings/settings-store.js';
import { expandPresets } from '../settings/presets.js';

/**
 * The value a feature moves to for an action. `toggle` flips a boolean, or switches a choice
 * between its default and the last value chosen; `next`/`previous` step through the levels and
 * stop at the ends; `first` returns to the default.
 */
export function nextValue(
  feature: AnyFeature,
  action: ShortcutAction,
  store: SettingsStore,
): Value {
  const { values, default: fallback } = feature.field;
  const current = store.get()[feature.setting] ?? fallback;
  const index = values.indexOf(current);
  switch (action) {
    case 'toggle':
      if (typeof fallback === 'boolean') return !current;
      if (current !== fallback) return fallback;
      return store.lastChoice(feature.setting) ?? feature.firstChoice ?? values[1] ?? fallback;
    case 'next':
      return values[Math.min(values.length - 1, index + 1)] ?? current;
    case 'previous':
      return values[Math.max(0, index - 1)] ?? current;
    case 'first':
      return fallback;
  }
}

/** Set values through the store, switching presets (elder mode) together with their owner. */
export function setWithPresets(
  store: SettingsStore,
  features: readonly AnyFeature[],
  partial: Readonly<Record<string, unknown>>,
): string[] {
  const copy = plainCopy(partial);
  if (!copy) return store.set(partial);
  return store.set(expandPresets(copy, store.get(), features, store.schema));
}

/** Run an action on a feature; returns the keys that changed. */
export function runAction(
  store: SettingsStore,
  features: readonly AnyFeature[],
  feature: AnyFeature,
  action: ShortcutAction,
): string[] {
  return setWithPresets(store, features, { [feature.setting]: nextValue(feature, action, store) });
}
