import { html, query } from '../html.mjs';
import { layout } from '../layout.mjs';
import { data } from '../data.mjs';
import { ask } from '../search.mjs';
import { describe } from '../../search/understand.mjs';
import { AUDIENCES, TOPICS } from '../../content/taxonomy.mjs';

const CRUMB = ['/qa/', '政策问答'];

function answerCard(pair, { doc, service }, heading = 'h3') {
  const source = doc(pair.sourceDocId);
  const svc = pair.service ? service(pair.service) : undefined;
  const title =
    heading === 'h3'
      ? html`<h3><a href="/qa/${pair.id}">${pair.question}</a></h3>`
      : html`<h2>${pair.question}</h2>`;
  return html`<article class="answer">
    ${title}
    <p>${pair.answer}</p>
    <p class="basis">
      依据：${source ? html`<a href="/policies/${source.id}">${source.title}</a>（${source.docNo}）` : '—'}
    </p>
    ${svc ? html`<p class="basis">在线办理：<a href="/services/${svc.id}">${svc.title}</a></p>` : ''}
  </article>`;
}

/**
 * Hot questions and browsing by audience and topic: only what the Q&A holds (a corpus of a
 * site's own may have no hot questions, audiences or topics, or no pairs at all).
 */
function browseLinks(all, topic, audience) {
  const hot = all.qa.filter(p => p.hot);
  const audiences = new Set(all.qa.map(p => p.audience));
  const topics = new Set(all.qa.map(p => p.topic1));
  const chips = (id, title, values, key, current) =>
    values.length
      ? html`<section aria-labelledby="${id}">
          <h2 id="${id}">${title}</h2>
          <ul class="chips">
            ${values.map(v => html`<li><a href="/qa/${query({ [key]: v })}" ${v === current ? html`aria-current="true"` : ''}>${v}</a></li>`)}
          </ul>
        </section>`
      : '';
  if (!all.qa.length)
    return html`<p>
      本站还没有问答。您可以<a href="/policies/">检索政策文件</a>，或拨打 12345 咨询。
    </p>`;
  return html`<div class="columns">
      ${
        hot.length
          ? html`<section aria-labelledby="hot-h">
              <h2 id="hot-h">热点问题</h2>
              <ul class="list">
                ${hot.map(p => html`<li><a href="/qa/${p.id}">${p.question}</a></li>`)}
              </ul>
            </section>`
          : ''
      }
      ${chips(
        'aud-h',
        '按人群浏览',
        AUDIENCES.filter(a => audiences.has(a)),
        'audience',
        audience,
      )}
    </div>
    ${chips(
      'topic-h',
      '按主题浏览',
      TOPICS.map(([t]) => t).filter(t => topics.has(t)),
      'topic',
      topic,
    )}`;
}

export function qaIndex(url) {
  const all = data();
  const q = (url.searchParams.get('q') ?? '').slice(0, 200).trim();
  const topic = url.searchParams.get('topic') ?? '';
  const audience = url.searchParams.get('audience') ?? '';
  const asked = q ? ask(q) : undefined;
  const browse =
    topic || audience
      ? all.qa
          .filter(p => (!topic || p.topic1 === topic) && (!audience || p.audience === audience))
          .slice(0, 20)
      : [];
  const main = html`<h1>政策问答</h1>
    <form class="ask" action="/qa/" method="get" role="search" aria-label="政策问答">
      <label for="qa-q">用自己的话描述您的问题</label>
      <input
        id="qa-q"
        name="q"
        type="search"
        value="${q}"
        autocomplete="off"
        data-voice-input
        placeholder="例如：八十岁老人的津贴怎么领"
      />
      <button type="submit">提问</button>
    </form>
    ${
      asked
        ? html`<section aria-labelledby="answers-h" class="answers">
            <h2 id="answers-h" tabindex="-1">
              ${asked.confident ? html`为您找到以下回答` : html`没有找到可靠的回答`}
            </h2>
            ${asked.understood?.length ? html`<p class="notes">${asked.understood.map(n => describe(n))}</p>` : ''}
            ${
              asked.confident
                ? asked.answers
                    .filter(a => a.score >= Math.max(0.3, asked.answers[0].score * 0.6))
                    .map(a => answerCard(a.pair, all))
                : html`<p>
                      我们没有把握回答“${q}”。请拨打<strong>12345</strong>政务服务便民热线（24
                      小时），或者
                      <a href="/interact/message">在线留言</a>，工作人员会在五个工作日内答复。
                    </p>
                    ${
                      asked.answers.length
                        ? html`<h3>您可能想问</h3>
                            <ul class="list">
                              ${asked.answers.slice(0, 3).map(a => html`<li><a href="/qa/${a.pair.id}">${a.pair.question}</a></li>`)}
                            </ul>`
                        : ''
                    }`
            }
          </section>`
        : ''
    }
    ${
      browse.length
        ? html`<section aria-labelledby="browse-h">
            <h2 id="browse-h">${[topic, audience].filter(Boolean).join(' · ')}的问答</h2>
            ${browse.map(p => answerCard(p, all))}
          </section>`
        : ''
    }
    ${browseLinks(all, topic, audience)}`;
  return layout({
    title: q ? `“${q}”的回答` : '政策问答',
    path: url.pathname + url.search,
    section: 'qa',
    crumbs: [CRUMB],
    main,
    scripts: ['/js/voice-input.js'],
  });
}

export function qaPage(id) {
  const all = data();
  const pair = all.qaItem(id);
  if (!pair) return undefined;
  const more = all.qa.filter(p => p.topic2 === pair.topic2 && p.id !== id).slice(0, 5);
  const main = html`<div class="qa-single">
      <h1 class="visually-hidden">政策问答</h1>
      ${answerCard(pair, all, 'h2')}
    </div>
    <section aria-labelledby="related-h">
      <h2 id="related-h">相关问题</h2>
      <ul class="list">
        ${more.map(p => html`<li><a href="/qa/${p.id}">${p.question}</a></li>`)}
      </ul>
      <p>没有解决您的问题？拨打 12345 或<a href="/interact/message">在线留言</a>。</p>
    </section>`;
  return layout({
    title: pair.question,
    path: `/qa/${id}`,
    section: 'qa',
    crumbs: [CRUMB, [`/qa/${id}`, pair.question]],
    main,
  });
}
