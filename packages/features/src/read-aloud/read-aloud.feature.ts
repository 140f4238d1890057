import type { FeatureContext, FeatureDefinition } from '@yilan/core/feature/feature.js';
import { freeText, oneOf, toggle } from '@yilan/core/settings/schema.js';
import type * as Impl from './read-aloud.impl.js';

declare module '@yilan/core/feature/feature.js' {
  interface Chunks {
    'read-aloud': typeof Impl;
  }
}

const impl = (context: FeatureContext): Promise<typeof Impl> => context.loadChunk('read-aloud');

/** Settings that only tune the speaker: it reads them when it speaks, nothing to apply. */
const nothing = (): (() => void) => () => undefined;

export const RATES = [0.5, 0.75, 1, 1.25, 1.5, 1.75, 2] as const;
export const VOLUMES = [0.2, 0.4, 0.6, 0.8, 1] as const;

/** 指读: what the pointer rests on or the keyboard focuses is read at once. */
export const pointReading = {
  id: 'point-reading',
  setting: 'point',
  label: 'point',
  control: 'toggle',
  field: toggle(),
  apply: async context => (await impl(context)).partsFor(context).point.use('hover'),
} as const satisfies FeatureDefinition<boolean>;

/** 连读: the page read in order with the sentence highlighted. Never restarts by itself. */
export const continuousReading = {
  id: 'continuous-reading',
  setting: 'reading',
  label: 'reading',
  control: 'toggle',
  field: { ...toggle(), transient: true },
  shortcuts: [
    {
      command: 'read',
      code: 'KeyR',
      run: async context => (await impl(context)).toggleReading(context),
    },
  ],
  apply: async context => (await impl(context)).startReading(context),
} as const satisfies FeatureDefinition<boolean>;

/** 语音: the voice on or off (off: reading still highlights and feeds the caption screen). */
export const speech = {
  id: 'speech',
  setting: 'speech',
  label: 'speech',
  control: 'toggle',
  field: { values: [false, true], default: true },
  fields: { voiceName: freeText(200) },
  buttons: [{ label: 'voiceNext', command: 'voice-next' }],
  shortcuts: [
    {
      command: 'voice-next',
      code: '',
      run: async context => (await impl(context)).nextVoice(context),
    },
  ],
  apply: nothing,
} as const satisfies FeatureDefinition<boolean>;

/** 语速: 0.5× to 2×. Elder mode starts at 0.75×. */
export const speechRate = {
  id: 'speech-rate',
  setting: 'rate',
  label: 'rate',
  control: 'stepper',
  field: oneOf(RATES, 1),
  valueLabels: { decrease: 'rateDown', increase: 'rateUp', value: 'rateValue' },
  format: value => `${value}×`,
  apply: nothing,
} as const satisfies FeatureDefinition<number>;

/** 音量. */
export const speechVolume = {
  id: 'speech-volume',
  setting: 'volume',
  label: 'volume',
  control: 'stepper',
  field: oneOf(VOLUMES, 1),
  valueLabels: { decrease: 'volumeDown', increase: 'volumeUp', value: 'volumeValue' },
  format: value => `${Math.round(value * 100)}%`,
  apply: nothing,
} as const satisfies FeatureDefinition<number>;

/**
 * Self-voicing: the focused element is said with its kind and state, for blind users without a
 * screen reader. Off by default: with a screen reader running, it would be heard twice.
 */
export const speakFocus = {
  id: 'speak-focus',
  setting: 'speakFocus',
  label: 'speakFocus',
  control: 'toggle',
  field: toggle(),
  apply: async context => (await impl(context)).partsFor(context).point.use('focus'),
} as const satisfies FeatureDefinition<boolean>;
