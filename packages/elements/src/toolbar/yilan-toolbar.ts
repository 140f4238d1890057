import { YilanToolbar } from './toolbar.js';
import { define } from '../base/define.js';

define('yilan-toolbar', YilanToolbar);

declare global {
  interface HTMLElementTagNameMap {
    'yilan-toolbar': YilanToolbar;
  }
}
