import { mkdir, writeFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { test, expect } from '@playwright/test';
import { audit, run, tempDir, lines } from './cli-run.js';

// Each test runs the real bin, often several times over 13 modes: more than a page test's 30 s.
test.describe.configure({ timeout: 120_000 });

// Where pages come from: a crawl, a site's robots.txt, the site's own server, a login and clicks.

const html = (body: string, title = 'Page') =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body><main><h1>${title}</h1>${body}</main></body></html>`;

async function site(handler: (req: IncomingMessage, res: ServerResponse) => void) {
  const server = createServer(handler);
  await new Promise<void>(r => server.listen(0, '127.0.0.1', r));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { origin, close: () => new Promise(r => server.close(r)) };
}

test('a same-origin crawl: depth, page limit, patterns, robots.txt and a polite delay', async () => {
  const hits: { path: string; at: number }[] = [];
  const links: Record<string, string[]> = {
    '/': ['/a', '/b', '/private/c', 'https://elsewhere.example/x', '/a#top', 'mailto:x@y.z'],
    '/a': ['/a/deep'],
    '/b': ['/'],
    '/a/deep': ['/a/deeper'],
  };
  const { origin, close } = await site((req, res) => {
    const path = new URL(req.url!, 'http://x').pathname;
    if (path === '/robots.txt') return res.end('User-agent: *\nDisallow: /private/\n');
    hits.push({ path, at: Date.now() });
    if (path === '/script.js')
      return res.end(
        "document.querySelector('main').insertAdjacentHTML('beforeend', '<p><a href=\"/from-script\">s</a></p>')",
      );
    const list = links[path] ?? [];
    res.setHeader('content-type', 'text/html');
    res.end(
      html(
        `${list.map(l => `<p><a href="${l}">${l}</a></p>`).join('')}${path === '/b' ? '<script src="/script.js"></script>' : ''}`,
        path,
      ),
    );
  });
  const paths = (urls: string[]) => urls.map(u => new URL(u).pathname);
  const base = ['--crawl', '--modes', 'as-is', '--checks', 'none'];
  const deep = await audit([`${origin}/`, ...base, '--max-depth', '2']);
  expect(deep.code, lines(deep.report).join('\n') + deep.stdout).toBe(0);
  expect(paths(deep.report!.pages.map(p => p.url))).toEqual([
    '/',
    '/a',
    '/b',
    '/a/deep',
    '/from-script',
  ]);
  expect(hits.some(h => h.path.startsWith('/private'))).toBe(false);
  const shallow = await audit([
    `${origin}/`,
    ...base,
    '--max-depth',
    '1',
    '--crawl-exclude',
    '*/b',
  ]);
  expect(paths(shallow.report!.pages.map(p => p.url))).toEqual(['/', '/a']);
  const few = await audit([`${origin}/`, ...base, '--max-pages', '2', '--ignore-robots']);
  expect(few.report!.pages).toHaveLength(2);
  hits.length = 0;
  await audit([
    `${origin}/`,
    ...base,
    '--max-depth',
    '1',
    '--crawl-delay',
    '300',
    '--concurrency',
    '1',
  ]);
  const crawlHits = hits.filter(h => !h.path.endsWith('.js')).slice(0, 3);
  expect(crawlHits[1]!.at - crawlHits[0]!.at).toBeGreaterThanOrEqual(290);
  expect(crawlHits[2]!.at - crawlHits[1]!.at).toBeGreaterThanOrEqual(290);
  await close();
});

test('a site root finds its sitemap through robots.txt, or at /sitemap.xml', async () => {
  const urlset = (origin: string, paths: string[]) =>
    `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${paths.map(p => `<url><loc>${origin}${p}</loc></url>`).join('')}</urlset>`;
  let robots = true;
  const s = await site((req, res) => {
    const path = new URL(req.url!, 'http://x').pathname;
    if (path === '/robots.txt')
      return robots ? res.end('Sitemap: /maps/site.xml\n') : res.writeHead(404).end();
    if (path === '/maps/site.xml') return res.end(urlset(s.origin, ['/one']));
    if (path === '/sitemap.xml') return res.end(urlset(s.origin, ['/two']));
    res.setHeader('content-type', 'text/html');
    res.end(html('', path));
  });
  const a = await audit(['--sitemap', `${s.origin}/`, '--modes', 'as-is']);
  expect(a.report!.pages.map(p => new URL(p.url).pathname)).toEqual(['/one']);
  robots = false;
  const b = await audit(['--sitemap', `${s.origin}/`, '--modes', 'as-is']);
  expect(b.report!.pages.map(p => new URL(p.url).pathname)).toEqual(['/two']);
  await s.close();
});

test("--start-server runs the site's own server until it says it is ready, and stops it after", async () => {
  const dir = await tempDir();
  const script = join(dir, 'server.cjs');
  await writeFile(
    script,
    `const http = require('http');
setTimeout(() => {
  http.createServer((q, s) => { s.setHeader('content-type', 'text/html'); s.end(${JSON.stringify(html('<p>Served.</p>'))}); })
    .listen(Number(process.argv[2]), '127.0.0.1', () => console.log('ready on ' + process.argv[2]));
}, 300);`,
  );
  const port = 43000 + Math.floor(Math.random() * 2000);
  const { code, report, stdout } = await audit([
    '/',
    '/about',
    '--start-server',
    `node ${script} ${port}`,
    '--ready-pattern',
    'ready on \\d+',
    '--ready-url',
    `http://127.0.0.1:${port}/`,
    '--modes',
    'as-is,elder',
  ]);
  expect(code, stdout).toBe(0);
  expect(report!.pages.map(p => p.url)).toEqual([
    `http://127.0.0.1:${port}/`,
    `http://127.0.0.1:${port}/about`,
  ]);
  // Stopped afterwards: nothing answers on the port any more.
  const after = await fetch(`http://127.0.0.1:${port}/`).then(
    () => 'answered',
    () => 'closed',
  );
  expect(after).toBe('closed');
  const never = await run([
    '/',
    '--start-server',
    'node -e "process.exit(4)"',
    '--ready-pattern',
    'x',
  ]);
  expect(never.code).toBe(2);
  expect(never.stderr).toContain('exited (4) before it was ready');
});

