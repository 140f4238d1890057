import { cards, html } from '../html.mjs';
import { layout } from '../layout.mjs';
import { data } from '../data.mjs';
import { TOPIC_PAGES } from './topics.mjs';

let picks;
/**
 * The home page's lists, chosen once (the data never changes while the server runs): scanning the
 * 20,000 documents for each request took 20–30 ms, most of what GET / cost (bench/portal-load.mjs).
 */
function homePicks() {
  const { documents, qa } = data();
  picks ??= {
    latest: documents.filter(d => d.id.startsWith('H')).slice(0, 5),
    hot: qa.filter(p => p.hot).slice(0, 4),
  };
  return picks;
}

/** Home: every one of the six region kinds, each a labelled landmark or a recognisable block. */
export function home() {
  const { news, documents, services } = data();
  const { latest, hot } = homePicks();
  const main = html`
    <h1 class="visually-hidden">示例市人民政府门户网站</h1>
    <section class="hero" aria-labelledby="hero-h">
      <h2 id="hero-h">我要找</h2>
      <ul class="quick">
        <li><a href="/policies/">找政策文件</a></li>
        <li><a href="/qa/">问政策问题</a></li>
        <li><a href="/services/">查办事指南</a></li>
        <li><a href="/interact/message">给政府留言</a></li>
        <li><a href="/interact/matcher">算一算能享受哪些政策</a></li>
      </ul>
    </section>
    <div class="columns">
      <section aria-labelledby="news-h">
        <h2 id="news-h">要闻动态</h2>
        <ul class="list dated">
          ${news
            .slice(0, 6)
            .map(
              n =>
                html`<li>
                  <a href="/news/${n.id}">${n.title}</a> <time datetime="${n.date}">${n.date}</time>
                </li>`,
            )}
        </ul>
        <p class="more"><a href="/news/">更多要闻</a></p>
      </section>
      <section aria-labelledby="notice-h">
        <h2 id="notice-h">通知公告</h2>
        <ul class="list dated">
          <li>
            <a href="/news/n2026111201">城区十二条公交线路调整运营时间</a>
            <time datetime="2026-11-12">2026-11-12</time>
          </li>
          <li>
            <a href="/news/n2026102001">2027年度城乡居民基本养老保险开始缴费</a>
            <time datetime="2026-10-20">2026-10-20</time>
          </li>
          <li>
            <a href="/interact/booking">市政务服务中心周六上午开放老年人优先窗口</a>
            <time datetime="2026-10-10">2026-10-10</time>
          </li>
        </ul>
      </section>
    </div>
    <section aria-labelledby="policy-h">
      <h2 id="policy-h">政策文件</h2>
      <table class="docs">
        <caption>
          最新发布的政策文件
        </caption>
        <thead>
          <tr>
            <th scope="col">文件名称</th>
            <th scope="col">文号</th>
            <th scope="col">发布日期</th>
          </tr>
        </thead>
        <tbody>
          ${latest.map(
            d =>
              html`<tr>
                <td><a href="/policies/${d.id}">${d.title}</a></td>
                <td>${d.docNo}</td>
                <td><time datetime="${d.published}">${d.published}</time></td>
              </tr>`,
          )}
        </tbody>
      </table>
      <p class="more"><a href="/policies/">进入政策文件库（共 ${documents.length} 件）</a></p>
    </section>
    <section aria-labelledby="services-h" class="services">
      <h2 id="services-h">办事服务</h2>
      ${cards(services.map(s => [`/services/${s.id}`, s.title, s.summary]))}
      <p class="more"><a href="/services/">全部办事指南</a></p>
    </section>
    <section aria-labelledby="interact-h">
      <h2 id="interact-h">互动交流</h2>
      <form class="ask" action="/qa/" method="get">
        <label for="home-ask">有政策问题？用自己的话问一问</label>
        <input id="home-ask" name="q" type="search" autocomplete="off" />
        <button type="submit">提问</button>
      </form>
      <h3>大家都在问</h3>
      <ul class="list">
        ${hot.map(p => html`<li><a href="/qa/${p.id}">${p.question}</a></li>`)}
      </ul>
      <ul class="links-inline">
        <li><a href="/interact/message">市长信箱留言</a></li>
        <li><a href="/interact/booking">预约办事</a></li>
        <li><a href="/interact/matcher">政策计算器</a></li>
      </ul>
    </section>
    <section aria-labelledby="topics-h" data-yilan-elder="hide">
      <h2 id="topics-h">专题专栏</h2>
      ${cards(TOPIC_PAGES.map(t => [`/topics/${t.id}`, t.title, t.summary]))}
    </section>
  `;
  return layout({ title: '首页', path: '/', section: 'home', main });
}
