import { YilanPanel } from './panel.js';
import { define } from '../base/define.js';

define('yilan-panel', YilanPanel);

declare global {
  interface HTMLElementTagNameMap {
    'yilan-panel': YilanPanel;
  }
}
