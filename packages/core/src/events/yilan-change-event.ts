import type { Settings } from '../settings/schema.js';

export interface YilanChangeDetail {
  /** Every setting after the change. */
  readonly settings: Settings;
  /** The keys whose value changed. */
  readonly changed: readonly string[];
}

/**
 * Fired on `document` after every settings change, whether it came from the toolbar, a shortcut,
 * `Yilan.set()` or another tab, so sites can follow Yilan's modes in their own scripts.
 */
export class YilanChangeEvent extends CustomEvent<YilanChangeDetail> {
  static readonly type = 'yilan:change';

  constructor(detail: YilanChangeDetail) {
    super(YilanChangeEvent.type, { detail, bubbles: false, composed: false });
  }
}

declare global {
  interface DocumentEventMap {
    'yilan:change': YilanChangeEvent;
  }
  interface GlobalEventHandlersEventMap {
    'yilan:change': YilanChangeEvent;
  }
}
