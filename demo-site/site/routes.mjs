// The portal's pages by path. Each handler returns { status, html } or undefined (not a page).
import { home } from './pages/home.mjs';
import { newsArticle, newsList } from './pages/news.mjs';
import { documentPage, interpretationPage, library, results } from './pages/policies.mjs';
import { qaIndex, qaPage } from './pages/qa.mjs';
import { serviceGuide, servicesIndex } from './pages/services.mjs';
import {
  bookingForm,
  bookingSubmit,
  interactIndex,
  matcher,
  messageForm,
  messageSubmit,
  reportForm,
  reportSubmit,
} from './pages/interact.mjs';
import { topicPage, topicsIndex } from './pages/topics.mjs';
import { aboutPage, notFound, problemPage, siteSearch } from './pages/about.mjs';
import { ask, readParams, search } from './search.mjs';

const ok = html => (html === undefined ? undefined : { status: 200, html: String(html) });
const page = (pattern, handler) => [pattern, handler];

const GET = [
  page(/^\/$/, () => ok(home())),
  page(/^\/news\/$/, () => ok(newsList())),
  page(/^\/news\/([\w-]+)$/, m => ok(newsArticle(m[1]))),
  page(/^\/policies\/$/, (m, url) => ok(library(url))),
  page(/^\/policies\/([A-Z]\w+)$/, m => ok(documentPage(m[1]))),
  page(/^\/policies\/([A-Z]\w+)\/interpretation$/, m => ok(interpretationPage(m[1]))),
  page(/^\/qa\/$/, (m, url) => ok(qaIndex(url))),
  page(/^\/qa\/([A-Z]\w+)$/, m => ok(qaPage(m[1]))),
  page(/^\/services\/$/, () => ok(servicesIndex())),
  page(/^\/services\/([\w-]+)$/, m => ok(serviceGuide(m[1]))),
  page(/^\/interact\/$/, () => ok(interactIndex())),
  page(/^\/interact\/message$/, () => ok(messageForm())),
  page(/^\/interact\/booking$/, (m, url) => ok(bookingForm(url))),
  page(/^\/interact\/matcher$/, (m, url) => ok(matcher(url))),
  page(/^\/report$/, (m, url) => ok(reportForm(url))),
  page(/^\/topics\/$/, () => ok(topicsIndex())),
  page(/^\/topics\/([\w-]+)$/, m => ok(topicPage(m[1]))),
  page(/^\/about\/([\w-]+)$/, m => ok(aboutPage(m[1]))),
  page(/^\/search$/, (m, url) => ok(siteSearch(url))),
];

const POST = [
  page(/^\/interact\/message$/, (m, url, body) => messageSubmit(body)),
  page(/^\/interact\/booking$/, (m, url, body) => bookingSubmit(body)),
  page(/^\/report$/, (m, url, body) => reportSubmit(body)),
];

/** JSON for the pages' scripts: live library results and Q&A answers. */
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
export function route(method, url, body) {
  const table = method === 'POST' ? POST : GET;
  for (const [pattern, handler] of table) {
    const match = url.pathname.match(pattern);
    if (!match) continue;
    return handler(match, url, body) ?? { status: 404, html: String(notFound(url.pathname)) };
  }
  return undefined;
}

export { problemPage };
export const notFoundPage = path => ({ status: 404, html: String(notFound(path)) });
