import { cards, html } from '../html.mjs';
import { layout } from '../layout.mjs';
import { data } from '../data.mjs';
import { AUDIENCES } from '../../content/taxonomy.mjs';

const CRUMB = ['/services/', '办事服务'];

export function servicesIndex() {
  const { services } = data();
  const groups = AUDIENCES.map(a => [a, services.filter(s => s.audience.includes(a))]).filter(
    ([, list]) => list.length,
  );
  const main = html`<h1>办事服务</h1>
    <p class="lead">
      按您的身份找到要办的事。每项服务都写明了条件、材料、流程、收费、时限和办理地点。
    </p>
    ${groups.map(
      ([audience, list]) =>
        html`<section aria-labelledby="g-${audience}">
          <h2 id="g-${audience}">${audience}办事</h2>
          ${cards(list.map(s => [`/services/${s.id}`, s.title, s.summary]))}
        </section>`,
    )}`;
  return layout({
    title: '办事服务',
    path: '/services/',
    section: 'services',
    crumbs: [CRUMB],
    main,
  });
}

export function serviceGuide(id) {
  const { service, doc } = data();
  const s = service(id);
  if (!s) return undefined;
  const basis = s.basis ? doc(s.basis) : undefined;
  const main = html`<h1>${s.title}办事指南</h1>
    <p class="lead">${s.summary}</p>
    <dl class="facts">
      <div>
        <dt>收费</dt>
        <dd>${s.fee}</dd>
      </div>
      <div>
        <dt>办理时限</dt>
        <dd>${s.timeLimit}</dd>
      </div>
      <div>
        <dt>网上办理</dt>
        <dd>${s.online ? '可以（示例市政务服务网、“示事通”移动端）' : '暂不支持，请到窗口办理'}</dd>
      </div>
      <div>
        <dt>咨询电话</dt>
        <dd>${s.phone}</dd>
      </div>
    </dl>
    <section aria-labelledby="s-cond">
      <h2 id="s-cond">申请条件</h2>
      <ul>
        ${s.conditions.map(c => html`<li>${c}</li>`)}
      </ul>
    </section>
    <section aria-labelledby="s-mat">
      <h2 id="s-mat">申请材料</h2>
      <table>
        <caption>
          ${s.title}需要的材料
        </caption>
        <thead>
          <tr>
            <th scope="col">材料名称</th>
            <th scope="col">形式</th>
            <th scope="col">份数</th>
            <th scope="col">说明</th>
          </tr>
        </thead>
        <tbody>
          ${s.materials.map(
            ([name, form, count, note]) =>
              html`<tr>
                <td>${name}</td>
                <td>${form}</td>
                <td>${count}</td>
                <td>${note || '—'}</td>
              </tr>`,
          )}
        </tbody>
      </table>
    </section>
    <section aria-labelledby="s-steps">
      <h2 id="s-steps">办理流程</h2>
      <ol class="steps">
        ${s.steps.map(step => html`<li>${step}</li>`)}
      </ol>
    </section>
    <section aria-labelledby="s-where">
      <h2 id="s-where">办理地点和时间</h2>
      <p>${s.where}</p>
      <p>${s.hours}</p>
      <p><a href="/interact/booking?service=${s.id}">预约到窗口办理</a></p>
    </section>
    ${
      basis
        ? html`<section aria-labelledby="s-basis">
            <h2 id="s-basis">办理依据</h2>
            <p><a href="/policies/${basis.id}">${basis.title}</a>（${basis.docNo}）</p>
          </section>`
        : ''
    }`;
  return layout({
    title: `${s.title}办事指南`,
    path: `/services/${id}`,
    section: 'services',
    crumbs: [CRUMB, [`/services/${id}`, s.title]],
    main,
  });
}
