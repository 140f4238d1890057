import type { WarnFn } from '@yilan/core/warn/warn.js';
import { describe, plainCopy } from '@yilan/core/settings/settings-store.js';
import { isLocaleTag } from '@yilan/core/i18n/translate.js';
import { coerce, toggle } from '@yilan/core/settings/schema.js';
import { toCode } from '@yilan/core/shortcuts/shortcuts.js';
import type { ShortcutOverrides } from '@yilan/core/shortcuts/shortcuts.js';
import type { AnyFeature, SpeechOptions } from '@yilan/core/feature/feature.js';

/** Options a site may give, as data-* attributes on the script tag or as a JS object. */
export interface YilanOptions {
  /** zh-CN, zh-TW or en; by default the page's `lang`. */
  lang?: string;
  /** Where the open toolbar sits. */
  position?: 'top' | 'bottom';
  /** Feature ids or setting names to offer, e.g. "zoom,color-scheme" (default: all). */
  features?: string | readonly string[];
  /** Open the toolbar when the page loads. */
  open?: boolean | string;
  /** "off" switches every shortcut off; "zoom-in:KeyZ,help:off" remaps or removes single ones. */
  shortcuts?: string | Readonly<Record<string, string>>;
  /** localStorage key (default "yilan"). */
  storageKey?: string;
  /** Folder for chunks and cursor images (default: the folder of yilan.js). */
  base?: string;
  /**
   * Where a page's regions are when landmarks and heuristics guess wrong: an object of region
   * kind → CSS selector, or as an attribute "nav:#menu; content:.article".
   */
  regions?: string | Readonly<Record<string, string>>;
  /**
   * Speech engines to try, in order: "browser" (Web Speech), "http" (the site's endpoint),
   * "espeak" (the optional offline engine, only when listed), "off". Default "browser,http".
   */
  tts?: string | readonly string[];
  /** The site's text-to-speech endpoint (same origin): POST text, get audio back. */
  ttsEndpoint?: string;
}

export interface ResolvedOptions {
  lang: string | undefined;
  position: 'top' | 'bottom';
  features: readonly AnyFeature[];
  open: boolean;
  shortcutsOff: boolean;
  shortcuts: ShortcutOverrides;
  storageKey: string;
  base: string | undefined;
  regions: Readonly<Record<string, string>>;
  speech: SpeechOptions;
}

/** Every option's name, as a `data-*` attribute (camelCase here) or a YilanConfig field. */
export const KNOWN = [
  'lang',
  'position',
  'features',
  'open',
  'shortcuts',
  'storageKey',
  'base',
  'regions',
  'tts',
  'ttsEndpoint',
];
const ENGINES = ['browser', 'http', 'espeak', 'off'];
const REGION_KINDS = ['banner', 'nav', 'interaction', 'list', 'content', 'service'];

/** Read the data-* attributes Yilan understands from its own script tag. */
export function optionsFromScript(script: HTMLScriptElement | null): YilanOptions {
  if (!script) return {};
  const out: Record<string, string> = {};
  for (const key of KNOWN) {
    const value = script.dataset[key];
    if (value !== undefined) out[key] = value;
  }
  return out;
}

/**
 * The script tag's options overlaid by the page's `window.YilanConfig`, read key by key: a
 * throwing getter loses only its own key, with a warning. An element the page happens to call
 * YilanConfig (`<div id="YilanConfig">` is a global too) is not a configuration.
 */
export function withConfig(fromScript: YilanOptions, config: unknown, warn: WarnFn): YilanOptions {
  if (config === undefined || config === null) return fromScript;
  const node = (config as { nodeType?: unknown }).nodeType;
  if (typeof config !== 'object' || typeof node === 'number') {
    warn('bad-option', `YilanConfig must be an object, got ${describe(config)}; ignored`);
    return fromScript;
  }
  const out: Record<string, unknown> = { ...fromScript };
  for (const key of KNOWN) {
    try {
      if (key in config) out[key] = (config as Record<string, unknown>)[key];
    } catch (error) {
      warn('bad-option', `YilanConfig.${key} could not be read (${String(error)}); ignored`);
    }
  }
  return out;
}

/**
 * Validate options field by field. Anything malformed is reported with its name and the default
 * used instead; nothing here throws, whatever a page passes.
 */
