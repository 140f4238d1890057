// Legacy encodings (test/e2e/encodings.spec.ts): pages in GBK, Big5, Shift_JIS, windows-1252…,
// served as an old site's server does: text/html with the charset only when ?charset= names it,
// and Yilan's files under /enc/yilan/ (a copy of /yilan/) as nginx's default mime.types does:
// text/javascript with no charset, so the page's encoding applies.
import fastifyStatic from '@fastify/static';
import { extname, join } from 'node:path';

const MOUNTS = [
  ['/enc/yilan/espeak/', 'packages/espeak/dist'],
  ['/enc/yilan/', 'packages/yilan/dist'],
  ['/enc/', 'test/fixtures/encodings'],
];
const TYPES = {
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.data': 'application/octet-stream',
};

export async function legacyEncodings(app, { root }) {
  for (const [prefix, dir] of MOUNTS)
    await app.register(fastifyStatic, {
      root: join(root, dir),
      prefix,
      decorateReply: false,
      cacheControl: false,
      etag: false,
      lastModified: false,
      setHeaders(reply, path) {
        const charset = reply.request.query?.charset;
        reply.header(
          'content-type',
          extname(path) === '.html'
            ? `text/html${charset && /^[\w-]+$/.test(charset) ? `; charset=${charset}` : ''}`
            : (TYPES[extname(path)] ?? 'application/octet-stream'),
        );
      },
    });
}
