import { mount } from './mount.js';
import { optionsFromScript } from './options.js';

/**
 * The drop-in entry (dist/yilan.js). `document.currentScript` is only set while this file first
 * runs, so the script's folder is read now: chunks and cursor images load from beside it.
 */
const script = document.currentScript instanceof HTMLScriptElement ? document.currentScript : null;
const fromGlobal = window.YilanConfig;
const base = new URL('.', script?.src || document.baseURI);
mount(
  {
    ...optionsFromScript(script),
    ...(typeof fromGlobal === 'object' && fromGlobal ? fromGlobal : {}),
  },
  base,
);
