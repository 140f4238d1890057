import { mount as mountAt, VERSION } from './mount.js';
import type { YilanOptions } from './options.js';
import type { YilanApi } from './facade.js';
import type { Settings } from './registry.js';

// facade.js also declares `window.Yilan` and `window.YilanConfig` for importers of these types.
export type { YilanOptions, YilanApi, Settings };
export { VERSION };

/**
 * Start Yilan from a bundle: `import { mount } from 'yilan'; mount({ lang: 'en' })`. Chunks and
 * cursor images load from the folder of this module unless `base` names another.
 */
export function mount(options?: YilanOptions): YilanApi | undefined {
  // Read into a variable first: Vite treats `new URL(x, import.meta.url)` as an asset to bundle.
  const here = import.meta.url;
  return mountAt(options, new URL('.', here));
}
