/**
 * Every string Yilan shows or speaks. Each locale file is typed by this interface, so a missing
 * key is a compile error. `{0}` marks an argument, inserted as text, never as HTML.
 */
export interface Translation {
  readonly $lang: string;
  readonly entry: string;
  readonly toolbar: string;
  readonly close: string;
  readonly elder: string;
  readonly scheme: string;
  readonly 'scheme.default': string;
  readonly 'scheme.black-on-white': string;
  readonly 'scheme.white-on-black': string;
  readonly 'scheme.yellow-on-black': string;
  readonly 'scheme.black-on-yellow': string;
  readonly 'scheme.yellow-on-blue': string;
  readonly grayscale: string;
  readonly zoomIn: string;
  readonly zoomOut: string;
  readonly zoomReset: string;
  readonly zoomValue: string;
  readonly cursor: string;
  readonly 'cursor.off': string;
  readonly 'cursor.black': string;
  readonly 'cursor.white': string;
  readonly caption: string;
  readonly focus: string;
  readonly reset: string;
  readonly stateOn: string;
  readonly stateOff: string;
  readonly stateValue: string;
  readonly resetDone: string;
  readonly loadFailed: string;
  readonly regionList: string;
  readonly help: string;
  readonly guides: string;
  readonly regions: string;
  readonly skipToMain: string;
  readonly guide: string;
  readonly point: string;
  readonly reading: string;
  readonly speech: string;
  readonly voiceNext: string;
  readonly rate: string;
  readonly rateDown: string;
  readonly rateUp: string;
  readonly rateValue: string;
  readonly volume: string;
  readonly volumeDown: string;
  readonly volumeUp: string;
  readonly volumeValue: string;
  readonly speakFocus: string;
  readonly traditional: string;
  readonly captionPinyin: string;
  readonly pinyin: string;
  readonly readingView: string;
}

export type TranslationKey = Exclude<keyof Translation, '$lang'>;

export const LOCALES = ['zh-CN', 'zh-TW', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
