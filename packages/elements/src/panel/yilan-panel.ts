import { YilanPanel } from './panel.js';
import { define } from '../base/define.js';
// The help and guide dialogs ship in the same chunk: all load on first use of the toolbar.
import '../help/yilan-help.js';
import '../guide/yilan-guide.js';

define('yilan-panel', YilanPanel);

declare global {
  interface HTMLElementTagNameMap {
    'yilan-panel': YilanPanel;
  }
}
