import { highlight, html, query } from '../html.mjs';
import { layout } from '../layout.mjs';
import { data } from '../data.mjs';
import { readParams, search, suggest as engineSuggest } from '../search.mjs';
import { describe } from '../../search/understand.mjs';
import { DOC_TYPES } from '../../content/taxonomy.mjs';

const CRUMB = ['/policies/', '政策文件库'];
const SORT_LABELS = { relevance: '按相关度', date: '按发布日期' };
const FACET_LABELS = {
  year: '发布年份',
  type: '公文种类',
  agency: '发布机构',
  topic1: '主题分类',
  topic2: '二级主题',
};

/** The library's URL with some parameters changed (page back to 1 unless given). */
function link(params, change) {
  const next = { ...params, page: 1, ...change };
  if (next.page === 1) delete next.page;
  if (next.sort === 'relevance') delete next.sort;
  if (next.field === 'all') delete next.field;
  // The fragment takes keyboard and screen-reader users straight to the new results, not the top.
  return `/policies/${query(next)}#count`;
}

function facet(params, key, values) {
  if (!values.length) return '';
  const current = params[key];
  const shown = key === 'agency' ? values.slice(0, 12) : values;
  return html`<section class="facet" aria-labelledby="facet-${key}">
    <h3 id="facet-${key}">${FACET_LABELS[key]}</h3>
    <ul>
      ${
        current
          ? html`<li>
              <a href="${link(params, { [key]: '', ...(key === 'topic1' ? { topic2: '' } : {}) })}"
                >不限${FACET_LABELS[key]}</a
              >
            </li>`
          : ''
      }
      ${shown.map(
        ([value, count]) =>
          html`<li>
            ${
              value === current
                ? html`<span aria-current="true"><strong>${value}</strong>（${count}）</span>`
                : html`<a href="${link(params, { [key]: value })}"
                    >${value}<span class="count">（${count}）</span></a
                  >`
            }
          </li>`,
      )}
    </ul>
  </section>`;
}

function pagination(params, result) {
  if (result.pages <= 1) return '';
  const { page, pages } = result;
  const around = [...new Set([1, page - 2, page - 1, page, page + 1, page + 2, pages])]
    .filter(n => n >= 1 && n <= pages)
    .sort((a, b) => a - b);
  return html`<nav class="pages" aria-label="分页">
    <ul>
      ${page > 1 ? html`<li><a href="${link(params, { page: page - 1 })}" rel="prev">上一页</a></li>` : ''}
      ${around.map(
        (n, i) =>
          html`${i > 0 && n - around[i - 1] > 1 ? html`<li aria-hidden="true">…</li>` : ''}
            <li>
              ${
                n === page
                  ? html`<a href="${link(params, { page: n })}" aria-current="page">第 ${n} 页</a>`
                  : html`<a href="${link(params, { page: n })}">第 ${n} 页</a>`
              }
            </li>`,
      )}
      ${page < pages ? html`<li><a href="${link(params, { page: page + 1 })}" rel="next">下一页</a></li>` : ''}
    </ul>
  </nav>`;
}

function advanced(params, open) {
  const { documents } = data();
  const agencies = [...new Set(documents.map(d => d.agency))].sort((a, b) =>
    a.localeCompare(b, 'zh'),
  );
  const option = (value, label, current) =>
    html`<option value="${value}" ${value === current ? html`selected` : ''}>${label}</option>`;
  return html`<details class="advanced" ${open ? html`open` : ''}>
    <summary>高级检索</summary>
    <div class="fields">
      <p>
        <label for="a-title">标题包含</label
        ><input id="a-title" name="title" value="${params.title}" />
      </p>
      <p>
        <label for="a-docno">文号包含</label
        ><input
          id="a-docno"
          name="docNo"
          value="${params.docNo}"
          placeholder="如：示政办发〔2026〕31号"
        />
      </p>
      <p>
        <label for="a-all">包含全部词语</label><input id="a-all" name="all" value="${params.all}" />
      </p>
      <p>
        <label for="a-any">包含任意词语</label><input id="a-any" name="any" value="${params.any}" />
      </p>
      <p>
        <label for="a-none">不包含词语</label
        ><input id="a-none" name="none" value="${params.none}" />
      </p>
      <p>
        <label for="a-from">发布日期从</label
        ><input id="a-from" name="from" type="date" value="${params.from}" />
      </p>
      <p>
        <label for="a-to">发布日期到</label
        ><input id="a-to" name="to" type="date" value="${params.to}" />
      </p>
      <p>
        <label for="a-type">公文种类</label>
        <select id="a-type" name="type">
          ${option('', '不限', params.type)} ${DOC_TYPES.map(t => option(t, t, params.type))}
        </select>
      </p>
      <p>
        <label for="a-agency">发布机构</label>
        <select id="a-agency" name="agency">
          ${option('', '不限', params.agency)} ${agencies.map(a => option(a, a, params.agency))}
        </select>
      </p>
    </div>
    <p class="hint">多个词语用空格分开。</p>
  </details>`;
}

