// 公开信件: letters the city answered and a publisher chose to show, newest first. Only what the
// publisher wrote for the public (title, question, answer) and dates: never the tracking number,
// the sender or their own words.
import { html } from '../html.mjs';
import { layout } from '../layout.mjs';
import { published, publishedCount, publishedLetter } from '../../store/submissions.mjs';

const PER_PAGE = 10;
const CRUMBS = [
  ['/interact/', '互动交流'],
  ['/interact/letters', '公开信件'],
];
const day = date => (date ? new Date(date).toISOString().slice(0, 10) : '');

/** GET /interact/letters?page=n */
export async function lettersList(url, { db }) {
  const total = await publishedCount(db);
  const pages = Math.max(1, Math.ceil(total / PER_PAGE));
  const asked = Number.parseInt(url.searchParams.get('page') ?? '1', 10);
  const pageNo = Math.min(pages, Math.max(1, Number.isFinite(asked) ? asked : 1));
  const rows = await published(db, PER_PAGE, (pageNo - 1) * PER_PAGE);
  const main = html`<h1>公开信件</h1>
    <p class="lead">
      市长信箱的部分留言和答复，经来信人同意并删去个人信息后公开。想写信请到
      <a href="/interact/message">市长信箱</a>。
    </p>
    ${
      rows.length
        ? html`<p>共 ${total} 封，最新的在前。</p>
            <ul class="news-list">
              ${rows.map(
                r =>
                  html`<li>
                    <h2><a href="/interact/letters/${r.id}">${r.title}</a></h2>
                    <p>答复日期：${day(r.answered_at)}</p>
                  </li>`,
              )}
            </ul>
            ${pagination(pageNo, pages)}`
        : html`<p class="empty">还没有公开的信件。</p>`
    }`;
  return {
    status: 200,
    html: String(
      layout({
        title: pageNo > 1 ? `公开信件（第 ${pageNo} 页）` : '公开信件',
        path: '/interact/letters',
        section: 'interact',
        crumbs: CRUMBS,
        main,
      }),
    ),
  };
}

function pagination(pageNo, pages) {
  if (pages <= 1) return '';
  const at = n => `/interact/letters?page=${n}`;
  return html`<nav class="pages" aria-label="分页">
    <ul>
      ${pageNo > 1 ? html`<li><a href="${at(pageNo - 1)}" rel="prev">上一页</a></li>` : ''}
      ${Array.from({ length: pages }, (_, i) => i + 1).map(
        n =>
          html`<li>
            <a href="${at(n)}" ${n === pageNo ? html`aria-current="page"` : ''}>第 ${n} 页</a>
          </li>`,
      )}
      ${pageNo < pages ? html`<li><a href="${at(pageNo + 1)}" rel="next">下一页</a></li>` : ''}
    </ul>
  </nav>`;
}

/** GET /interact/letters/<id>: one letter, or undefined (the portal's 404). */
export async function letterPage(id, { db }) {
  const letter = await publishedLetter(db, id);
  if (!letter) return undefined;
  const main = html`<h1>${letter.title}</h1>
    <dl class="facts">
      <dt>来信日期</dt>
      <dd>${day(letter.created_at)}</dd>
      <dt>答复日期</dt>
      <dd>${day(letter.answered_at)}</dd>
    </dl>
    <h2>来信</h2>
    <p class="letter-text">${letter.question}</p>
    <h2>答复</h2>
    <p class="letter-text">${letter.answer}</p>
    <p><a href="/interact/letters">返回公开信件</a></p>`;
  return {
    status: 200,
    html: String(
      layout({
        title: letter.title,
        path: `/interact/letters/${letter.id}`,
        section: 'interact',
        crumbs: [...CRUMBS, [`/interact/letters/${letter.id}`, letter.title]],
        main,
      }),
    ),
  };
}
