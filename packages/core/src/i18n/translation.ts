/**
 * Every string Yilan shows or speaks. Each locale file is typed by this interface, so a missing
 * key is a compile error. `{0}` marks an argument, inserted as text, never as HTML.
 */
export interface Translation {
  readonly $lang: string;
  readonly entry: string;
  readonly toolbar: string;
  readonly disclaimer: string;
  readonly close: string;
  readonly elder: string;
  readonly scheme: string;
  readonly schemeOptions: string;
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
  readonly cursorOptions: string;
  readonly 'cursor.off': string;
  readonly 'cursor.black': string;
  readonly 'cursor.white': string;
  readonly guides: string;
  readonly caption: string;
  readonly focus: string;
  readonly reset: string;
  readonly help: string;
  readonly helpTitle: string;
  readonly helpIntro: string;
  readonly helpKeys: string;
  readonly helpAction: string;
  readonly helpBrowserZoom: string;
  readonly helpShortcutsOff: string;
  readonly 'command.toggle-toolbar': string;
  readonly 'command.zoom-in': string;
  readonly 'command.zoom-out': string;
  readonly 'command.zoom-reset': string;
  readonly 'command.scheme': string;
  readonly 'command.elder': string;
  readonly 'command.help': string;
  readonly stateOn: string;
  readonly stateOff: string;
  readonly stateValue: string;
  readonly resetDone: string;
  readonly loadFailed: string;
}

export type TranslationKey = Exclude<keyof Translation, '$lang'>;

export const LOCALES = ['zh-CN', 'zh-TW', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