test('a config file: targets, a login through the setup hook, per-URL actions, secrets from the environment', async () => {
  const { origin, close } = await site((req, res) => {
    const url = new URL(req.url!, 'http://x');
    res.setHeader('content-type', 'text/html');
    if (url.pathname === '/login' && req.method === 'POST') {
      let body = '';
      req.on('data', d => (body += d));
      req.on('end', () => {
        const ok = new URLSearchParams(body).get('password') === 's3cret';
        res.writeHead(303, {
          location: '/account',
          ...(ok ? { 'set-cookie': 'session=yes; Path=/' } : {}),
        });
        res.end();
      });
      return;
    }
    if (url.pathname === '/login')
      return res.end(
        html(
          '<form method="post" action="/login"><label for="p">Password</label><input id="p" name="password" type="password"><button>Sign in</button></form>',
          'Sign in',
        ),
      );
    if (url.pathname === '/account') {
      if (!/session=yes/.test(req.headers.cookie ?? ''))
        return res.writeHead(401).end(html('', 'No'));
      return res.end(
        html(
          '<button id="more" onclick="document.getElementById(\'panel\').hidden=false">Show more</button><div id="panel" hidden><img src="/x.png"></div>',
          'Account',
        ),
      );
    }
    res.end(html('<p>Public.</p>', 'Home'));
  });
  const dir = await tempDir();
  await mkdir(join(dir, 'sub'));
  await writeFile(
    join(dir, 'login.mjs'),
    `export default async ({ page }) => {
  await page.goto('${origin}/login');
  await page.getByLabel('Password').fill(process.env.YA_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL('**/account');
};`,
  );
  await writeFile(
    join(dir, 'yilan-audit.config.json'),
    JSON.stringify({
      modes: ['as-is'],
      checks: 'none',
      json: 'out/report.json',
      targets: {
        public: { urls: [`${origin}/`] },
        members: {
          setup: 'login.mjs',
          urls: [
            { url: `${origin}/account`, actions: [{ click: '#more' }, { waitFor: '#panel img' }] },
          ],
          modes: ['as-is', 'elder'],
        },
        broken: { urls: ['${YA_MISSING_URL}'] },
      },
    }),
  );
  const env = { YA_PASSWORD: 's3cret' };
  // Found from a folder below the config; paths in it are relative to it.
  const both = await run(['--target', 'public', '--target', 'members'], join(dir, 'sub'), env);
  expect(both.code, both.stderr).toBe(1);
  const report = JSON.parse(
    await import('node:fs/promises').then(fs => fs.readFile(join(dir, 'out/report.json'), 'utf8')),
  );
  expect(report.pages.map((p: { target: string; status: string }) => [p.target, p.status])).toEqual(
    [
      ['public', 'ok'],
      ['members', 'ok'],
    ],
  );
  // The image behind the click was found, so the login and the action both worked.
  const members = report.pages[1].modes;
  expect(members[0].violations.map((v: { id: string }) => v.id)).toContain('image-alt');
  expect(members.map((m: { mode: string }) => m.mode)).toEqual(['as-is', 'elder']);
  const missing = await run([], dir, env);
  expect(missing.code).toBe(2);
  expect(missing.stderr).toContain('${YA_MISSING_URL}');
  const unknown = await run(['--target', 'nope'], dir, env);
  expect(unknown.stderr).toContain('no target nope');
  await close();
});

