// WebKitGTK's MiniBrowser through WebKitWebDriver (classic WebDriver) under its own Xvfb, as the
// engine tests drive it (ADR 0009): Safari's engine on Linux. One driver and browser per page, so
// each page starts with empty storage, like a Playwright context, and a hung page is ended alone.
import { existsSync } from 'node:fs';
import { Session, freePort, startProcess, startXvfb } from './webdriver.mjs';
import { serveYilanDir } from './yilan-server.mjs';

const MINIBROWSER = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
/** WebDriver's codes for the keys the keyboard walk presses. */
const KEYS = { Tab: '\uE004', Enter: '\uE007', Escape: '\uE00C', ArrowRight: '\uE014' };

export function miniBrowserPath(given) {
  const path = given ?? process.env.MINIBROWSER_PATH ?? MINIBROWSER;
  if (!existsSync(path))
    throw new Error(
      `No WebKitGTK MiniBrowser at ${path}: install Debian's "webkit2gtk-driver" and "xvfb" packages`,
    );
  return path;
}

export async function launchWebKit({ browserPath, yilanDir }) {
  const binary = miniBrowserPath(browserPath);
  const onPath = (process.env.PATH ?? '').split(':').some(d => existsSync(`${d}/WebKitWebDriver`));
  if (!onPath)
    throw new Error(
      'No WebKitWebDriver: install Debian\'s "webkit2gtk-driver" and "xvfb" packages',
    );
  // WebKitWebDriver has no --version: the first session says which WebKit it drives.
  let version = '';
  const xvfb = await startXvfb();
  const yilan = await serveYilanDir(yilanDir);
  const open = new Set();
  return {
    name: 'webkit',
    get version() {
      return `WebKitGTK ${version || '(version unknown)'}`;
    },
    canBypassCSP: false,
    yilanUrl: () => `${yilan.origin}/yilan.js`,
    async open({ size }) {
      const port = await freePort();
      const base = `http://127.0.0.1:${port}`;
      const driver = await startProcess(
        'WebKitWebDriver',
        [`--port=${port}`],
        { ...process.env, DISPLAY: xvfb.display },
        async () => (await fetch(`${base}/status`)).ok,
      );
      let session;
      const context = {
        close: async () => {
          open.delete(context);
          await session?.send('DELETE', '').catch(() => {});
          driver.kill();
        },
      };
      open.add(context);
      try {
        session = await Session.create(base, {
          browserName: 'MiniBrowser',
          'webkitgtk:browserOptions': { binary, args: ['--automation'] },
        });
        version ||= session.capabilities?.browserVersion ?? '';
        // The audit's own Budget ends a page that hangs; WebDriver's 30 s must not come first.
        await session.send('POST', '/timeouts', { script: 3_600_000 });
        const page = new WebKitPage(session);
        await page.setViewportSize(size);
        return { context, page };
      } catch (error) {
        await context.close();
        throw error;
      }
    },
    async close() {
      await Promise.all([...open].map(c => c.close()));
      xvfb.close();
      await yilan.close();
    },
  };
}

/** The Playwright calls the audit makes, over classic WebDriver. */
class WebKitPage {
  constructor(session) {
    this.session = session;
    const keys = actions =>
      session.send('POST', '/actions', { actions: [{ type: 'key', id: 'kb', actions }] });
    this.keyboard = {
      press: key => {
        const value = KEYS[key] ?? key;
        return keys([
          { type: 'keyDown', value },
          { type: 'keyUp', value },
        ]);
      },
    };
  }
  /**
   * Classic WebDriver gives no response, and WebKitGTK 2.50 has no Resource Timing responseStatus:
   * the status comes from the same URL fetched here (without the browser's cookies), the type from
   * the loaded document.
   */
  async goto(url, { timeout }) {
    await this.session.send('POST', '/timeouts', { pageLoad: timeout });
    const [status] = await Promise.all([
      fetch(url, { signal: AbortSignal.timeout(timeout) }).then(
        async r => (await r.body?.cancel(), r.status),
        () => undefined,
      ),
      this.session.send('POST', '/url', { url }),
    ]);
    const got = await this.evaluate(() => ({
      status: performance.getEntriesByType('navigation')[0]?.responseStatus,
      type: document.contentType,
    }));
    const code = got.status || status;
    if (!code) throw new Error(`${url} did not answer`);
    return { status: () => code, headers: () => ({ 'content-type': got.type }) };
  }
  waitForLoadState() {
    return new Promise(r => setTimeout(r, 500));
  }
  evaluate(fn, arg) {
    return typeof fn === 'string' ? this.session.run(fn) : this.session.evaluate(fn, arg);
  }
  async waitForFunction(fn, arg, { timeout = 30_000 } = {}) {
    const deadline = Date.now() + timeout;
    while (!(await this.evaluate(fn, arg))) {
      if (Date.now() > deadline) throw new Error(`waitForFunction timed out after ${timeout} ms`);
      await new Promise(r => setTimeout(r, 50));
    }
  }
  /** WebDriver sizes the window; the viewport is the window less MiniBrowser's own bars. */
  async setViewportSize({ width, height }) {
    await this.session.send('POST', '/window/rect', { width, height });
    const [w, h] = await this.evaluate(() => [innerWidth, innerHeight]);
    await this.session.send('POST', '/window/rect', {
      width: width + (width - w),
      height: height + (height - h),
    });
  }
  addScriptTag({ url }) {
    return this.evaluate(
      src =>
        new Promise((resolve, reject) => {
          const script = document.createElement('script');
          script.onload = resolve;
          script.onerror = () => reject(new Error(`${src} did not load (refused or missing)`));
          script.src = src;
          document.head.append(script);
        }),
      url,
    );
  }
  /**
   * The top document as frames.mjs walks it. A frame of any origin is entered by WebDriver's
   * "switch to frame" with its element, and left again after each call, so the page's own calls
   * always run in the top document.
   */
  auditFrame() {
    return webkitFrame(this.session, []);
  }
}

/** A frame reached through the iframe elements on its path from the top document. */
function webkitFrame(session, path) {
  const inside = async call => {
    if (!path.length) return call();
    try {
      for (const element of path) await session.send('POST', '/frame', { id: element });
      return await call();
    } finally {
      await session.send('POST', '/frame', { id: null });
    }
  };
  return {
    evaluate: (fn, arg) =>
      inside(() => (typeof fn === 'string' ? session.run(fn) : session.evaluate(fn, arg))),
    async child(selector) {
      const element = await inside(() =>
        session.evaluate(s => window.axe.utils.shadowSelect(s), selector),
      );
      return element ? webkitFrame(session, [...path, element]) : null;
    },
  };
}