export function resolveOptions(
  input: unknown,
  registry: readonly AnyFeature[],
  warn: WarnFn,
): ResolvedOptions {
  let raw: Record<string, unknown> = {};
  if (typeof input === 'object' && input !== null) {
    try {
      // Copy once: a hostile object (throwing getters, a Proxy) fails here, not halfway through.
      raw = Object.fromEntries(
        KNOWN.filter(k => k in input).map(k => [k, (input as Record<string, unknown>)[k]]),
      );
      // Lists and maps inside are copied too, one field at a time: a bad one loses only itself.
      for (const [key, value] of Object.entries(raw)) {
        if (typeof value !== 'object' || value === null) continue;
        try {
          raw[key] = Array.isArray(value) ? Array.from(value as unknown[]) : plainCopy(value);
        } catch {
          raw[key] = undefined;
        }
        if (raw[key] === undefined) {
          warn('bad-option', `${key} could not be read; using its default`);
          delete raw[key];
        }
      }
    } catch (error) {
      warn('bad-option', `options could not be read (${String(error)}); using defaults`);
    }
  } else if (input !== undefined) {
    warn('bad-option', `options must be an object, got ${describe(input)}; using defaults`);
  }
  const bad = (name: string, value: unknown, fallback: string): void =>
    warn('bad-option', `${name}=${describe(value)} is not valid; using ${fallback}`);
  const text = (name: string): string | undefined => {
    const value = raw[name];
    if (value === undefined) return undefined;
    if (typeof value === 'string') return value.trim();
    bad(name, value, 'the default');
    return undefined;
  };

  let lang = text('lang');
  if (lang !== undefined && !isLocaleTag(lang)) {
    bad('data-lang', lang, "the page's language");
    lang = undefined;
  }

  let position: 'top' | 'bottom' = 'top';
  const pos = text('position');
  if (pos === 'top' || pos === 'bottom') position = pos;
  else if (pos !== undefined) bad('data-position', pos, 'top');

  let features = registry;
  const list = raw.features;
  if (list !== undefined) {
    const names =
      typeof list === 'string' ? list.split(/[\s,]+/) : Array.isArray(list) ? list : null;
    if (!names) bad('data-features', list, 'all features');
    else {
      const wanted = names
        .filter((n): n is string => typeof n === 'string' && n.trim() !== '')
        .map(n => n.trim());
      for (const name of wanted) {
        if (!registry.some(f => f.id === name || f.setting === name))
          warn('bad-option', `data-features: unknown feature "${name}"; ignored`);
      }
      const picked = registry.filter(f => wanted.includes(f.id) || wanted.includes(f.setting));
      if (picked.length) features = picked;
      else bad('data-features', list, 'all features');
    }
  }

  let open = false;
  if (raw.open !== undefined) {
    const value = coerce(toggle(), raw.open);
    if (typeof value === 'boolean') open = value;
    else bad('data-open', raw.open, 'closed');
  }

  let shortcutsOff = false;
  const shortcuts: Record<string, string> = {};
  const keys = raw.shortcuts;
  if (typeof keys === 'string') {
    const t = keys.trim().toLowerCase();
    if (t === 'off' || t === 'false' || t === 'none') shortcutsOff = true;
    else if (t !== '' && t !== 'on' && t !== 'true') parsePairs(keys, shortcuts, warn);
  } else if (typeof keys === 'object' && keys !== null && !Array.isArray(keys)) {
    for (const [command, code] of Object.entries(keys)) addPair(command, code, shortcuts, warn);
  } else if (keys !== undefined) bad('data-shortcuts', keys, 'the default shortcuts');

  let storageKey = text('storageKey') ?? 'yilan';
  if (!/^[\w.:-]{1,64}$/.test(storageKey)) {
    bad('data-storage-key', storageKey, '"yilan"');
    storageKey = 'yilan';
  }

  const regions: Record<string, string> = {};
  const rawRegions = raw.regions;
  const pairs: [string, unknown][] =
    typeof rawRegions === 'string'
      ? rawRegions.split(';').map(p => {
          const at = p.indexOf(':');
          return [p.slice(0, Math.max(0, at)).trim(), p.slice(at + 1).trim()];
        })
      : typeof rawRegions === 'object' && rawRegions !== null
        ? Object.entries(rawRegions)
        : [];
  if (rawRegions !== undefined && !pairs.length)
    bad('data-regions', rawRegions, 'no region selectors');
  for (const [kind, selector] of pairs) {
    if (!kind && !selector) continue;
    if (!REGION_KINDS.includes(kind) || typeof selector !== 'string' || !validSelector(selector)) {
      warn(
        'bad-option',
        `data-regions: ${kind}=${describe(selector)} is not a region kind with a valid selector; ignored`,
      );
      continue;
    }
    regions[kind] = selector;
  }

  return {
    speech: resolveSpeech(raw.tts, text('ttsEndpoint'), bad, warn),
    lang,
    position,
    features,
    open,
    shortcutsOff,
    shortcuts,
    storageKey,
    base: text('base'),
    regions,
  };
}

function resolveSpeech(
  tts: unknown,
  endpoint: string | undefined,
  bad: (name: string, value: unknown, fallback: string) => void,
  warn: WarnFn,
): SpeechOptions {
  let engines = ['browser', 'http'];
  if (tts !== undefined) {
    const names =
      typeof tts === 'string' ? tts.split(/[\s,]+/) : Array.isArray(tts) ? (tts as unknown[]) : [];
    const picked = names.filter((n): n is string => typeof n === 'string' && ENGINES.includes(n));
    if (picked.length !== names.filter(n => n !== '').length || !picked.length)
      bad('data-tts', tts, picked.length ? picked.join(',') : 'browser,http');
    if (picked.length) engines = picked.includes('off') ? [] : picked;
  }
  if (endpoint === undefined || endpoint === '') return { engines };
  try {
    const url = new URL(endpoint, document.baseURI);
    // Text a reader points at must not leave for another site without the site saying so in code.
    if (url.origin !== location.origin) {
      warn('bad-option', `data-tts-endpoint ${endpoint} is not on this site; speech stays local`);
      return { engines };
    }
    return { engines, endpoint: url.href };
  } catch {
    bad('data-tts-endpoint', endpoint, 'no endpoint');
    return { engines };
  }
}

function validSelector(selector: string): boolean {
  try {
    document.createDocumentFragment().querySelector(selector);
    return selector.trim() !== '';
  } catch {
    return false;
  }
}

function parsePairs(text: string, out: Record<string, string>, warn: WarnFn): void {
  for (const pair of text.split(',')) {
    const [command, code] = pair.split(':').map(s => s.trim());
    if (!command) continue;
    addPair(command, code, out, warn);
  }
}

function addPair(command: string, code: unknown, out: Record<string, string>, warn: WarnFn): void {
  if (code === 'off' || (typeof code === 'string' && toCode(code))) out[command] = code;
  else
    warn(
      'bad-option',
      `data-shortcuts: ${command}=${describe(code)} is not a key; kept its default`,
    );
}
