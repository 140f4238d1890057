import { randomUUID } from 'node:crypto';
import { keptUnder, submit } from '../../store/submissions.mjs';
import { html, query } from '../html.mjs';
import { layout } from '../layout.mjs';
import { data } from '../data.mjs';
import { errorSummary, field, formKey, nameField, phoneField, readFields } from './forms.mjs';

const CRUMB = ['/interact/', '互动交流'];

export function interactIndex() {
  const main = html`<h1>互动交流</h1>
    <ul class="cards">
      <li>
        <a href="/interact/message"
          ><strong>市长信箱</strong><span>给政府留言，五个工作日内答复。</span></a
        >
      </li>
      <li>
        <a href="/interact/letters"
          ><strong>公开信件</strong><span>已经答复的市民来信，看看别人问了什么。</span></a
        >
      </li>
      <li>
        <a href="/qa/"><strong>政策问答</strong><span>用自己的话提问，回答注明政策依据。</span></a>
      </li>
      <li>
        <a href="/interact/booking"
          ><strong>预约办事</strong><span>预约到政务服务中心窗口办理，不用排队。</span></a
        >
      </li>
      <li>
        <a href="/interact/matcher"
          ><strong>政策计算器</strong><span>回答几个问题，看看您能享受哪些政策。</span></a
        >
      </li>
    </ul>`;
  return layout({
    title: '互动交流',
    path: '/interact/',
    section: 'interact',
    crumbs: [CRUMB],
    main,
  });
}

// ---- forms ----------------------------------------------------------------------------------

const MESSAGE_LABELS = {
  name: '您的称呼',
  phone: '联系电话',
  kind: '留言类别',
  content: '留言内容',
  captcha: '验证码',
};

/**
 * The 市长信箱 form. Its CAPTCHA is a picture the server draws and can say aloud
 * (server/captcha.mjs): the answer is never in the page.
 * @param {{ captcha: { issue(): Promise<{ token: string }> } }} ctx
 */
export async function messageForm(ctx, values = {}, errors = {}) {
  const captcha = await ctx.captcha.issue();
  const first = Object.keys(errors)[0];
  const kinds = ['咨询', '建议', '投诉', '求助'];
  const main = html`<h1>市长信箱</h1>
    <p class="lead">
      写下您的问题或建议，我们会在五个工作日内答复。填写没有时间限制，带 * 的为必填项。
    </p>
    ${errorSummary(errors, MESSAGE_LABELS)}
    <form class="form" action="/interact/message" method="post" novalidate>
      <input type="hidden" name="key" value="${values.key ?? randomUUID()}" />
      ${nameField('您的称呼 *', values, errors, first, true)}
      ${phoneField('联系电话（选填）', '留下电话，工作人员可以打电话答复您。', values, errors, first)}
      <fieldset class="field">
        <legend>留言类别 *</legend>
        ${kinds.map(
          k =>
            html`<label class="choice"
              ><input
                type="radio"
                name="kind"
                value="${k}"
                ${(values.kind ?? '咨询') === k ? html`checked` : ''}
              />
              ${k}</label
            >`,
        )}
      </fieldset>
      ${field({
        id: 'content',
        label: '留言内容 *',
        hint: '10 到 500 个字。',
        errors,
        first,
        control: a =>
          html`<textarea
            id="content"
            name="content"
            rows="6"
            maxlength="500"
            required
            ${a.describedBy}
            ${a.invalid}
            ${a.focus}
          >
${values.content ?? ''}</textarea>`,
      })}
      ${field({
        id: 'captcha',
        label: '验证码 *',
        hint: html`请输入下面方框里的四个数字。看不清可以放大，也可以让网站读出来。`,
        errors,
        first,
        control: a =>
          html`<p class="captcha-box">
              <img
                class="captcha"
                src="/captcha/${captcha.token}.svg"
                alt="验证码图片：四个数字。看不清请按“朗读验证码”"
                width="240"
                height="90"
                data-captcha
              />
            </p>
            <p class="captcha-tools">
              <button type="button" data-captcha-zoom aria-pressed="false" hidden>
                放大验证码
              </button>
              <button type="button" data-captcha-new hidden>换一张</button>
              <a class="button" href="/captcha/${captcha.token}.wav" data-captcha-speak
                >朗读验证码</a
              >
            </p>
            <input type="hidden" name="token" value="${captcha.token}" />
            <input
              id="captcha"
              name="captcha"
              inputmode="numeric"
              autocomplete="off"
              maxlength="4"
              required
              ${a.describedBy}
              ${a.invalid}
              ${a.focus}
            />`,
      })}
      <p><button type="submit" class="primary">提交留言</button></p>
    </form>`;
  return layout({
    title: Object.keys(errors).length ? '市长信箱（有错误）' : '市长信箱',
    path: '/interact/message',
    section: 'interact',
    crumbs: [CRUMB, ['/interact/message', '市长信箱']],
    main,
    scripts: ['/js/captcha.js'],
  });
}

