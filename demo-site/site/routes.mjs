// The portal's pages by path. Each handler returns { status, html } or undefined (not a page).
import { home } from './pages/home.mjs';
import { newsArticle, newsList } from './pages/news.mjs';
import { documentPage, interpretationPage, library, results } from './pages/policies.mjs';
import { qaIndex, qaPage } from './pages/qa.mjs';
import { serviceGuide, servicesIndex } from './pages/services.mjs';
import { bookingByNumber, bookingCancel, bookingForm, bookingSubmit } from './pages/booking.mjs';
import {
  interactIndex,
  matcher,
  messageForm,
  messageSubmit,
  reportForm,
  reportSubmit,
  samePage,
} from './pages/interact.mjs';
import { topicPage, topicsIndex } from './pages/topics.mjs';
import { received, TRACKING, trackForm, trackSubmit } from './pages/track.mjs';
import { letterPage, lettersList } from './pages/letters.mjs';
import { aboutPage, notFound, problemPage, siteSearch } from './pages/about.mjs';
import { ask, readParams, search } from './search.mjs';
import { data } from './data.mjs';
import { describe } from '../search/understand.mjs';

/** The page a 纠错 confirmation returns to: a path on this site, or none. */
const backTo = url =>
  url.searchParams.has('back') ? samePage(url.searchParams.get('back')) : undefined;
const ok = html => (html === undefined ? undefined : { status: 200, html: String(html) });
const page = (pattern, handler) => [pattern, handler];

const GET = [
  page(/^\/$/, () => ok(home())),
  page(/^\/news\/$/, () => ok(newsList())),
  page(/^\/news\/([\w-]+)$/, m => ok(newsArticle(m[1]))),
  page(/^\/policies\/$/, (m, url) => ok(library(url))),
  page(/^\/policies\/([\w.-]{1,80})$/, m => ok(documentPage(m[1]))),
  page(/^\/policies\/([\w.-]{1,80})\/interpretation$/, m => ok(interpretationPage(m[1]))),
  page(/^\/qa\/$/, (m, url) => ok(qaIndex(url))),
  page(/^\/qa\/([\w.-]{1,80})$/, m => ok(qaPage(m[1]))),
  page(/^\/services\/$/, () => ok(servicesIndex())),
  page(/^\/services\/([\w-]+)$/, m => ok(serviceGuide(m[1]))),
  page(/^\/interact\/$/, () => ok(interactIndex())),
  page(/^\/interact\/message$/, async (m, url, body, ctx) => ok(await messageForm(ctx))),
  page(/^\/interact\/track$/, () => ok(trackForm())),
  page(/^\/interact\/track\/([\w-]+)$/, async (m, url, body, ctx) =>
    TRACKING.test(m[1])
      ? ok(
          received(
            m[1],
            ctx.flash?.(m[1]),
            backTo(url),
            m[1].startsWith('YY') ? await bookingByNumber(ctx.db, m[1]) : undefined,
          ),
        )
      : undefined,
  ),
  page(/^\/interact\/letters$/, (m, url, body, ctx) => lettersList(url, ctx)),
  page(/^\/interact\/letters\/(\d{1,15})$/, (m, url, body, ctx) => letterPage(m[1], ctx)),
  page(/^\/interact\/booking$/, async (m, url, body, ctx) => ok(await bookingForm(ctx, url))),
  page(/^\/interact\/matcher$/, (m, url) => ok(matcher(url))),
  page(/^\/report$/, (m, url) => ok(reportForm(url))),
  page(/^\/topics\/$/, () => ok(topicsIndex())),
  page(/^\/topics\/([\w-]+)$/, m => ok(topicPage(m[1]))),
  page(/^\/about\/([\w-]+)$/, m => ok(aboutPage(m[1]))),
  page(/^\/search$/, (m, url) => ok(siteSearch(url))),
];

const POST = [
  page(/^\/interact\/message$/, (m, url, body, ctx) => messageSubmit(body, ctx)),
  page(/^\/interact\/track$/, (m, url, body, ctx) => trackSubmit(body, ctx)),
  page(/^\/interact\/booking$/, (m, url, body, ctx) => bookingSubmit(body, ctx)),
  page(/^\/interact\/booking\/cancel$/, (m, url, body, ctx) => bookingCancel(body, ctx)),
  page(/^\/report$/, (m, url, body, ctx) => reportSubmit(body, ctx)),
];

/** Longest question or query the API takes; longer ones get a 400, never a silent cut. */
const MAX_QUERY = 200;

/** What the reader typed and what was searched, with each change in words (docs/search.md). */
const understood = (q, notes) => ({
  q,
  notes: notes.map(n => ({ ...n, message: describe(n) })),
});

/** Version 1 of the JSON API (docs/search.md#json-api): { status, body }. */
export function apiV1(url) {
  const kind = url.pathname.slice('/api/v1/'.length);
  if (kind !== 'search' && kind !== 'qa') return undefined;
  const raw = url.searchParams.get('q');
  if (raw === null || !raw.trim())
    return { status: 400, body: { error: 'q is required: the words or question to look up' } };
  if (raw.length > MAX_QUERY)
    return { status: 400, body: { error: `q is longer than ${MAX_QUERY} characters` } };
  if (kind === 'search') {
    const params = readParams(url.searchParams);
    params.q = raw.trim();
    const result = search(params);
    return {
      status: 200,
      body: {
        version: 1,
        query: understood(params.q, result.notes.understood ?? []),
        partial: Boolean(result.notes.partial),
        total: result.total,
        page: result.page,
        pages: result.pages,
        hits: result.hits.map(d => ({
          id: d.id,
          title: d.title,
          docNo: d.docNo,
          agency: d.agency,
          type: d.type,
          published: d.published,
          url: `/policies/${d.id}`,
        })),
      },
    };
  }
  const limit = Math.max(
    1,
    Math.min(10, Number.parseInt(url.searchParams.get('limit') ?? '', 10) || 5),
  );
  const result = ask(raw.trim(), limit);
  const best = result.answers[0]?.pair;
  const source = best && data().doc(best.sourceDocId);
  return {
    status: 200,
    body: {
      version: 1,
      query: understood(raw.trim(), result.understood ?? []),
      confident: result.confident,
      answer:
        result.confident && best
          ? {
              pairId: best.id,
              question: best.question,
              text: best.answer,
              sourceDocId: best.sourceDocId,
              source: source
                ? { title: source.title, docNo: source.docNo, url: `/policies/${source.id}` }
                : null,
            }
          : null,
      pairs: result.answers.map(a => ({
        id: a.pair.id,
        question: a.pair.question,
        score: Math.round(a.score * 1000) / 1000,
        sourceDocId: a.pair.sourceDocId,
      })),
    },
  };
}

/** JSON for the pages' scripts (live library results, Q&A answers) and the versioned API. */
export function api(url) {
  if (url.pathname === '/api/search') {
    const params = readParams(url.searchParams);
    const result = search(params);
    return { total: result.total, html: String(results(params, result)) };
  }
  if (url.pathname === '/api/qa') return ask(url.searchParams.get('q') ?? '');
  return undefined;
}

/** A page for this request, or undefined when the path is not one of the portal's pages. */
export async function route(method, url, body, ctx = {}) {
  const table = method === 'POST' ? POST : GET;
  for (const [pattern, handler] of table) {
    const match = url.pathname.match(pattern);
    if (!match) continue;
    const found = await handler(match, url, body, ctx);
    return found ?? { status: 404, html: String(notFound(url.pathname)) };
  }
  return undefined;
}

export { problemPage };
export const notFoundPage = path => ({ status: 404, html: String(notFound(path)) });
