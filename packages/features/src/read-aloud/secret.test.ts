import { beforeEach, describe, expect, it } from 'vitest';
import { ReadingOrder } from './reading-order.js';
import { pointTarget, wholeText } from './spoken-text.js';
import type { RoleWords } from './spoken-text.js';
import { captionText } from '../caption-screen/caption-text.js';

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

// Each secret holds the digits 4417 so one search finds any leak.
const FORM = `<main>
  <p><label for="otp">短信验证码</label><input id="otp" autocomplete="one-time-code" value="441723"></p>
  <p><label for="card">银行卡号</label><input id="card" autocomplete="billing cc-number" value="6222 0244 1700 0001"></p>
  <p><label for="cvc">安全码</label><input id="cvc" autocomplete="cc-csc" value="441"></p>
  <p><label for="shown">登录密码</label><input id="shown" type="text" autocomplete="current-password" value="pw4417"></p>
  <p><label for="named">密码</label><input id="named" type="text" name="userPwd" value="named4417"></p>
  <p aria-hidden="true"><input id="hidden" aria-label="备用" value="hid4417"></p>
  <div inert><input id="inert" aria-label="停用" value="inert4417"></div>
  <p><label for="marked">身份证号</label><input id="marked" data-yilan-secret value="1101054417"></p>
  <p><label for="exp">有效期</label><select id="exp" autocomplete="cc-exp-month"><option>04</option><option selected>4417</option></select></p>
  <p id="note" data-yilan-secret>您的查询码是 Q4417。</p>
  <p><label for="name">姓名</label><input id="name" value="张三"></p>
  <p><label for="compass">罗盘</label><input id="compass" name="compass" value="北"></p>
</main>`;

beforeEach(() => {
  document.body.innerHTML = FORM;
});

const el = (id: string) => document.getElementById(id)!;

describe('secret fields and content are never said', () => {
  it('reads each secret field by its label and kind only', () => {
    expect(wholeText(el('otp'), words)).toBe('短信验证码，编辑框');
    expect(wholeText(el('card'), words)).toBe('银行卡号，编辑框');
    expect(wholeText(el('cvc'), words)).toBe('安全码，编辑框');
    expect(wholeText(el('shown'), words)).toBe('登录密码，编辑框');
    expect(wholeText(el('named'), words)).toBe('密码，编辑框');
    expect(wholeText(el('marked'), words)).toBe('身份证号，编辑框');
    expect(wholeText(el('exp'), words)).toBe('有效期，编辑框');
  });

  it('still reads an ordinary field with its value, even one whose name contains "pass"', () => {
    expect(wholeText(el('name'), words)).toBe('姓名，编辑框，张三');
    expect(wholeText(el('compass'), words)).toBe('罗盘，编辑框，北');
  });

  it('continuous reading says no secret anywhere on the page', () => {
    const order = new ReadingOrder({
      isOwnUi: () => false,
      describe: e => wholeText(e, words),
      pageLang: 'zh-CN',
    });
    const said = Array.from(order.all(document.body), p => p.text).join('|');
    expect(said).not.toContain('4417');
    expect(said).toContain('张三');
    expect(said).toContain('短信验证码');
  });

  it('point reading and the caption say no secret, from any element under the pointer', () => {
    for (const target of Array.from(document.querySelectorAll('main *'))) {
      expect(pointTarget(target, words, true)?.text ?? '').not.toContain('4417');
      expect(captionText(target)).not.toContain('4417');
    }
    expect(pointTarget(el('note'), words)).toBeNull();
  });
});

describe('a block that holds a secret', () => {
  it('is read around it', () => {
    document.body.innerHTML =
      '<p id="p">查询码：<span data-yilan-secret>Q4417</span>，请妥善保管。</p>';
    expect(pointTarget(el('p'), words)?.text).toBe('查询码：，请妥善保管。');
    expect(captionText(el('p'))).toBe('查询码：，请妥善保管。');
  });
});
