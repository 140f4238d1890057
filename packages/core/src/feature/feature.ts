import type { FieldSpec, Value } from '../settings/schema.js';
import type { SettingsStore } from '../settings/settings-store.js';
import type { Translate } from '../i18n/translate.js';
import type { Locale, TranslationKey } from '../i18n/translation.js';
import type { CommandId, MoreKey } from '../i18n/more-translation.js';
import type { WarnFn } from '../warn/warn.js';

/** Undoes exactly what an apply did. */
export type Disposer = () => void;

/** What apply may return: a disposer, or a handle that can also follow a new value in place. */
export type Applied<V extends Value = Value> =
  Disposer | { update(value: V): void; dispose(): void };

/** How the toolbar presents a feature. */
export const CONTROL_KINDS = ['toggle', 'stepper', 'choice'] as const;
export type ControlKind = (typeof CONTROL_KINDS)[number];

/** What a feature may touch. Handed in by the composition root; features never reach for globals. */
export interface FeatureContext {
  readonly document: Document;
  readonly store: SettingsStore;
  /** The folder yilan.js was loaded from: cursor images and chunks resolve against it. */
  readonly base: URL;
  readonly warn: WarnFn;
  readonly t: Translate;
  /** Yilan's language, for chunks that bring their own strings (`moreTranslator`). */
  readonly locale: Locale;
  /** Yilan's own overlay layer (an open shadow root outside the page's semantics). */
  readonly layer: () => ShadowRoot;
  /** True for nodes that belong to Yilan's UI, which features must never read or restyle. */
  readonly isOwnUi: (node: Node) => boolean;
  /** Import a lazily loaded implementation chunk by name (e.g. "guide-lines"), typed by `Chunks`. */
  readonly loadChunk: <K extends keyof Chunks>(name: K) => Promise<Chunks[K]>;
  /** Say something through Yilan's polite live region (never steals focus). */
  readonly announce: (text: string) => void;
  /** Region selectors a site gave in its options (`regions: { nav: '#menu' }`). */
  readonly regionSelectors?: Readonly<Record<string, string>>;
  /** A lasting line in the toolbar (why speech is unavailable); empty text removes it. */
  readonly notice?: (text: string) => void;
  /** Switch Yilan's own UI to another of its languages; undefined restores the one it started in. */
  readonly setLanguage?: (locale?: Locale) => void;
  /** The site's speech options (`data-tts`, `data-tts-endpoint`). */
  readonly speech?: SpeechOptions;
}

/**
 * The chunks loaded on first use, by name (the file in dist/chunks/, one per `*.impl.ts` plus the
 * toolbar's panel), and what each exports. Empty here: the package that owns a chunk declares it,
 * next to the code that loads it, as each element declares its tag in HTMLElementTagNameMap:
 *
 *     declare module '@yilan/core/feature/feature.js' {
 *       interface Chunks { 'guide-lines': typeof Impl }
 *     }
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by declaration merging
export interface Chunks {}

/** Which speech engines a site allows, in order, and its own TTS endpoint. */
export interface SpeechOptions {
  readonly engines: readonly string[];
  readonly endpoint?: string;
}

/**
 * A feature as data (axe-core's rules-as-data): id, label, values, default, shortcuts and a small
 * apply function. The toolbar renders whatever the registry holds.
 */
export interface FeatureDefinition<V extends Value = Value> {
  /** kebab-case; also the folder name. */
  readonly id: string;
  /** Settings key; the root attribute is `data-yilan-<setting>`. */
  readonly setting: string;
  readonly label: TranslationKey;
  readonly control: ControlKind;
  readonly field: FieldSpec<V>;
  /** For choice controls: the label of each value. For steppers: the decrease/increase labels. */
  readonly valueLabels?: Readonly<Record<string, TranslationKey>>;
  /** For choice controls: the value the toggle turns on before the user has picked one. */
  readonly firstChoice?: V;
  /** Label of a choice control's variant list button (shown only by the lazily loaded panel). */
  readonly optionsLabel?: MoreKey;
  /** For steppers: how to show a value (e.g. "150%"). */
  format?(value: V): string;
  /** Further settings this feature owns that have no control of their own (a voice's name). */
  readonly fields?: Readonly<Record<string, FieldSpec>>;
  /** Other settings switched together with this one (elder mode's preset). */
  readonly preset?: Readonly<Record<string, Value>>;
  /** Shortcuts as data: command id, default key and what it does to this setting. */
  readonly shortcuts?: readonly FeatureShortcut[];
  /** Extra toolbar buttons that run one of this feature's commands (e.g. 区域列表). */
  readonly buttons?: readonly { readonly label: TranslationKey; readonly command: CommandId }[];
  isSupported?(doc: Document): boolean;
  /** A section for the keyboard help about this page (the region guide lists the regions found). */
  helpSection?(context: FeatureContext): Promise<{ title: string; items: readonly string[] }>;
  /** Called when the value leaves the default; the result undoes it when it returns. */
  apply(context: FeatureContext, value: V): Applied<V> | Promise<Applied<V>>;
}

export const SHORTCUT_ACTIONS = ['toggle', 'next', 'previous', 'first'] as const;
export type ShortcutAction = (typeof SHORTCUT_ACTIONS)[number];

/** A shortcut that changes the feature's setting. */
export interface SettingShortcut {
  readonly command: CommandId;
  readonly code: string;
  readonly action: ShortcutAction;
}

/** A shortcut that runs something (jump to the next region, open a list). */
export interface CommandShortcut {
  readonly command: CommandId;
  readonly code: string;
  run(context: FeatureContext): void | Promise<void>;
}

export type FeatureShortcut = SettingShortcut | CommandShortcut;

export function isSettingShortcut(shortcut: FeatureShortcut): shortcut is SettingShortcut {
  return 'action' in shortcut;
}

/**
 * A definition of any value type. The methods above are declared as methods (bivariant) on purpose,
 * so a `FeatureDefinition<boolean>` fits a registry of mixed features without `any`.
 */
export type AnyFeature = FeatureDefinition<Value>;

/** The value type a field spec allows (`FieldSpec<150 | 200>` → `150 | 200`). */
export type FieldValue<F> = F extends FieldSpec<infer V> ? V : never;

/** `{ key: FieldSpec<V> }` → `{ key: V }`. */
export type FieldValues<Fields> = { readonly [K in keyof Fields]: FieldValue<Fields[K]> };

/**
 * The settings a set of features owns, keyed by setting name, each typed by its field: derived
 * from features declared `as const satisfies FeatureDefinition<…>` (their `setting` stays a
 * literal), so renaming a setting in its feature folder renames it here, and in every caller.
 */
export type SettingsOf<F extends AnyFeature> = {
  readonly [D in F as D['setting']]: FieldValue<D['field']>;
} & UnionToIntersection<F extends { readonly fields: infer Fields } ? FieldValues<Fields> : never>;

type UnionToIntersection<U> = (U extends unknown ? (u: U) => void : never) extends (
  i: infer I,
) => void
  ? I
  : never;
