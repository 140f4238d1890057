// The staff console's shell: the portal's stylesheet and Yilan (staff read small print too), a
// masthead that says whose session this is, and no search or citizen navigation. Never indexed.
import { html } from '../../html.mjs';
import { SITE } from '../../layout.mjs';

const NAV = [
  ['/staff/', '工作台', 'home'],
  ['/staff/queue/letters', '待办信件', 'letters'],
  ['/staff/queue/reports', '纠错报告', 'reports'],
];
export const ROLE_WORDS = { clerk: '办事员', publisher: '发布员' };

/**
 * @param {{ title: string, main: unknown, staff?: { name: string, role: string },
 *   csrf?: string, section?: string }} page
 */
export function staffLayout({ title, main, staff, csrf, section }) {
  return html`<!doctype html>
    <html lang="zh-CN">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex, nofollow" />
        <title>${title} - ${SITE}工作人员系统</title>
        <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
        <link rel="stylesheet" href="/styles.css" />
        <script src="/yilan/yilan.js" data-tts-endpoint="/api/tts" defer></script>
      </head>
      <body>
        <a class="skip" href="#main">跳到正文</a>
        <header class="masthead">
          <div class="wrap top">
            <p class="site-name">
              <a href="/staff/"
                ><img src="/emblem.svg" alt="" width="40" height="40" /> ${SITE}工作人员系统</a
              >
            </p>
            ${
              staff
                ? html`<form class="staff-user" action="/staff/logout" method="post">
                    <span>${staff.name}（${ROLE_WORDS[staff.role]}）</span>
                    <input type="hidden" name="csrf" value="${csrf}" />
                    <button type="submit">退出登录</button>
                  </form>`
                : ''
            }
          </div>
          ${
            staff
              ? html`<nav aria-label="工作人员导航" class="main-nav">
                  <ul class="wrap">
                    ${NAV.map(
                      ([href, label, id]) =>
                        html`<li>
                          <a href="${href}" ${section === id ? html`aria-current="page"` : ''}
                            >${label}</a
                          >
                        </li>`,
                    )}
                  </ul>
                </nav>`
              : ''
          }
        </header>
        <main id="main" class="wrap" tabindex="-1">${main}</main>
        <footer class="site-footer">
          <div class="wrap">
            <p>本系统仅供${SITE}工作人员使用。市民的留言和个人信息只用于办理，不得外传。</p>
          </div>
        </footer>
      </body>
    </html>`;
}

const PROBLEMS = {
  401: ['请先登录', '这个页面需要登录。请重新登录后再操作。'],
  403: ['无法完成操作', '页面已过期或没有这项权限，什么都没有改动。请回到上一页刷新后重试。'],
  404: ['没有找到', '没有这个页面或这件办件。'],
  409: ['无法完成操作', '这件办件的状态已经变了，什么都没有改动。请刷新后再看。'],
};

/** An error page of the console: what happened, that nothing changed, and where to go. */
export function staffProblem(status, { staff, csrf, message } = {}) {
  const [title, text] = PROBLEMS[status] ?? PROBLEMS[404];
  const main = html`<h1>${title}</h1>
    <p class="lead">${message ?? text}</p>
    <p>
      ${staff ? html`<a href="/staff/">回到工作台</a>` : html`<a href="/staff/login">去登录</a>`}
    </p>`;
  return staffLayout({ title, main, staff, csrf });
}
