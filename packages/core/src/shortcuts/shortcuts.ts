import type { CommandId } from '../i18n/more-translation.js';

/**
 * Yilan's chord scheme: one modifier pair (the "Yilan key") plus a physical key. Alt+Shift on
 * Windows, Linux and ChromeOS; Control+Shift on macOS, where Option+letter types characters.
 * Single printable keys are never global shortcuts (WCAG 2.1.4).
 */
export interface Shortcut {
  /** Command id, e.g. "zoom-in". Stable: it is the name used to remap or switch a shortcut off. */
  readonly command: CommandId;
  /** `KeyboardEvent.code` of the physical key, so layouts and IMEs do not change the chord. */
  readonly code: string;
}

export type ShortcutOverrides = Readonly<Record<string, string>>;

export function isMacPlatform(nav: Navigator = navigator): boolean {
  const platform =
    (nav as Navigator & { userAgentData?: { platform?: string } }).userAgentData?.platform ??
    nav.platform ??
    '';
  return /mac|iphone|ipad|ipod/i.test(platform);
}

/** True when the event is the Yilan chord with `code` and nothing else held. */
export function matchesChord(event: KeyboardEvent, code: string, mac: boolean): boolean {
  // keyCode 229 is what Chromium reports for keys that go to an IME composition window.
  if (event.isComposing || event.keyCode === 229) return false;
  if (event.code !== code || !event.shiftKey || event.metaKey) return false;
  return mac ? event.ctrlKey && !event.altKey : event.altKey && !event.ctrlKey;
}

/** The element the key really went to, looking through open shadow roots. */
export function eventTarget(event: Event): Element | null {
  const first = event.composedPath()[0];
  return first instanceof Element ? first : null;
}

/** Text fields, selects and contenteditable hosts: a chord typed there belongs to the page. */
export function isEditable(el: Element | null): boolean {
  if (!el) return false;
  if (el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement) return true;
  if (el instanceof HTMLInputElement) {
    return ![
      'button',
      'submit',
      'reset',
      'checkbox',
      'radio',
      'range',
      'color',
      'image',
      'file',
    ].includes(el.type);
  }
  return el instanceof HTMLElement && el.isContentEditable;
}

const CODE_LABELS: Readonly<Record<string, string>> = {
  Equal: '=',
  Minus: '-',
  Slash: '/',
  Period: '.',
  Comma: ',',
  BracketLeft: '[',
  BracketRight: ']',
};

/** Human label of a code: KeyY → Y, Digit0 → 0, Equal → =. */
export function keyLabel(code: string): string {
  if (/^Key[A-Z]$/.test(code)) return code.slice(3);
  if (/^Digit\d$/.test(code)) return code.slice(5);
  return CODE_LABELS[code] ?? code;
}

/**
 * "Alt+Shift+Y". With the reader's keyboard layout map (`navigator.keyboard.getLayoutMap()`), the
 * key is named as printed on their keyboard (Z on a German layout for KeyY).
 */
export function chordLabel(
  code: string,
  mac: boolean,
  layout?: ReadonlyMap<string, string>,
): string {
  const printed = layout?.get(code);
  const key = printed && printed.trim() ? printed.toUpperCase() : keyLabel(code);
  return `${mac ? 'Control+Shift' : 'Alt+Shift'}+${key}`;
}

/** The `aria-keyshortcuts` value of a chord (its own syntax: modifiers then key, joined by +). */
export function ariaShortcut(code: string, mac: boolean): string {
  const key = keyLabel(code);
  const named = key === '=' ? 'Equal' : key === '-' ? 'Minus' : key;
  return `${mac ? 'Control+Shift' : 'Alt+Shift'}+${named}`;
}

/** Accepts "KeyY", "y", "Y", "0", "=", "-" and returns a `code`, or undefined. */
export function toCode(text: string): string | undefined {
  const t = text.trim();
  if (/^(Key[A-Z]|Digit\d|Equal|Minus|Slash|Period|Comma|BracketLeft|BracketRight)$/.test(t))
    return t;
  if (/^[a-z]$/i.test(t)) return `Key${t.toUpperCase()}`;
  if (/^\d$/.test(t)) return `Digit${t}`;
  const entry = Object.entries(CODE_LABELS).find(([, label]) => label === t);
  return entry?.[0];
}

/**
 * Resolve the active shortcuts: defaults, then overrides (`"off"` removes one). When two commands
 * end on the same key the later one is dropped, and reported through `onConflict`.
 */
export function resolveShortcuts(
  defaults: readonly Shortcut[],
  overrides: ShortcutOverrides,
  onConflict: (command: string, code: string) => void,
): Shortcut[] {
  const out: Shortcut[] = [];
  const used = new Set<string>();
  for (const { command, code } of defaults) {
    const override = Object.hasOwn(overrides, command) ? overrides[command] : undefined;
    const next = override === undefined ? code : override === 'off' ? undefined : toCode(override);
    if (!next) continue;
    if (used.has(next)) {
      onConflict(command, next);
      continue;
    }
    used.add(next);
    out.push({ command, code: next });
  }
  return out;
}
