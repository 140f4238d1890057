import { html } from '../html.mjs';
import { layout } from '../layout.mjs';
import { data } from '../data.mjs';

const CRUMB = ['/news/', '要闻动态'];

export function newsList() {
  const { news } = data();
  const main = html`<h1>要闻动态</h1>
    <ul class="news-list">
      ${news.map(
        n =>
          html`<li>
            <h2><a href="/news/${n.id}">${n.title}</a></h2>
            <p class="meta"><time datetime="${n.date}">${n.date}</time> · ${n.source}</p>
            <p>${n.body[0]}</p>
          </li>`,
      )}
    </ul>`;
  return layout({ title: '要闻动态', path: '/news/', section: 'news', crumbs: [CRUMB], main });
}

export function newsArticle(id) {
  const { newsItem, news } = data();
  const item = newsItem(id);
  if (!item) return undefined;
  const others = news.filter(n => n.id !== id).slice(0, 3);
  const main = html`<article>
      <h1>${item.title}</h1>
      <p class="meta">
        发布日期：<time datetime="${item.date}">${item.date}</time>　来源：${item.source}
      </p>
      ${
        item.image
          ? html`<p class="figure">
              <img src="${item.image.src}" alt="${item.image.alt}" width="640" height="320" />
            </p>`
          : ''
      }
      ${item.body.map(p => html`<p>${p}</p>`)}
    </article>
    <aside aria-labelledby="more-news">
      <h2 id="more-news">其他要闻</h2>
      <ul class="list">
        ${others.map(n => html`<li><a href="/news/${n.id}">${n.title}</a></li>`)}
      </ul>
    </aside>`;
  return layout({
    title: item.title,
    path: `/news/${id}`,
    section: 'news',
    crumbs: [CRUMB, [`/news/${id}`, item.title]],
    main,
  });
}