/** 政策文件库: works as a plain form (server-rendered results) and is enhanced with live results. */
export function library(url) {
  const params = readParams(url.searchParams);
  const result = search(params);
  const hasAdvanced = Boolean(
    params.title ||
    params.docNo ||
    params.all ||
    params.any ||
    params.none ||
    params.from ||
    params.to,
  );
  const searched = Boolean(
    params.q || hasAdvanced || params.type || params.agency || params.year || params.topic1,
  );
  const fieldOption = (value, label) =>
    html`<option value="${value}" ${params.field === value ? html`selected` : ''}>
      ${label}
    </option>`;
  const main = html`<h1>政策文件库</h1>
    <form
      class="library-search"
      action="/policies/"
      method="get"
      role="search"
      aria-label="政策文件"
    >
      <p class="row">
        <label for="lib-q">检索词</label>
        <input
          id="lib-q"
          name="q"
          type="search"
          value="${params.q}"
          autocomplete="off"
          data-voice-input
          data-live-search
        />
        <label for="lib-field" class="visually-hidden">检索范围</label>
        <select id="lib-field" name="field">
          ${fieldOption('all', '全文')} ${fieldOption('title', '标题')}
          ${fieldOption('docNo', '文号')} ${fieldOption('body', '正文')}
        </select>
        <button type="submit">检索</button>
      </p>
      ${advanced(params, hasAdvanced)}
      ${params.year ? html`<input type="hidden" name="year" value="${params.year}" />` : ''}
      ${params.topic1 ? html`<input type="hidden" name="topic1" value="${params.topic1}" />` : ''}
      ${params.topic2 ? html`<input type="hidden" name="topic2" value="${params.topic2}" />` : ''}
    </form>
    <div class="library" id="results">${results(params, result, searched)}</div>`;
  return layout({
    title: params.q ? `“${params.q}”的检索结果` : '政策文件库',
    path: url.pathname + url.search,
    section: 'policies',
    crumbs: [CRUMB],
    main,
    scripts: ['/js/live-search.js', '/js/voice-input.js'],
  });
}

/** The part the live search replaces: count, sort, facets, hits, pagination. */
export function results(params, result, searched = true) {
  const suggestions = result.total === 0 ? suggest(params) : [];
  const notes = { pinyin: [], corrected: [], understood: [], segmented: [], ...result.notes };
  const said =
    notes.pinyin.length ||
    notes.corrected.length ||
    notes.understood.length ||
    notes.segmented.length;
  return html`${
      said
        ? html`<p class="notes">
            ${notes.understood.map(n => describe(n))}
            ${notes.pinyin.map(([from, to]) => html`按拼音“${from}”检索“${to}”。`)}
            ${notes.corrected.map(([from, to]) => html`没有找到“${from}”，已为您显示“${to}”的结果。`)}
            ${notes.segmented.map(([word, parts]) => html`“${word}”按词语“${parts.join('”“')}”检索，文件须包含全部词语。`)}
          </p>`
        : ''
    }${
      notes.partial
        ? html`<p class="notes partial">
            没有同时包含全部词语的文件，下面是包含其中部分词语的文件。
          </p>`
        : ''
    }
    <div class="summary">
      <h2 id="count" tabindex="-1">
        ${searched ? html`共找到 ${result.total} 件文件` : html`全部文件 ${result.total} 件`}${result.pages > 1 ? html`，第 ${result.page} / ${result.pages} 页` : ''}
      </h2>
      <p class="sort">
        排序：${Object.entries(SORT_LABELS).map(([value, label]) =>
          value === params.sort
            ? html`<span aria-current="true">${label}</span> `
            : html`<a href="${link(params, { sort: value })}">${label}</a> `,
        )}
      </p>
    </div>
    <div class="library-body">
      <div class="hits">
        ${
          result.total === 0
            ? html`<div class="empty">
                <p>
                  没有找到符合条件的文件。可以试试：减少检索词、检查错别字、改用“全文”范围，或者向我们<a
                    href="/qa/${query({ q: params.q })}"
                    >提问</a
                  >。
                </p>
                ${
                  suggestions.length
                    ? html`<p>
                        您是不是要找：${suggestions.map(s => html`<a href="${link({ ...params, q: s })}">${s}</a> `)}
                      </p>`
                    : ''
                }
              </div>`
            : html`<ol class="results" start="${(result.page - 1) * 10 + 1}">
                ${result.hits.map(
                  d =>
                    html`<li>
                      <h3><a href="/policies/${d.id}">${highlight(d.title, result.terms)}</a></h3>
                      <p class="meta">
                        ${d.docNo} · ${d.agency} ·
                        <time datetime="${d.published}">${d.published}</time> · ${d.type} ·
                        ${d.validity}
                      </p>
                      <p class="snippet">${highlight(snippet(d, result.terms), result.terms)}</p>
                    </li>`,
                )}
              </ol>`
        }
        ${pagination(params, result)}
      </div>
      <aside class="facets" aria-label="分类筛选">
        ${facet(params, 'year', result.facets.year)} ${facet(params, 'type', result.facets.type)}
        ${facet(params, 'topic1', result.facets.topic1)}
        ${facet(params, 'topic2', result.facets.topic2)}
        ${facet(params, 'agency', result.facets.agency)}
      </aside>
    </div>`;
}

