// Headers on every response. @fastify/helmet sets the generic ones (nosniff, Referrer-Policy…);
// the Content-Security-Policy depends on what is served, so it is chosen here once the reply is
// known: the portal's own pages get the strict policy with Trusted Types and frame-ancestors
// 'none'; test pages (/fixtures/, /bench/, /enc/) have inline scripts and legacy markup on
// purpose and get a policy only when they ask for one with ?csp=.
import fp from 'fastify-plugin';
import helmet from '@fastify/helmet';

export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; font-src 'self'; connect-src 'self'; " +
  "object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'; trusted-types lit-html";

/**
 * The portal's policy: the strict one, plus the live search's own Trusted Types policy
 * (public/js/live-search.js), no framing by any site, and forms posting only to this site.
 */
export const PORTAL_CSP = STRICT_CSP.replace(
  'trusted-types lit-html',
  "trusted-types lit-html portal-search; frame-ancestors 'none'; form-action 'self'",
);

/** What helmet adds below, for the few answers given before any hook runs (a URL that cannot be decoded). */
export const BASE_HEADERS = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'strict-origin-when-cross-origin',
  'cache-control': 'no-store',
};

const TEST_PAGES = ['/fixtures/', '/bench/', '/enc/'];

async function plugin(app) {
  await app.register(helmet, {
    // Chosen per response below.
    contentSecurityPolicy: false,
    // frame-ancestors 'none' in the portal's CSP does this for pages; test pages frame each other.
    frameguard: false,
    // Loopback over plain HTTP: a browser ignores HSTS there (a deployment behind TLS sets it).
    strictTransportSecurity: false,
    // Another port on 127.0.0.1 is the same site: tests serve pages from a second server.
    crossOriginResourcePolicy: { policy: 'same-site' },
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
  });
  app.addHook('onSend', async (request, reply, payload) => {
    reply.header('cache-control', 'no-store');
    const type = String(reply.getHeader('content-type') ?? '');
    if (!type.startsWith('text/html')) return payload;
    const asked = new URLSearchParams(request.url.split('?')[1] ?? '').get('csp');
    const testPage = TEST_PAGES.some(prefix => request.url.startsWith(prefix));
    if (asked === 'strict-tt-none')
      reply.header(
        'content-security-policy',
        STRICT_CSP.replace('trusted-types lit-html', 'trusted-types none'),
      );
    else if (!testPage) reply.header('content-security-policy', PORTAL_CSP);
    else if (asked) reply.header('content-security-policy', STRICT_CSP);
    return payload;
  });
}

export const headers = fp(plugin, { name: 'portal-headers' });
