// The console's pages: the queues, one submission with what can be done with it, and the forms
// to take it, answer it and (publishers) publish it. Every form carries the session's CSRF token.
import { html } from '../../html.mjs';
import { STATUS_WORDS } from '../../../store/submissions.mjs';
import { staffLayout } from './layout.mjs';

/** The queues by their path segment. */
export const KINDS = { letters: 'letter', reports: 'report' };
const KIND_WORDS = { letter: '留言', report: '纠错' };
const QUEUE_TITLES = { letter: '待办信件', report: '纠错报告' };
export const QUEUE_STATUSES = ['received', 'in_progress', 'answered'];
const FIELD_WORDS = {
  name: '称呼',
  phone: '电话',
  email: '邮箱',
  idNumber: '身份证号',
  kind: '类别',
  subject: '主题',
  content: '内容',
  page: '页面',
  problem: '问题',
  detail: '说明',
};
/** Longest texts staff can send, as the form says. */
export const LIMITS = { answer: 2000, title: 60, question: 1000 };

const when = date => (date ? new Date(date).toISOString().slice(0, 16).replace('T', ' ') : '');
const hidden = csrf => html`<input type="hidden" name="csrf" value="${csrf}" />`;
const kindPath = kind => (kind === 'letter' ? 'letters' : 'reports');

