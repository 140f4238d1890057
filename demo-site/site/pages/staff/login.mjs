// 工作人员登录: login name and password, one message for every mistake.
import { html } from '../../html.mjs';
import { staffLayout } from './layout.mjs';

export const LOGIN_ERRORS = {
  wrong: '登录名或密码不对，请重新输入。',
  limited: '登录失败次数太多，请 15 分钟后再试。如忘记密码，请联系系统管理员。',
  expired: '登录页面已过期，请重新输入登录名和密码。',
};

/** @param {{ csrf: string, login?: string, error?: keyof typeof LOGIN_ERRORS }} form */
export function loginPage({ csrf, login = '', error }) {
  const main = html`<h1>工作人员登录</h1>
    <p class="lead">处理市长信箱留言和纠错报告。</p>
    ${
      error ? html`<div class="error-summary" role="alert"><p>${LOGIN_ERRORS[error]}</p></div>` : ''
    }
    <form class="form" action="/staff/login" method="post" novalidate>
      <input type="hidden" name="csrf" value="${csrf}" />
      <div class="field">
        <label for="login">登录名</label>
        <input
          id="login"
          name="login"
          value="${login}"
          autocomplete="username"
          autocapitalize="none"
          spellcheck="false"
          maxlength="100"
          required
          ${error ? html`autofocus` : ''}
        />
      </div>
      <div class="field">
        <label for="password">密码</label>
        <input
          id="password"
          name="password"
          type="password"
          autocomplete="current-password"
          maxlength="200"
          required
        />
      </div>
      <button type="submit" class="primary">登录</button>
    </form>`;
  return staffLayout({ title: '工作人员登录', main });
}
