// 预约办事: a window at the city's service centre, booked against real capacity. Each service has
// a number of places per half-day (store/bookings.mjs keeps "taken <= capacity" in the database),
// so two people pressing 确认预约 for the last place cannot both get it. A booking is a
// submission like a letter: it has a tracking number and a query code, shown once, and the code
// cancels it (the place goes back).
import { book, cancel, freePlaces, openSlots } from '../../store/bookings.mjs';
import { lookup } from '../../store/submissions.mjs';
import { html } from '../html.mjs';
import { layout } from '../layout.mjs';
import { data } from '../data.mjs';
import { errorSummary, field, formKey, nameField, phoneField, readFields } from './forms.mjs';
import { randomUUID } from 'node:crypto';

const CRUMBS = [
  ['/interact/', '互动交流'],
  ['/interact/booking', '预约办事'],
];
const WEEKDAYS = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'];

/** The demo's "today": the calendar starts here so pages and tests stay the same every day. */
const FIRST_DAY = '2026-11-30';
/** How many working days ahead can be booked (about two weeks). */
const DAYS = 12;

/** The two windows of a working day; Saturday has only the morning one (older people first). */
export const HALVES = { am: '上午 9:00–12:00', pm: '下午 13:30–17:00' };

/** Places per half-day at each service's window: fewer on Saturday morning. */
const CAPACITY = { weekday: 20, saturday: 10 };

/** The next working days (Monday to Saturday) from the demo's first day. */
export function workingDays(count = DAYS, from = FIRST_DAY) {
  const out = [];
  const d = new Date(`${from}T00:00:00Z`);
  while (out.length < count) {
    const day = d.getUTCDay();
    if (day !== 0)
      out.push({
        iso: d.toISOString().slice(0, 10),
        label: `${d.getUTCMonth() + 1}月${d.getUTCDate()}日 ${WEEKDAYS[day]}`,
        saturday: day === 6,
      });
    d.setUTCDate(d.getUTCDate() + 1);
  }
  return out;
}

/**
 * Opens every service's half-days on the calendar, once: a slot that exists keeps its capacity
 * and its bookings (a restart gives no place twice).
 */
export async function openBookingSlots(db) {
  const { rows } = await db.query('select count(*)::int as n from slots');
  if (rows[0].n > 0) return;
  const slots = [];
  for (const s of data().services)
    for (const d of workingDays())
      for (const half of d.saturday ? ['am'] : ['am', 'pm'])
        slots.push({
          service: s.id,
          day: d.iso,
          half,
          capacity: d.saturday ? CAPACITY.saturday : CAPACITY.weekday,
        });
  await openSlots(db, slots);
}

const LABELS = {
  service: '办理事项',
  date: '日期',
  slot: '时段',
  name: '姓名',
  phone: '手机号码',
};

/** "上午余 12 个，下午已满" for one day, from the places left per half-day. */
function placesText(free, day) {
  const halves = free.filter(f => f.day === day.iso);
  if (!halves.length) return '';
  if (halves.every(f => f.free <= 0)) return '（已约满）';
  const words = halves.map(
    f => `${f.half === 'am' ? '上午' : '下午'}${f.free > 0 ? `余 ${f.free} 个` : '已满'}`,
  );
  return `（${words.join('，')}）`;
}

/**
 * The booking form. With a service chosen (?service= or a form sent back with errors), each day
 * says how many places are left.
 */
export async function bookingForm(ctx, url, values = {}, errors = {}) {
  const { services, service } = data();
  const chosen = values.service ?? url?.searchParams.get('service') ?? '';
  const free = service(chosen) ? await freePlaces(ctx.db, chosen, FIRST_DAY) : [];
  const first = Object.keys(errors)[0];
  const main = html`<h1>预约办事</h1>
    <p class="lead">
      预约后按时到窗口，不用排队。六十岁以上老年人可以选择周六上午的老年人优先窗口。
    </p>
    ${errorSummary(errors, LABELS)}
    <form class="form" action="/interact/booking" method="post" novalidate>
      <input type="hidden" name="key" value="${values.key ?? randomUUID()}" />
      ${field({
        id: 'service',
        label: '办理事项 *',
        errors,
        first,
        control: a =>
          html`<select id="service" name="service" ${a.describedBy} ${a.invalid} ${a.focus}>
            <option value="">请选择</option>
            ${services.map(s => html`<option value="${s.id}" ${s.id === chosen ? html`selected` : ''}>${s.title}</option>`)}
          </select>`,
      })}
      <fieldset
        class="field calendar ${errors.date ? 'invalid' : ''}"
        id="date"
        tabindex="-1"
        ${errors.date ? html`aria-describedby="date-error"` : ''}
      >
        <legend>日期 *（可预约未来两周）</legend>
        ${errors.date ? html`<p class="error" id="date-error">错误：${errors.date}</p>` : ''}
        <ul class="days">
          ${workingDays().map(
            (d, i) =>
              html`<li>
                <input
                  type="radio"
                  id="day-${i}"
                  name="date"
                  value="${d.iso}"
                  ${values.date === d.iso ? html`checked` : ''}
                  ${first === 'date' && i === 0 ? html`autofocus` : ''}
                />
                <label for="day-${i}"
                  >${d.label}${d.saturday ? '（仅上午，老年人优先）' : ''}${placesText(
                    free,
                    d,
                  )}</label
                >
              </li>`,
          )}
        </ul>
      </fieldset>
      <fieldset
        class="field ${errors.slot ? 'invalid' : ''}"
        id="slot"
        tabindex="-1"
        ${errors.slot ? html`aria-describedby="slot-error"` : ''}
      >
        <legend>时段 *</legend>
        ${errors.slot ? html`<p class="error" id="slot-error">错误：${errors.slot}</p>` : ''}
        ${Object.entries(HALVES).map(
          ([half, words], i) =>
            html`<label class="choice"
              ><input
                type="radio"
                name="slot"
                value="${half}"
                ${values.slot === half ? html`checked` : ''}
                ${first === 'slot' && i === 0 ? html`autofocus` : ''}
              />
              ${words}</label
            >`,
        )}
      </fieldset>
      ${nameField('姓名 *', values, errors, first)}
      ${phoneField('手机号码 *', '窗口有变动时，工作人员会打这个电话通知您。', values, errors, first)}
      <p><button type="submit" class="primary">确认预约</button></p>
    </form>`;
  return layout({
    title: Object.keys(errors).length ? '预约办事（有错误）' : '预约办事',
    path: '/interact/booking',
    section: 'interact',
    crumbs: CRUMBS,
    main,
  });
}

