import { beforeEach, describe, expect, it } from 'vitest';
import { ReadingOrder, rangeOf } from './reading-order.js';
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

const order = () =>
  new ReadingOrder({
    isOwnUi: node => node instanceof Element && node.id === 'yilan',
    describe: el => wholeText(el, words),
    pageLang: 'zh-CN',
  });

const texts = (root: Element) =>
  Array.from(order().all(root), p => p.text.replace(/\s+/g, ' ').trim());

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('ReadingOrder', () => {
  it('reads blocks in order, inline content joined, hidden content and Yilan skipped', () => {
    document.body.innerHTML = `<main><h1>标题</h1><p>正文<a href="#">链接</a>结束。</p>
      <p hidden>隐藏</p><p aria-hidden="true">读屏隐藏</p><p style="display:none">不显示</p>
      <div id="yilan">工具条</div><ul><li>一</li><li>二</li></ul>
      <p><img src="a.png" alt="市徽"><img src="b.png" alt=""></p></main>`;
    expect(texts(document.body)).toEqual(['标题', '正文链接结束。', '一', '二', '市徽']);
  });

  it('reads data tables row by row with their headers', () => {
    document.body.innerHTML = `<table><tr><th>年龄</th><th>金额</th></tr>
      <tr><td>80 岁</td><td><p>100 元</p></td></tr></table>`;
    expect(texts(document.body)).toEqual(['年龄，金额', '年龄：80 岁，金额：100 元']);
  });

  it('says controls by label, kind and state, and never a password', () => {
    document.body.innerHTML = `<p><label for="n">姓名</label><input id="n" value="张三"></p>
      <p><label for="s">密码</label><input id="s" type="password" value="hunter2"></p>
      <p><label><input type="checkbox" checked>同意</label></p>`;
    const all = texts(document.body);
    expect(all).toEqual(['姓名，编辑框，张三', '密码，密码框', '同意，复选框，已选中']);
    expect(all.join()).not.toContain('hunter2');
  });

  it('starts at the block holding a node and maps sentences back to text ranges', () => {
    document.body.innerHTML = `<p>前面。</p><p id="p">第一句。第二句<b>加粗</b>。</p><p>后面。</p>`;
    const start = document.querySelector('b')!.firstChild!;
    const paragraphs = Array.from(order().from(start, document.body));
    expect(paragraphs.map(p => p.text)).toEqual(['第一句。第二句加粗。', '后面。']);
    const first = paragraphs[0]!;
    const range = rangeOf(first, 4, first.text.length)!;
    expect(range.toString()).toBe('第二句加粗。');
  });

  it('reads into open shadow roots', () => {
    const host = document.createElement('div');
    host.attachShadow({ mode: 'open' }).innerHTML = '<p>影子里的字</p>';
    document.body.append(host);
    expect(texts(document.body)).toEqual(['影子里的字']);
  });
});
