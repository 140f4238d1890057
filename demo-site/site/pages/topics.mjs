import { cards, html } from '../html.mjs';
import { layout } from '../layout.mjs';
import { data } from '../data.mjs';

/** 专题专栏: hand-picked collections of documents, services and questions. */
export const TOPIC_PAGES = [
  {
    id: 'elder-friendly',
    title: '适老化服务专题',
    summary: '高龄津贴、居家适老化改造、老年人优待和“银龄课堂”。',
    intro:
      '本专题汇集本市为老年人提供的主要政策和服务。网站右上角的“无障碍”按钮可以打开长辈版：文字变大，鼠标变大，鼠标指到哪里就读哪里。',
    docs: ['H01', 'H02', 'H06'],
    services: ['elder-allowance', 'elder-card', 'medical-remote'],
    news: ['n2026111501', 'n2026111801'],
  },
  {
    id: 'business',
    title: '优化营商环境专题',
    summary: '企业开办一日办结，惠企政策免申即享。',
    intro: '本专题汇集优化营商环境的政策措施和企业办事指南。',
    docs: ['H04', 'H03'],
    services: ['business-start'],
    news: ['n2026110301'],
  },
  {
    id: 'housing',
    title: '老旧小区加装电梯专题',
    summary: '加装电梯的补助、公积金提取和办理流程。',
    intro: '本专题说明老旧小区加装电梯的补助标准、资金来源和办理流程。',
    docs: ['H05', 'H02'],
    services: ['fund-withdraw'],
    news: ['n2026102801'],
  },
];

export function topicsIndex() {
  const main = html`<h1>专题专栏</h1>
    ${cards(TOPIC_PAGES.map(t => [`/topics/${t.id}`, t.title, t.summary]))}`;
  return layout({
    title: '专题专栏',
    path: '/topics/',
    section: 'topics',
    crumbs: [['/topics/', '专题专栏']],
    main,
  });
}

export function topicPage(id) {
  const topic = TOPIC_PAGES.find(t => t.id === id);
  if (!topic) return undefined;
  const { doc, service, newsItem } = data();
  // The city's own policies; a site serving a corpus of its own (--corpus) may not have them.
  const docs = topic.docs.map(doc).filter(Boolean);
  const main = html`<h1>${topic.title}</h1>
    <p class="lead">${topic.intro}</p>
    ${
      docs.length
        ? html`<section aria-labelledby="t-docs">
            <h2 id="t-docs">相关政策</h2>
            <ul class="list">
              ${docs.map(d => html`<li><a href="/policies/${d.id}">${d.title}</a></li>`)}
            </ul>
          </section>`
        : ''
    }
    <section aria-labelledby="t-services">
      <h2 id="t-services">相关服务</h2>
      <ul class="list">
        ${topic.services.map(service).map(s => html`<li><a href="/services/${s.id}">${s.title}</a></li>`)}
      </ul>
    </section>
    <section aria-labelledby="t-news">
      <h2 id="t-news">相关新闻</h2>
      <ul class="list">
        ${topic.news.map(newsItem).map(n => html`<li><a href="/news/${n.id}">${n.title}</a></li>`)}
      </ul>
    </section>`;
  return layout({
    title: topic.title,
    path: `/topics/${id}`,
    section: 'topics',
    crumbs: [
      ['/topics/', '专题专栏'],
      [`/topics/${id}`, topic.title],
    ],
    main,
  });
}
