import type { AnyFeature, FieldValues, SettingsOf } from '@yilan/core/feature/feature.js';
import type { Schema } from '@yilan/core/settings/schema.js';
import { toggle } from '@yilan/core/settings/schema.js';
import { elderMode } from '@yilan/features/elder-mode/elder-mode.feature.js';
import { colorScheme } from '@yilan/features/color-scheme/color-scheme.feature.js';
import { grayscale } from '@yilan/features/grayscale/grayscale.feature.js';
import { zoom } from '@yilan/features/zoom/zoom.feature.js';
import { largeCursor } from '@yilan/features/large-cursor/large-cursor.feature.js';
import { guideLines } from '@yilan/features/guide-lines/guide-lines.feature.js';
import { captionScreen } from '@yilan/features/caption-screen/caption-screen.feature.js';
import { focusRing } from '@yilan/features/focus-ring/focus-ring.feature.js';
import { regionGuide } from '@yilan/features/region-guide/region-guide.feature.js';
import {
  continuousReading,
  pointReading,
  speakFocus,
  speech,
  speechRate,
  speechVolume,
} from '@yilan/features/read-aloud/read-aloud.feature.js';
import { chineseConvert } from '@yilan/features/chinese-convert/chinese-convert.feature.js';
import { pinyinAnnotation } from '@yilan/features/pinyin/pinyin.feature.js';
import { captionPinyin } from '@yilan/features/pinyin/caption-pinyin.feature.js';
import { readingView } from '@yilan/features/reading-view/reading-view.feature.js';

/**
 * Every feature Yilan ships, in toolbar order. Adding a feature is a folder in
 * packages/features plus one line here. Kept as a tuple of the features' own types so that
 * `Settings` can be derived from it; code that walks the registry uses `REGISTRY`.
 */
const FEATURES = [
  elderMode,
  colorScheme,
  grayscale,
  zoom,
  largeCursor,
  guideLines,
  captionScreen,
  pointReading,
  continuousReading,
  speech,
  speechRate,
  speechVolume,
  speakFocus,
  chineseConvert,
  pinyinAnnotation,
  captionPinyin,
  readingView,
  focusRing,
  regionGuide,
] as const satisfies readonly AnyFeature[];

export const REGISTRY: readonly AnyFeature[] = FEATURES;

/** Settings that belong to the toolbar itself rather than to a feature. */
export const TOOLBAR_FIELDS = { open: toggle() } as const;

/**
 * Every setting Yilan has and the values each allows, derived from the registry: the type of
 * `Yilan.set()` and of the mode catalogue. A site that picks a subset of features (`data-features`)
 * has only that subset's settings, so `Yilan.get()` returns a `Partial<Settings>`.
 */
export type Settings = SettingsOf<(typeof FEATURES)[number]> & FieldValues<typeof TOOLBAR_FIELDS>;

/** Commands that belong to the toolbar itself rather than to a feature. */
export const TOOLBAR_SHORTCUTS = [
  { command: 'toggle-toolbar', code: 'KeyY' },
  { command: 'help', code: 'KeyH' },
  { command: 'guide', code: 'KeyG' },
] as const;

/** The store's schema for these features: each one's setting and further fields, and the toolbar's. */
export function schemaFor(features: readonly AnyFeature[]): Schema {
  return {
    ...Object.fromEntries(
      features.flatMap(f => [[f.setting, f.field], ...Object.entries(f.fields ?? {})]),
    ),
    ...TOOLBAR_FIELDS,
  };
}
