import { describe, expect, it } from 'vitest';
import { wholeText } from './spoken-text.js';
import type { RoleWords } from './spoken-text.js';

const words: RoleWords = {
  textbox: '编辑框',
  password: '密码框',
  checkbox: '复选框',
  radio: '单选按钮',
  button: '按钮',
  combobox: '下拉列表',
  image: '图片',
  link: '链接',
  search: '搜索框',
  searchButton: '搜索按钮',
  checked: '已选中',
  unchecked: '未选中',
};

const say = (html: string, selector: string): string => {
  document.body.innerHTML = html;
  return wholeText(document.querySelector(selector)!, words);
};

describe('unnamed fields (dom-accessibility-api gives no name from a placeholder)', () => {
  it('reads a search box by its placeholder', () => {
    expect(
      say('<form action="/search"><input name="q" placeholder="请输入关键字"></form>', 'input'),
    ).toBe('请输入关键字，搜索框');
  });

  it('says 搜索框 for a search field with neither label nor placeholder, and 搜索按钮 for its icon button', () => {
    const html =
      '<form action="/s.jsp"><input id="kw" name="kw"><button><i class="icon"></i></button></form>';
    expect(say(html, 'input')).toBe('搜索框');
    expect(say(html, 'button')).toBe('搜索按钮');
  });

  it('keeps a label or title first, and an ordinary unnamed field stays an 编辑框', () => {
    expect(say('<label>姓名<input name="name"></label>', 'input')).toBe('姓名，编辑框');
    expect(say('<input type="search" title="站内搜索">', 'input')).toBe('站内搜索，搜索框');
    expect(say('<input name="phone">', 'input')).toBe('编辑框');
  });
});
