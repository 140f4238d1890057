import { highlight, html } from '../html.mjs';
import { layout } from '../layout.mjs';
import { data } from '../data.mjs';

const PAGES = {
  accessibility: {
    title: '无障碍声明',
    body: html`<p class="lead">
        示例市人民政府网站按照 WCAG 2.2 AA 级和 GB/T 37668—2019 的要求建设，并定期检查。
      </p>
      <h2>网站本身</h2>
      <ul>
        <li>所有功能都可以只用键盘操作；按 Tab 键移动，回车键确认。每页开头有“跳到正文”链接。</li>
        <li>页面使用标准的标题、列表、表格和地标结构，读屏软件可以按区域和标题跳转。</li>
        <li>图片都有文字说明；表单的每个输入框都有标签，出错时告诉您哪里错了、怎么改。</li>
        <li>页面放大到 400% 时不需要左右滚动；文字颜色与背景的对比度不低于 4.5:1。</li>
        <li>验证码可以放大，也可以朗读，没有时间限制。</li>
      </ul>
      <h2>无障碍工具条</h2>
      <p>
        每页右上角的“无障碍”按钮打开易览（Yilan）工具条：长辈版、配色、放大、大鼠标、辅助线、显示屏、指读、连读和区域指引。
        它是阅读偏好设置，帮您按自己的方式阅读；网站本身的无障碍由上面的建设要求保证，而不是靠工具条。
        工具条不向任何第三方发送数据，您的设置只保存在本机浏览器中。
      </p>
      <h2>已知问题</h2>
      <ul>
        <li>部分历史政策文件的附件是扫描件，读屏软件无法读取，可以拨打 12345 索取文字版。</li>
      </ul>
      <h2>反馈</h2>
      <p>
        遇到无法使用的页面，请通过每页底部的“我要纠错”告诉我们，或拨打
        12345。我们会在三个工作日内答复。
      </p>
      <p>本声明更新于 2026 年 11 月。</p>`,
  },
  sitemap: {
    title: '网站地图',
    body: html`<ul class="sitemap">
      <li><a href="/">首页</a></li>
      <li><a href="/news/">要闻动态</a></li>
      <li><a href="/policies/">政策文件库</a></li>
      <li><a href="/qa/">政策问答</a></li>
      <li>
        <a href="/services/">办事服务</a>
        <ul>
          <li><a href="/services/elder-allowance">高龄津贴申领</a></li>
          <li><a href="/services/elder-card">老年人优待证办理</a></li>
          <li><a href="/services/medical-remote">医保异地就医备案</a></li>
          <li><a href="/services/fund-withdraw">住房公积金提取</a></li>
          <li><a href="/services/disability-subsidy">残疾人两项补贴申请</a></li>
          <li><a href="/services/business-start">企业开办“一网通办”</a></li>
        </ul>
      </li>
      <li>
        <a href="/interact/">互动交流</a>
        <ul>
          <li><a href="/interact/message">市长信箱</a></li>
          <li><a href="/interact/letters">公开信件</a></li>
          <li><a href="/interact/booking">预约办事</a></li>
          <li><a href="/interact/matcher">政策计算器</a></li>
        </ul>
      </li>
      <li><a href="/topics/">专题专栏</a></li>
      <li><a href="/about/accessibility">无障碍声明</a></li>
      <li><a href="/about/contact">联系我们</a></li>
      <li><a href="/about/privacy">隐私政策</a></li>
    </ul>`,
  },
  contact: {
    title: '联系我们',
    body: html`<dl class="facts">
      <div>
        <dt>政务服务便民热线</dt>
        <dd>12345（24 小时）</dd>
      </div>
      <div>
        <dt>地址</dt>
        <dd>示例市人民路 1 号市政务服务中心</dd>
      </div>
      <div>
        <dt>接待时间</dt>
        <dd>工作日 9:00–17:00；周六上午老年人优先窗口</dd>
      </div>
      <div>
        <dt>网站运维</dt>
        <dd>示例市数据资源局，电话 12345 转 8</dd>
      </div>
    </dl>`,
  },
  privacy: {
    title: '隐私政策',
    body: html`<p>
        本站不使用第三方统计和广告代码。留言、预约和纠错时填写的信息只用于办理该事项，保存期限为两年。
      </p>
      <p>
        无障碍工具条的设置保存在您自己的浏览器中（localStorage），本站服务器不收集。朗读功能使用您电脑自带的语音；电脑没有中文语音时，由本站服务器把文字转成声音，文字不会发给其他单位。
      </p>`,
  },
};

