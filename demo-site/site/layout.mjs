// The shell of every portal page: skip link, masthead with search, main navigation, breadcrumbs,
// footer with the site's registration information, and Yilan through one script tag, exactly as a
// customer adds it.
import { html, query } from './html.mjs';

export const SITE = '示例市人民政府';

const NAV = [
  ['/', '首页', 'home'],
  ['/news/', '要闻动态', 'news'],
  ['/policies/', '政策文件', 'policies'],
  ['/qa/', '政策问答', 'qa'],
  ['/services/', '办事服务', 'services'],
  ['/interact/', '互动交流', 'interact'],
  ['/topics/', '专题专栏', 'topics'],
];

/**
 * @param {{ title: string, path: string, section?: string, crumbs?: [string, string][],
 *   main: unknown, scripts?: string[], description?: string }} page
 */
export function layout({ title, path, section, crumbs = [], main, scripts = [], description }) {
  const fullTitle = section === 'home' ? `${SITE}门户网站` : `${title} - ${SITE}`;
  return html`<!doctype html>
    <html lang="zh-CN">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${fullTitle}</title>
        ${description ? html`<meta name="description" content="${description}" />` : ''}
        <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
        <link rel="stylesheet" href="/styles.css" />
        <script src="/yilan/yilan.js" data-tts-endpoint="/api/tts" defer></script>
        ${scripts.map(src => html`<script type="module" src="${src}"></script>`)}
      </head>
      <body>
        <a class="skip" href="#main">跳到正文</a>
        <header class="masthead">
          <div class="wrap top">
            <p class="site-name">
              <a href="/"><img src="/emblem.svg" alt="" width="40" height="40" /> ${SITE}</a>
            </p>
            <form class="search" role="search" action="/search" method="get">
              <label for="site-q">全站搜索</label>
              <input
                id="site-q"
                name="q"
                type="search"
                autocomplete="off"
                placeholder="政策、办事或问题"
                data-voice-input
              />
              <button type="submit">搜索</button>
            </form>
          </div>
          <nav aria-label="主导航" class="main-nav">
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
          </nav>
        </header>
        ${
          crumbs.length
            ? html`<nav aria-label="当前位置" class="wrap crumbs">
                <ol>
                  <li><a href="/">首页</a></li>
                  ${crumbs.map(([href, label], i) =>
                    i === crumbs.length - 1
                      ? html`<li><span aria-current="page">${label}</span></li>`
                      : html`<li><a href="${href}">${label}</a></li>`,
                  )}
                </ol>
              </nav>`
            : ''
        }
        <main id="main" class="wrap" tabindex="-1">${main}</main>
        <footer class="site-footer">
          <div class="wrap">
            <p class="report">
              <a href="/report${query({ page: path })}">我要纠错</a
              >：发现本页内容有误或无法使用，请告诉我们。
            </p>
            <ul class="footer-links">
              <li><a href="/about/accessibility">无障碍声明</a></li>
              <li><a href="/about/sitemap">网站地图</a></li>
              <li><a href="/about/contact">联系我们</a></li>
              <li><a href="/about/privacy">隐私政策</a></li>
            </ul>
            <p>
              主办：${SITE}办公室　承办：示例市数据资源局　政务服务便民热线：12345<br />
              网站标识码：4399000001　示ICP备00000001号
            </p>
            <p class="demo-note">
              本站是 Yilan 易览的演示网站，示例市及其全部政策、新闻和办事信息均为虚构，仅用于演示。
            </p>
          </div>
        </footer>
      </body>
    </html>`;
}
