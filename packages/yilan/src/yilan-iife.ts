import { warn } from '@yilan/core/warn/warn.js';
import { mount } from './mount.js';
import { optionsFromScript, withConfig } from './options.js';

/**
 * The drop-in entry (dist/yilan.js). `document.currentScript` is only set while this file first
 * runs, so the script's folder is read now: chunks and cursor images load from beside it. Both are
 * read through the prototypes' own getters: on `document`, a page's `<img name="currentScript">`
 * or `<form name="baseURI">` shadows the real property.
 */
const own = <T>(proto: object, name: string, self: object): T | undefined =>
  Object.getOwnPropertyDescriptor(proto, name)?.get?.call(self) as T | undefined;
const current = own<unknown>(Document.prototype, 'currentScript', document);
const script = current instanceof HTMLScriptElement ? current : null;
const baseURI = own<string>(Node.prototype, 'baseURI', document) ?? location.href;

let config: unknown;
try {
  config = window.YilanConfig;
} catch (error) {
  warn('bad-option', `YilanConfig could not be read (${String(error)}); using defaults`);
}
mount(withConfig(optionsFromScript(script), config, warn), new URL('.', script?.src || baseURI));