export async function messageSubmit(body, ctx) {
  const { values, errors } = readFields(body, { name: 40, phone: 20, kind: 10, content: 500 });
  values.kind ||= '咨询';
  if (!values.name) errors.name = '请填写您的称呼';
  if (values.phone && !errors.phone && !/^[\d\s+-]{7,20}$/.test(values.phone))
    errors.phone = '电话号码只能包含数字，例如 13800000000';
  if (values.content.length < 10) errors.content = '请至少写 10 个字，说明您的问题';
  const key = formKey(body);
  // Sent again (a second click, a reload that re-posts): the letter already kept, whatever the
  // CAPTCHA now says (its one try was spent on the first send).
  const kept = await keptUnder(ctx.db, key, 'letter');
  if (kept) return { redirect: `/interact/track/${kept.tracking}`, tracking: kept.tracking };
  // One try per picture: right or wrong, the token is spent and the form shows a new one.
  if (!(await ctx.captcha.check(body.get('token'), body.get('captcha'))))
    errors.captcha =
      '验证码不对或已失效（每张只能用一次，十分钟内有效），请输入新的验证码；其他内容都还在';
  if (Object.keys(errors).length)
    return { status: 422, html: await messageForm(ctx, { ...values, key }, errors) };
  // Acknowledged only once the database has kept it; then redirected, so a reload posts nothing.
  const letter = await submit(ctx.db, { kind: 'letter', fields: values, key });
  return {
    redirect: `/interact/track/${letter.tracking}`,
    tracking: letter.tracking,
    code: letter.duplicate ? undefined : letter.code,
  };
}

// ---- 政策计算器 ----------------------------------------------------------------------------------

const RULES = [
  {
    service: 'elder-allowance',
    doc: 'H01',
    when: a => a.local && a.age >= 80,
    why: '本市户籍、年满八十周岁',
  },
  { service: 'elder-card', when: a => a.age >= 60, why: '年满六十周岁' },
  {
    doc: 'H02',
    when: a =>
      a.local && a.age >= 60 && (a.tags.includes('low-income') || a.tags.includes('disabled')),
    why: '六十周岁以上，低保或失能、残疾',
  },
  {
    service: 'disability-subsidy',
    when: a => a.local && a.tags.includes('disabled'),
    why: '本市户籍的持证残疾人',
  },
  {
    doc: 'H03',
    when: a =>
      a.tags.includes('unemployed') || a.tags.includes('graduate') || a.tags.includes('veteran'),
    why: '登记失业、高校毕业生或退役军人',
  },
  {
    service: 'business-start',
    doc: 'H04',
    when: a => a.tags.includes('business'),
    why: '准备开办或经营企业',
  },
  {
    service: 'fund-withdraw',
    doc: 'H05',
    when: a => a.tags.includes('elevator'),
    why: '所在楼栋加装电梯',
  },
  {
    service: 'medical-remote',
    doc: 'H06',
    when: a => a.tags.includes('chronic'),
    why: '患有慢性病、需要长期门诊治疗',
  },
];
const TAGS = [
  ['low-income', '家庭享受低保或属于低保边缘家庭'],
  ['disabled', '本人持有残疾人证'],
  ['unemployed', '目前登记失业'],
  ['graduate', '高校毕业两年内'],
  ['veteran', '退役军人'],
  ['business', '准备开办或正在经营企业、个体工商户'],
  ['elevator', '所住楼栋正在或准备加装电梯'],
  ['chronic', '患有高血压、糖尿病等慢性病'],
];

export function matcher(url) {
  const { service, doc } = data();
  const p = url.searchParams;
  const asked = p.has('age');
  const answers = {
    age: Math.max(0, Math.min(120, Number.parseInt(p.get('age') ?? '', 10) || 0)),
    local: p.get('hukou') === 'local',
    tags: p.getAll('tag'),
  };
  const matches = asked ? RULES.filter(r => r.when(answers)) : [];
  const main = html`<h1>政策计算器</h1>
    <p class="lead">
      回答下面几个问题，看看您可能享受哪些政策。结果仅供参考，以经办部门审核为准；您填写的内容不会被保存。
    </p>
    <form class="form" action="/interact/matcher" method="get">
      <div class="field">
        <label for="age">您的年龄</label>
        <input
          id="age"
          name="age"
          type="number"
          min="0"
          max="120"
          inputmode="numeric"
          value="${asked ? answers.age : ''}"
        />
      </div>
      <fieldset class="field">
        <legend>户籍</legend>
        <label class="choice"
          ><input
            type="radio"
            name="hukou"
            value="local"
            ${answers.local || !asked ? html`checked` : ''}
          />
          本市户籍</label
        >
        <label class="choice"
          ><input
            type="radio"
            name="hukou"
            value="other"
            ${asked && !answers.local ? html`checked` : ''}
          />
          外地户籍，持本市居住证</label
        >
      </fieldset>
      <fieldset class="field">
        <legend>以下情况符合的请勾选（可多选）</legend>
        ${TAGS.map(([value, label]) => html`<label class="choice"><input type="checkbox" name="tag" value="${value}" ${answers.tags.includes(value) ? html`checked` : ''} /> ${label}</label>`)}
      </fieldset>
      <p><button type="submit" class="primary">看看能享受哪些政策</button></p>
    </form>
    ${
      asked
        ? html`<section aria-labelledby="match-h" class="matches">
            <h2 id="match-h" tabindex="-1">
              ${matches.length ? html`您可能享受 ${matches.length} 项政策` : '暂未找到匹配的政策'}
            </h2>
            ${
              matches.length
                ? html`<ul class="list">
                    ${matches.map(r => {
                      const s = r.service ? service(r.service) : undefined;
                      const d = r.doc ? doc(r.doc) : undefined;
                      return html`<li>
                        <strong>${s ? s.title : d.subject}</strong>（因为：${r.why}）
                        ${s ? html`<a href="/services/${s.id}">办事指南</a>` : ''}
                        ${d ? html`<a href="/policies/${d.id}">政策原文</a>` : ''}
                      </li>`;
                    })}
                  </ul>`
                : html`<p>可以拨打 12345 咨询，或在<a href="/qa/">政策问答</a>中描述您的情况。</p>`
            }
          </section>`
        : ''
    }`;
  return layout({
    title: '政策计算器',
    path: `/interact/matcher${url.search}`,
    section: 'interact',
    crumbs: [CRUMB, ['/interact/matcher', '政策计算器']],
    main,
  });
}