/** 工作台: how many of each kind wait in each state. counts: { 'letter:received': 3, … } */
export function overview({ staff, csrf, counts }) {
  const main = html`<h1>工作台</h1>
    <p class="lead">${staff.name}，您好。点数字打开对应的清单。</p>
    <table>
      <caption>
        各类办件数量
      </caption>
      <thead>
        <tr>
          <th scope="col">类别</th>
          ${QUEUE_STATUSES.map(s => html`<th scope="col">${STATUS_WORDS[s]}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${Object.entries(KINDS).map(
          ([path, kind]) =>
            html`<tr>
              <th scope="row">${QUEUE_TITLES[kind]}</th>
              ${QUEUE_STATUSES.map(
                s =>
                  html`<td>
                    <a
                      href="/staff/queue/${path}?status=${s}"
                      aria-label="${QUEUE_TITLES[kind]}${STATUS_WORDS[s]} ${counts[`${kind}:${s}`] ?? 0} 件"
                      >${counts[`${kind}:${s}`] ?? 0}</a
                    >
                  </td>`,
              )}
            </tr>`,
        )}
      </tbody>
    </table>`;
  return staffLayout({ title: '工作台', main, staff, csrf, section: 'home' });
}

/** One queue: oldest first, with the state chosen by links above it. */
export function queuePage({ staff, csrf, kind, status, rows }) {
  const path = kindPath(kind);
  const title = `${QUEUE_TITLES[kind]}：${STATUS_WORDS[status]}`;
  const main = html`<h1>${title}</h1>
    <nav aria-label="办理状态">
      <ul class="tabs">
        ${QUEUE_STATUSES.map(
          s =>
            html`<li>
              <a
                href="/staff/queue/${path}?status=${s}"
                ${s === status ? html`aria-current="page"` : ''}
                >${STATUS_WORDS[s]}</a
              >
            </li>`,
        )}
      </ul>
    </nav>
    ${
      rows.length
        ? html`<table class="queue">
            <caption>
              共 ${rows.length} 件，先到先办
            </caption>
            <thead>
              <tr>
                <th scope="col">编号</th>
                <th scope="col">提交时间</th>
                <th scope="col">摘要</th>
                <th scope="col">承办人</th>
              </tr>
            </thead>
            <tbody>
              ${rows.map(
                r =>
                  html`<tr>
                    <td><a href="/staff/item/${r.tracking}">${r.tracking}</a></td>
                    <td>${when(r.created_at)}</td>
                    <td>${summaryOf(r.fields)}</td>
                    <td>${r.assigned_to ?? '未分配'}</td>
                  </tr>`,
              )}
            </tbody>
          </table>`
        : html`<p>没有${STATUS_WORDS[status]}的${KIND_WORDS[kind]}。</p>`
    }`;
  return staffLayout({ title, main, staff, csrf, section: path });
}

function summaryOf(fields = {}) {
  const text = String(fields.content ?? fields.detail ?? fields.problem ?? '');
  const head = [fields.kind ?? fields.problem, text.length > 30 ? `${text.slice(0, 30)}…` : text];
  return head.filter(Boolean).join('：');
}

/**
 * One submission. `form`: what was typed into a form that came back with `error` (kept whole).
 * @param {{ staff: any, csrf: string, item: any, error?: string, form?: Record<string, string>,
 *   done?: string }} page
 */
export function itemPage({ staff, csrf, item, error, form = {}, done }) {
  const mine = item.assigned_to === staff.login;
  const letter = item.kind === 'letter';
  const main = html`<h1>${KIND_WORDS[item.kind]} ${item.tracking}</h1>
    ${done ? html`<p class="notice" role="status">${done}</p>` : ''}
    ${error ? html`<div class="error-summary" role="alert"><p>${error}</p></div>` : ''}
    <dl class="facts">
      <dt>办理状态</dt>
      <dd><strong>${STATUS_WORDS[item.status]}</strong></dd>
      <dt>提交时间</dt>
      <dd>${when(item.created_at)}</dd>
      <dt>承办人</dt>
      <dd>${item.assigned_to ?? '未分配'}</dd>
    </dl>
    <h2>来信内容</h2>
    <dl class="submission">
      ${Object.entries(item.fields ?? {}).map(
        ([key, value]) =>
          html`<dt>${FIELD_WORDS[key] ?? key}</dt>
            <dd>${String(value) || '（未填）'}</dd>`,
      )}
    </dl>
    ${actions({ staff, csrf, item, mine, letter, form })}
    <p><a href="/staff/queue/${kindPath(item.kind)}?status=${item.status}">返回清单</a></p>`;
  return staffLayout({
    title: `${KIND_WORDS[item.kind]} ${item.tracking}`,
    main,
    staff,
    csrf,
    section: kindPath(item.kind),
  });
}

function actions({ staff, csrf, item, mine, letter, form }) {
  const at = `/staff/item/${item.tracking}`;
  if (item.status === 'received' || (item.status === 'in_progress' && !mine))
    return html`<form action="${at}/assign" method="post">
      ${hidden(csrf)}
      <button type="submit" class="primary">
        ${item.status === 'received' ? '由我办理' : '改由我办理'}
      </button>
    </form>`;
  if (item.status === 'in_progress')
    return html`<h2>答复</h2>
      <form class="form" action="${at}/answer" method="post" novalidate>
        ${hidden(csrf)}
        <div class="field">
          <label for="answer">答复内容</label>
          <p class="hint" id="answer-hint">
            发送后来信人凭编号和查询码即可看到，最多 ${LIMITS.answer} 字。
          </p>
          <textarea id="answer" name="answer" rows="8" aria-describedby="answer-hint">
${form.answer ?? ''}</textarea>
        </div>
        <button type="submit" class="primary">发送答复</button>
      </form>`;
  if (item.status !== 'answered') return '';
  const answered = html`<h2>答复</h2>
    <p class="answer">${item.answer}</p>
    <p>答复时间：${when(item.answered_at)}</p>`;
  if (!letter) return answered;
  if (item.published_at)
    return html`${answered}
      <p>
        已于 ${when(item.published_at)} 公开：<a href="/interact/letters/${item.id}"
          >查看公开信件</a
        >
      </p>`;
  if (staff.role !== 'publisher')
    return html`${answered}
      <p>这封留言可以公开，公开需由发布员操作。</p>`;
  return html`${answered}
    <h2>公开到“公开信件”</h2>
    <p>
      公开的标题、问题和答复会显示在网站上。请改写成不含来信人姓名、电话、邮箱、证件号和住址的文字。
    </p>
    <form class="form" action="${at}/publish" method="post" novalidate>
      ${hidden(csrf)}
      <div class="field">
        <label for="title">公开标题</label>
        <input id="title" name="title" maxlength="${LIMITS.title}" value="${form.title ?? ''}" />
      </div>
      <div class="field">
        <label for="question">公开的问题</label>
        <textarea id="question" name="question" rows="5">
${form.question ?? item.fields?.content ?? ''}</textarea>
      </div>
      <div class="field">
        <label for="public-answer">公开的答复</label>
        <textarea id="public-answer" name="answer" rows="6">
${form.answer ?? item.answer ?? ''}</textarea>
      </div>
      <button type="submit" class="primary">公开</button>
    </form>`;
}