export function aboutPage(id) {
  // Own keys only: /about/constructor is not a page.
  const page = Object.hasOwn(PAGES, id) ? PAGES[id] : undefined;
  if (!page) return undefined;
  const main = html`<h1>${page.title}</h1>
    ${page.body}`;
  return layout({
    title: page.title,
    path: `/about/${id}`,
    crumbs: [[`/about/${id}`, page.title]],
    main,
  });
}

/** 全站搜索: news, services, hand-written policies and Q&A whose title holds the query. */
export function siteSearch(url) {
  const q = (url.searchParams.get('q') ?? '').slice(0, 100).trim();
  const { news, services, documents, qa } = data();
  const hit = text => q && text.includes(q);
  const groups = q
    ? [
        [
          '办事服务',
          services
            .filter(s => hit(s.title) || hit(s.summary))
            .map(s => [`/services/${s.id}`, s.title]),
        ],
        [
          '政策文件',
          documents
            .filter(d => hit(d.title))
            .slice(0, 10)
            .map(d => [`/policies/${d.id}`, d.title]),
        ],
        [
          '政策问答',
          qa
            .filter(p => hit(p.question))
            .slice(0, 10)
            .map(p => [`/qa/${p.id}`, p.question]),
        ],
        [
          '要闻动态',
          news.filter(n => hit(n.title) || n.body.some(hit)).map(n => [`/news/${n.id}`, n.title]),
        ],
      ]
    : [];
  const total = groups.reduce((n, [, list]) => n + list.length, 0);
  const main = html`<h1>全站搜索</h1>
    <form class="ask" action="/search" method="get" role="search" aria-label="全站">
      <label for="s-q">搜索词</label>
      <input id="s-q" name="q" type="search" value="${q}" data-voice-input />
      <button type="submit">搜索</button>
    </form>
    ${
      q
        ? html`<h2 id="count" tabindex="-1">找到 ${total} 条与“${q}”有关的内容</h2>
            ${groups
              .filter(([, list]) => list.length)
              .map(
                ([label, list]) =>
                  html`<section aria-label="${label}">
                    <h3>${label}</h3>
                    <ul class="list">
                      ${list.map(([href, title]) => html`<li><a href="${href}">${highlight(title, [q])}</a></li>`)}
                    </ul>
                  </section>`,
              )}
            ${
              total === 0
                ? html`<p>
                    没有找到。可以到<a href="/policies/?q=${encodeURIComponent(q)}">政策文件库</a
                    >做全文检索，或者<a href="/qa/?q=${encodeURIComponent(q)}">直接提问</a>。
                  </p>`
                : ''
            }`
        : ''
    }`;
  return layout({
    title: q ? `搜索“${q}”` : '全站搜索',
    path: `/search${url.search}`,
    main,
    scripts: ['/js/voice-input.js'],
  });
}

export function notFound(path) {
  const main = html`<h1>找不到这个页面</h1>
    <p class="lead">您要找的页面（${path}）不存在或已经移走。</p>
    <ul class="list">
      <li><a href="/">回到首页</a></li>
      <li><a href="/search">全站搜索</a></li>
      <li><a href="/report?page=${encodeURIComponent(path)}">告诉我们这个链接坏了</a></li>
    </ul>`;
  return layout({ title: '找不到页面', path, main });
}

const PROBLEMS = {
  400: ['无法识别的请求', '浏览器发来的网址或内容无法识别。请检查网址，或回到首页重新进入。'],
  405: ['无法识别的请求', '这个网址不接受这种请求。请回到首页重新进入。'],
  413: [
    '提交的内容太长',
    '您提交的内容超过 64 KB，网站没有接收。请用浏览器的“后退”回到刚才的页面，缩短内容后再提交；急事请拨打 12345。',
  ],
  415: ['无法识别的请求', '提交的内容格式无法识别。请回到刚才的页面，用页面上的表单提交。'],
  429: [
    '操作太频繁',
    '这一分钟里从您这里提交的次数太多，网站这次没有接收。请稍等一分钟，用浏览器的“后退”回到刚才的页面（填写的内容还在）再提交。',
  ],
  503: ['网站正忙', '请稍等几秒再试。'],
};

/** A page for a request the server refused (4xx) or failed (5xx): what happened, what to do. */
export function problemPage(status) {
  const [title, text] = PROBLEMS[status] ?? [
    status < 500 ? '无法识别的请求' : '网站出错了',
    status < 500 ? '请回到首页重新进入。' : '请稍后再试，或拨打 12345。',
  ];
  const main = html`<h1>${title}</h1>
    <p class="lead">${text}</p>
    <ul class="list">
      <li><a href="/">回到首页</a></li>
    </ul>`;
  return String(layout({ title, path: '/', main }));
}
