import { YilanGuide } from './guide.js';
import { define } from '../base/define.js';

define('yilan-guide', YilanGuide);

declare global {
  interface HTMLElementTagNameMap {
    'yilan-guide': YilanGuide;
  }
}