/** POST /interact/booking: a place kept in the database, or the form again with what to change. */
export async function bookingSubmit(body, ctx) {
  const { service } = data();
  const { values, errors } = readFields(body, {
    service: 40,
    date: 10,
    slot: 10,
    name: 40,
    phone: 20,
  });
  // Only what the form offers: a listed service, one of its working days, one of its windows.
  const day = workingDays().find(d => d.iso === values.date);
  if (!service(values.service)) errors.service = '请选择要办理的事项';
  if (!day) errors.date = '请选择一个日期';
  if (!HALVES[values.slot]) errors.slot = '请选择上午或下午';
  else if (values.slot === 'pm' && day?.saturday) errors.slot = '周六只有上午可以预约';
  if (!values.name) errors.name = '请填写姓名';
  if (!errors.phone && !/^1\d{10}$/.test(values.phone.replace(/\s/g, '')))
    errors.phone = '请填写 11 位手机号码，例如 13800000000';
  const key = formKey(body);
  const again = async errs => ({
    status: 422,
    html: await bookingForm(ctx, undefined, { ...values, key }, errs),
  });
  if (Object.keys(errors).length) return again(errors);
  const result = await book(ctx.db, {
    service: values.service,
    day: values.date,
    half: values.slot,
    fields: { name: values.name, phone: values.phone.replace(/\s/g, '') },
    key,
  });
  if (result.full)
    return again({ slot: '这个时段已经约满了，请换一个日期或时段（每天的剩余名额写在日期旁边）' });
  if (result.noSlot) return again({ date: '这一天不能预约，请换一个日期' });
  const kept = result.booked;
  return {
    redirect: `/interact/track/${kept.tracking}`,
    tracking: kept.tracking,
    code: kept.duplicate ? undefined : kept.code,
  };
}

/** What a booking's confirmation and lookup say about it (no name or telephone). */
export function bookingFacts(fields) {
  const title = data().service(fields.service)?.title ?? fields.service;
  return `${fields.day} ${HALVES[fields.half] ?? ''} 办理“${title}”`;
}

/** A booking's facts by its number alone, for its confirmation page; undefined if none. */
export async function bookingByNumber(db, tracking) {
  const { rows } = await db.query(
    "select fields from submissions where tracking = $1 and kind = 'booking'",
    [tracking],
  );
  return rows[0] && bookingFacts(rows[0].fields);
}

/** POST /interact/booking/cancel: the number and code cancel it; the place goes back. */
export async function bookingCancel(body, { db }) {
  const n = String(body.get('n') ?? '').trim();
  const code = String(body.get('code') ?? '').trim();
  const found = /^\d{6}$/.test(code) ? await lookup(db, n, code) : null;
  const done = found?.kind === 'booking' && (await cancel(db, n, code));
  const main = done
    ? html`<h1>预约已取消</h1>
        <p class="lead" role="status">
          预约
          <strong class="code">${found.tracking}</strong
          >（${bookingFacts(found.fields)}）已经取消，名额已经让给别人。
        </p>
        <p><a href="/interact/booking">重新预约</a></p>`
    : html`<h1>没有取消</h1>
        <p class="lead" role="alert">
          没有找到可以取消的预约：请核对编号和查询码；已经取消的预约不能再取消。
        </p>
        <p><a href="/interact/track">回到办件查询</a></p>`;
  return {
    status: done ? 200 : 404,
    html: layout({
      title: done ? '预约已取消' : '没有取消',
      path: '/interact/booking',
      section: 'interact',
      crumbs: CRUMBS,
      main,
    }),
  };
}
