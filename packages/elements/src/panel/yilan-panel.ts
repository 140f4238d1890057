import { YilanPanel } from './panel.js';
import { define } from '../base/define.js';
// The help dialog ships in the same chunk: both load on first use of the toolbar.
import '../help/yilan-help.js';

define('yilan-panel', YilanPanel);

declare global {
  interface HTMLElementTagNameMap {
    'yilan-panel': YilanPanel;
  }
}
