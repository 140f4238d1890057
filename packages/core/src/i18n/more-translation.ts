/**
 * Strings only the lazily loaded parts show (panel note, help, guide, region guide). Kept apart
 * from `Translation` so the start script carries only what it needs; equally typed: a missing
 * key is a compile error.
 */
export interface MoreTranslation {
  readonly disclaimer: string;
  readonly 'group.common': string;
  readonly 'group.see': string;
  readonly 'group.listen': string;
  readonly 'group.read': string;
  readonly 'group.help': string;
  readonly schemeOptions: string;
  readonly cursorOptions: string;
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
  readonly regionListHint: string;
  readonly regionNone: string;
  readonly regionPosition: string;
  readonly 'region.banner': string;
  readonly 'region.nav': string;
  readonly 'region.interaction': string;
  readonly 'region.list': string;
  readonly 'region.content': string;
  readonly 'region.service': string;
  readonly 'regionCount.banner': string;
  readonly 'regionCount.nav': string;
  readonly 'regionCount.interaction': string;
  readonly 'regionCount.list': string;
  readonly 'regionCount.content': string;
  readonly 'regionCount.service': string;
  readonly 'command.region-next': string;
  readonly 'command.region-previous': string;
  readonly 'command.region-list': string;
  readonly 'command.region-main': string;
  readonly 'command.guide': string;
  readonly guideTitle: string;
  readonly guideIntro: string;
  readonly guideSee: string;
  readonly guideSee1: string;
  readonly guideSee2: string;
  readonly guideSee3: string;
  readonly guideRead: string;
  readonly guideRead1: string;
  readonly guideRead2: string;
  readonly guideKeys: string;
  readonly guideKeys1: string;
  readonly guideKeys2: string;
  readonly guideKeys3: string;
  readonly helpRegions: string;
  readonly regionJoin: string;
  readonly regionAnnounce: string;
  readonly speechUnavailable: string;
  readonly noVoices: string;
  readonly voiceNow: string;
  readonly readingBar: string;
  readonly previousParagraph: string;
  readonly previousSentence: string;
  readonly pause: string;
  readonly resume: string;
  readonly nextSentence: string;
  readonly nextParagraph: string;
  readonly stopReading: string;
  readonly 'role.textbox': string;
  readonly 'role.password': string;
  readonly 'role.checkbox': string;
  readonly 'role.radio': string;
  readonly 'role.button': string;
  readonly 'role.combobox': string;
  readonly 'role.image': string;
  readonly 'role.link': string;
  readonly 'role.search': string;
  readonly 'role.searchButton': string;
  readonly 'state.checked': string;
  readonly 'state.unchecked': string;
  readonly 'command.read': string;
  readonly 'command.voice-next': string;
  readonly guideListen: string;
  readonly guideListen1: string;
  readonly guideListen2: string;
  readonly guideListen3: string;
  readonly readingViewTitle: string;
  readonly readingViewClose: string;
}

export type MoreKey = keyof MoreTranslation;

/**
 * Every command a shortcut or button can run, derived from the help's `command.*` strings: a
 * command without a description in the help is a compile error, not a crash when the help opens.
 */
export type CommandId =
  Extract<MoreKey, `command.${string}`> extends `command.${infer C}` ? C : never;
