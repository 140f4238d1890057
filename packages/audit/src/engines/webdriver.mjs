// The few classic WebDriver calls the audit makes in WebKitGTK, over Node's fetch (the same client
// as test/engines/webdriver.ts, ADR 0009): client libraries bring driver downloaders.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';

export class Session {
  constructor(base, id, capabilities) {
    this.base = base;
    this.id = id;
    this.capabilities = capabilities;
  }

  static async create(base, capabilities) {
    const value = await call(base, 'POST', '/session', {
      capabilities: { alwaysMatch: capabilities },
    });
    return new Session(base, value.sessionId, value.capabilities);
  }

  send(method, path, body) {
    return call(this.base, method, `/session/${this.id}${path}`, body);
  }

  /** `fn(arg)` in the page, awaited; page errors reject here. */
  async evaluate(fn, arg) {
    const script = `const done = arguments[arguments.length - 1];
      Promise.resolve().then(() => (${String(fn)})(arguments[0])).then(
        v => done({ ok: v === undefined ? null : v }),
        e => done({ thrown: String((e && e.message) || e) }));`;
    // Not "error": call() reads a value with that key as WebDriver's own error.
    const out = await this.send('POST', '/execute/async', { script, args: [arg ?? null] });
    if (out.thrown !== undefined) throw new Error(out.thrown);
    return out.ok;
  }

  /**
   * A whole script (axe-core) as the body of WebDriver's own function: not through eval, which a
   * page's CSP or Trusted Types would refuse.
   */
  run(source) {
    return this.send('POST', '/execute/sync', { script: `${source}\n;return null;`, args: [] });
  }
}

async function call(base, method, path, body) {
  const response = await fetch(base + path, {
    method,
    headers: { 'content-type': 'application/json; charset=utf-8' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = await response.json();
  const value = json.value;
  if (value && typeof value === 'object' && value.error)
    throw new Error(`WebDriver ${method} ${path}: ${value.error}: ${value.message}`);
  return value;
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Starts a program; resolves once `ready()` holds, or rejects after `ms`. */
export async function startProcess(command, args, env, ready, ms = 20_000) {
  const child = spawn(command, args, { env, stdio: 'ignore' });
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${command} exited with ${child.exitCode}`);
    if (await ready().catch(() => false)) return child;
    await new Promise(r => setTimeout(r, 100));
  }
  child.kill();
  throw new Error(`${command} did not start within ${ms} ms`);
}

/** An X display of its own: MiniBrowser has no headless switch. */
export async function startXvfb() {
  const xvfb = spawn(
    'Xvfb',
    ['-displayfd', '3', '-screen', '0', '1600x1200x24', '-nolisten', 'tcp'],
    {
      stdio: ['ignore', 'ignore', 'ignore', 'pipe'],
    },
  );
  const display = await new Promise((resolve, reject) => {
    let out = '';
    xvfb.on('error', reject);
    xvfb.stdio[3].on('data', d => {
      out += d.toString();
      if (out.includes('\n')) resolve(`:${out.trim()}`);
    });
    xvfb.on('exit', code => reject(new Error(`Xvfb exited with ${code}`)));
  });
  return { display, close: () => xvfb.kill() };
}
