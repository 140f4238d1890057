// 办件查询: a citizen follows their letter with the number and query code the confirmation gave.
// Right after 提交 the confirmation shows both (the code only comes in a short-lived cookie, never in
// the URL, so it is not in the history or the server's logs); later, the lookup form asks for them.
import { html } from '../html.mjs';
import { layout } from '../layout.mjs';
import { lookup } from '../../store/submissions.mjs';
import { bookingFacts } from './booking.mjs';

const CRUMBS = [
  ['/interact/', '互动交流'],
  ['/interact/track', '办件查询'],
];
const KIND_WORDS = { letter: '留言', report: '纠错', booking: '预约' };
/** Tracking numbers as submissions.mjs makes them (XX-20261203-7K3QMR). */
export const TRACKING = /^(XX|JC|YY)-\d{8}-[2-9A-HJKMNP-Z]{6}$/;

const page = (title, main) =>
  layout({ title, path: '/interact/track', section: 'interact', crumbs: CRUMBS, main });

/**
 * The confirmation after a letter or report is kept: its number and, this once, its query code.
 * `back`: the page a 纠错 report was about (a path on this site), to return to.
 */
export function received(tracking, code, back, booking) {
  if (booking) return booked(tracking, code, booking);
  const what = tracking.startsWith('JC') ? '纠错' : '留言';
  const main = html`<h1>${what}已收到</h1>
    <p class="lead" role="status">
      您${back ? `对页面 ${back} ` : ''}的${what}已经保存。${what}编号
      <strong class="code">${tracking}</strong>${
        code ? html`，查询码 <strong class="code">${code}</strong>` : ''
      }。
    </p>
    ${
      code
        ? html`<p>
            请把编号和查询码抄下来或拍照保存：查询码只在这里显示一次，凭它们可以在
            <a href="/interact/track">办件查询</a> 看到办理进度和答复。
          </p>`
        : html`<p>
            查询码只在提交后显示一次；同一份${what}提交了两次，也只保存一份。忘记查询码请拨打
            12345。
          </p>`
    }
    <p>
      ${what === '纠错' ? '我们会在三个工作日内核实处理。' : '我们会在五个工作日内答复。'}急事请拨打
      12345。
    </p>
    <p>${back ? html`<a href="${back}">返回刚才的页面</a>` : html`<a href="/">返回首页</a>`}</p>`;
  return page(`${what}已收到`, main);
}

/** A booking's confirmation: when and what, its number and (this once) its code. */
function booked(tracking, code, facts) {
  const main = html`<h1>预约成功</h1>
    <p class="lead" role="status">
      您已预约 ${facts}。预约编号 <strong class="code">${tracking}</strong>${
        code ? html`，查询码 <strong class="code">${code}</strong>` : ''
      }。
    </p>
    <p>
      请带齐办事指南中列出的材料，到市政务服务中心取号时出示预约编号。不能前来请提前取消，把名额让给别人：在
      <a href="/interact/track">办件查询</a>
      输入编号和查询码即可取消${code ? '（查询码只在这里显示一次，请抄下来或拍照保存）' : ''}。
    </p>
    <p><a href="/">返回首页</a></p>`;
  return page('预约成功', main);
}

/** The lookup form, with what was typed kept and an error when nothing matched. */
export function trackForm(values = {}, error = '') {
  const main = html`<h1>办件查询</h1>
    <p class="lead">输入提交后得到的编号和六位查询码，查看办理进度和答复。</p>
    ${error ? html`<div class="error-summary" role="alert"><p>${error}</p></div>` : ''}
    <form class="form" action="/interact/track" method="post" novalidate>
      <div class="field">
        <label for="n">编号 *</label>
        <p class="hint" id="n-hint">例如 XX-20261203-7K3QMR</p>
        <input
          id="n"
          name="n"
          value="${values.n ?? ''}"
          aria-describedby="n-hint"
          autocomplete="off"
          ${error ? html`autofocus` : ''}
        />
      </div>
      <div class="field">
        <label for="code">查询码 *</label>
        <input
          id="code"
          name="code"
          inputmode="numeric"
          autocomplete="one-time-code"
          value="${values.code ?? ''}"
        />
      </div>
      <button type="submit" class="button">查询</button>
    </form>`;
  return page('办件查询', main);
}

/** POST /interact/track: the status and answer, or the form again with one message for both mistakes. */
export async function trackSubmit(body, { db }) {
  const values = {
    n: String(body.get('n') ?? '').trim(),
    code: String(body.get('code') ?? '').trim(),
  };
  const found =
    TRACKING.test(values.n.toUpperCase()) && /^\d{6}$/.test(values.code)
      ? await lookup(db, values.n, values.code)
      : null;
  if (!found)
    return {
      status: 404,
      html: trackForm(
        values,
        '没有找到：请核对编号和查询码（编号在提交后的页面上，查询码是六位数字）。',
      ),
    };
  const main = html`<h1>${KIND_WORDS[found.kind]} ${found.tracking}</h1>
    <dl class="facts">
      <dt>办理状态</dt>
      <dd role="status"><strong>${found.statusText}</strong></dd>
      <dt>提交时间</dt>
      <dd>${found.created_at.toISOString().slice(0, 16).replace('T', ' ')}</dd>
      ${
        (found.fields?.subject ?? found.fields?.kind)
          ? html`<dt>类别</dt>
              <dd>${found.fields.subject ?? found.fields.kind}</dd>`
          : ''
      }
    </dl>
    ${
      found.answer
        ? html`<h2>答复</h2>
            <p>${found.answer}</p>`
        : html`<p>还没有答复：我们会在五个工作日内答复。</p>`
    }
    ${
      found.kind === 'booking' && found.status !== 'cancelled'
        ? html`<form class="form" action="/interact/booking/cancel" method="post">
            <input type="hidden" name="n" value="${found.tracking}" />
            <input type="hidden" name="code" value="${values.code}" />
            <p>预约的是 ${bookingFacts(found.fields)}。不能前来，请取消，把名额让给别人。</p>
            <button type="submit">取消这个预约</button>
          </form>`
        : ''
    }
    <p><a href="/interact/track">查询另一件</a></p>`;
  return { status: 200, html: page(`办件查询 ${found.tracking}`, main) };
}