// ---- 纠错 ----------------------------------------------------------------------------------------

const REPORT_LABELS = {
  page: '出错的页面',
  problem: '问题类型',
  detail: '问题描述',
  contact: '联系方式',
};

export function reportForm(url, values = {}, errors = {}) {
  const page = values.page ?? (url?.searchParams.get('page') ?? '/').slice(0, 200);
  const first = Object.keys(errors)[0];
  const problems = [
    '内容错误或过时',
    '链接打不开',
    '页面无法正常使用',
    '无障碍问题（看不清、读不出、键盘用不了）',
    '其他',
  ];
  const main = html`<h1>我要纠错</h1>
    <p class="lead">
      发现网站内容有误、链接失效或者页面无法使用，请告诉我们。我们会在三个工作日内核实处理。
    </p>
    ${errorSummary(errors, REPORT_LABELS)}
    <form class="form" action="/report" method="post" novalidate>
      <input type="hidden" name="key" value="${values.key ?? randomUUID()}" />
      <div class="field">
        <label for="page">出错的页面</label>
        <input id="page" name="page" value="${page}" readonly />
      </div>
      <fieldset class="field ${errors.problem ? 'invalid' : ''}" id="problem" tabindex="-1">
        <legend>问题类型 *</legend>
        ${errors.problem ? html`<p class="error">错误：${errors.problem}</p>` : ''}
        ${problems.map((p, i) => html`<label class="choice"><input type="radio" name="problem" value="${p}" ${values.problem === p ? html`checked` : ''} ${first === 'problem' && i === 0 ? html`autofocus` : ''} /> ${p}</label>`)}
      </fieldset>
      ${field({
        id: 'detail',
        label: '问题描述 *',
        errors,
        first,
        control: a =>
          html`<textarea
            id="detail"
            name="detail"
            rows="5"
            maxlength="500"
            ${a.describedBy}
            ${a.invalid}
            ${a.focus}
          >
${values.detail ?? ''}</textarea>`,
      })}
      <div class="field">
        <label for="contact">联系方式（选填）</label>
        <input id="contact" name="contact" autocomplete="email" value="${values.contact ?? ''}" />
      </div>
      <p><button type="submit" class="primary">提交</button></p>
    </form>`;
  return layout({
    title: '我要纠错',
    path: `/report${query({ page })}`,
    crumbs: [['/report', '我要纠错']],
    main,
  });
}

/**
 * The page to go back to, only when it is a path on this site: one leading "/", no backslash
 * (browsers read "/\\evil.example" as "//evil.example"), no whitespace or control characters (they
 * drop tabs and line breaks from URLs, so "/\t/evil.example" would become "//evil.example" too).
 */
export const samePage = page => (/^\/(?![/\\])[^\\\s\x00-\x1f]*$/.test(page) ? page : '/');

export async function reportSubmit(body, { db }) {
  const { values, errors } = readFields(body, {
    page: 2000,
    problem: 40,
    detail: 500,
    contact: 100,
  });
  if (!values.problem) errors.problem = '请选择问题类型';
  if (values.detail.length < 5) errors.detail ??= '请简单描述您遇到的问题';
  const key = formKey(body);
  if (Object.keys(errors).length)
    return { status: 422, html: reportForm(undefined, { ...values, key }, errors) };
  const kept = await submit(db, { kind: 'report', fields: values, key });
  const back = encodeURIComponent(samePage(values.page));
  return {
    redirect: `/interact/track/${kept.tracking}?back=${back}`,
    tracking: kept.tracking,
    code: kept.code,
  };
}
