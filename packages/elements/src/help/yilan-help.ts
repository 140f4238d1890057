import { YilanHelp } from './help.js';
import { define } from '../base/define.js';

define('yilan-help', YilanHelp);

declare global {
  interface HTMLElementTagNameMap {
    'yilan-help': YilanHelp;
  }
}