/** The sentence of the body that holds the first term, or the first sentence. */
function snippet(doc, terms) {
  const text = doc.body.join('');
  const at = terms.length ? Math.max(0, ...terms.map(t => text.indexOf(t))) : 0;
  const start = Math.max(0, at - 40);
  return `${start > 0 ? '…' : ''}${text.slice(start, start + 120)}…`;
}

/** When nothing matches: known terms that sound or look like the query. */
function suggest(params) {
  return params.q ? engineSuggest(params.q) : [];
}

const META = [
  ['indexNo', '索引号'],
  ['topic', '主题分类'],
  ['agency', '发文机关'],
  ['written', '成文日期'],
  ['docNo', '文号'],
  ['published', '发布日期'],
  ['type', '公文种类'],
  ['validity', '有效性'],
];

export function documentPage(id) {
  const { doc, qaFor, service, interpretations } = data();
  const d = doc(id);
  if (!d) return undefined;
  const related = qaFor(id).slice(0, 5);
  const svc = d.service ? service(d.service) : undefined;
  // A corpus of a site's own may leave fields out (docs/search.md#any-corpus): shown as "—".
  const value = key =>
    (key === 'topic' ? [d.topic1, d.topic2].filter(Boolean).join(' / ') : d[key]) || '—';
  const main = html`<article class="document">
      <h1>${d.title}</h1>
      <table class="meta-table">
        <caption>
          文件信息
        </caption>
        <tbody>
          ${[0, 2, 4, 6].map(
            i =>
              html`<tr>
                <th scope="row">${META[i][1]}</th>
                <td>${value(META[i][0])}</td>
                <th scope="row">${META[i + 1][1]}</th>
                <td>${value(META[i + 1][0])}</td>
              </tr>`,
          )}
        </tbody>
      </table>
      <div class="doc-body">${d.body.map(p => html`<p>${p}</p>`)}</div>
      <p class="signature">${d.agency}<br /><time datetime="${d.written}">${d.written}</time></p>
    </article>
    <aside class="doc-links" aria-label="相关信息">
      ${
        Object.hasOwn(interpretations, id)
          ? html`<h2>政策解读</h2>
              <p><a href="/policies/${id}/interpretation">${interpretations[id].title}</a></p>`
          : ''
      }
      ${
        svc
          ? html`<h2>在线办理</h2>
              <p><a href="/services/${svc.id}">${svc.title}办事指南</a></p>`
          : ''
      }
      <h2>相关问答</h2>
      ${
        related.length
          ? html`<ul class="list">
              ${related.map(p => html`<li><a href="/qa/${p.id}">${p.question}</a></li>`)}
            </ul>`
          : html`<p>暂无相关问答。<a href="/qa/${query({ q: d.subject })}">向我们提问</a></p>`
      }
    </aside>`;
  return layout({
    title: d.title,
    path: `/policies/${id}`,
    section: 'policies',
    crumbs: [CRUMB, [`/policies/${id}`, d.title]],
    main,
  });
}

export function interpretationPage(id) {
  const { doc, interpretations } = data();
  const d = doc(id);
  const it = Object.hasOwn(interpretations, id) ? interpretations[id] : undefined;
  if (!d || !it) return undefined;
  const main = html`<article>
    <h1>${it.title}</h1>
    <p class="meta">
      发布日期：<time datetime="${it.date}">${it.date}</time>　解读文件：<a href="/policies/${id}"
        >${d.title}</a
      >
    </p>
    <dl class="qa-points">
      ${it.points.map(
        ([q, a]) =>
          html`<dt>${q}</dt>
            <dd>${a}</dd>`,
      )}
    </dl>
  </article>`;
  return layout({
    title: it.title,
    path: `/policies/${id}/interpretation`,
    section: 'policies',
    crumbs: [CRUMB, [`/policies/${id}`, d.title], [`/policies/${id}/interpretation`, '政策解读']],
    main,
  });
}
