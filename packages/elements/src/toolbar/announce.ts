import type { AnyFeature } from '@yilan/core/feature/feature.js';
import type { Translate } from '@yilan/core/i18n/translate.js';
import type { Value } from '@yilan/core/settings/schema.js';

/** What a screen reader hears after a feature changed: "长辈版：已打开", "页面缩放 150%". */
export function announceFor(t: Translate, feature: AnyFeature, value: Value | undefined): string {
  if (feature.control === 'toggle')
    return t(value === true ? 'stateOn' : 'stateOff', t(feature.label));
  if (feature.control === 'stepper') {
    const label = feature.valueLabels?.value;
    const shown = value === undefined ? '' : (feature.format?.(value) ?? String(value));
    return label ? t(label, shown) : shown;
  }
  const key = feature.valueLabels?.[String(value)];
  return t('stateValue', t(feature.label), key ? t(key) : String(value));
}