test('HTTP basic auth and extra headers reach every request', async () => {
  const seen: string[] = [];
  const { origin, close } = await site((req, res) => {
    seen.push(`${req.headers.authorization ?? '-'} ${req.headers['x-audit'] ?? '-'}`);
    if (req.headers.authorization !== `Basic ${Buffer.from('qa:pw').toString('base64')}`)
      return res.writeHead(401, { 'www-authenticate': 'Basic realm="staging"' }).end();
    res.setHeader('content-type', 'text/html');
    res.end(html('<p>Staging.</p>'));
  });
  const base = [`${origin}/`, '--modes', 'as-is', '--checks', 'none'];
  expect((await run(base)).code).toBe(3);
  const ok = await run([...base, '--http-credentials', 'qa:pw', '--header', 'X-Audit: yes']);
  expect(ok.code).toBe(0);
  expect(seen.at(-1)).toMatch(/^Basic \S+ yes$/);
  expect((await run([...base, '--http-credentials', 'nocolon'])).code).toBe(2);
  await close();
});

test('a crawl behind a login: the setup hook signs in first, and the crawl and the pages share the session', async () => {
  const { origin, close } = await site((req, res) => {
    const url = new URL(req.url!, 'http://x');
    res.setHeader('content-type', 'text/html');
    if (url.pathname === '/login') {
      res.writeHead(303, { location: '/account', 'set-cookie': 'session=yes; Path=/' });
      return res.end();
    }
    if (!/session=yes/.test(req.headers.cookie ?? ''))
      return res.writeHead(401).end(html('', 'No'));
    if (url.pathname === '/account')
      return res.end(html('<p><a href="/account/letters">Letters</a></p>', 'Account'));
    res.end(html('<p>Your letters.</p>', 'Letters'));
  });
  const dir = await tempDir();
  const hook = join(dir, 'login.mjs');
  await writeFile(
    hook,
    `export default async ({ page }) => { await page.goto('${origin}/login'); };`,
  );
  const base = [`${origin}/account`, '--crawl', '--modes', 'as-is', '--checks', 'none'];
  const signedIn = await audit([...base, '--setup', hook]);
  expect(signedIn.code, signedIn.stdout + signedIn.stderr).toBe(0);
  expect(signedIn.report!.pages.map(p => new URL(p.url).pathname)).toEqual([
    '/account',
    '/account/letters',
  ]);
  const locked = await run(base);
  expect(locked.code).toBe(2);
  expect(locked.stderr).toContain('the crawl found no page');
  await close();
});
