import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

/**
 * The smallest W3C WebDriver (classic) client the engine tests need, over Node's fetch: a session,
 * navigation, scripts, input actions, window size and screenshots. WebKitGTK's WebKitWebDriver speaks
 * only classic WebDriver; a client library would bring a driver downloader we must not run (ADR 0009).
 */
export class WebDriverSession {
  private constructor(
    private readonly base: string,
    readonly id: string,
  ) {}

  static async create(base: string, capabilities: Record<string, unknown>) {
    const value = await call<{ sessionId: string }>(base, 'POST', '/session', {
      capabilities: { alwaysMatch: capabilities },
    });
    return new WebDriverSession(base, value.sessionId);
  }

  send<T>(method: 'GET' | 'POST' | 'DELETE', path: string, body?: unknown): Promise<T> {
    return call<T>(this.base, method, `/session/${this.id}${path}`, body);
  }

  /** Runs `fn(arg)` in the page and awaits it; errors in the page reject here with their message. */
  async evaluate<R, A>(fn: string, arg: A): Promise<R> {
    const script = `const done = arguments[arguments.length - 1];
      Promise.resolve().then(() => (${fn})(arguments[0])).then(
        v => done({ ok: v === undefined ? null : v }),
        e => done({ error: String((e && e.stack) || e) }));`;
    const out = await this.send<{ ok?: R; error?: string }>('POST', '/execute/async', {
      script,
      args: [arg ?? null],
    });
    if (out.error !== undefined) throw new Error(`in the page: ${out.error}`);
    return out.ok as R;
  }

  actions(actions: unknown[]): Promise<void> {
    return this.send('POST', '/actions', { actions });
  }

  close(): Promise<void> {
    return this.send('DELETE', '');
  }
}

async function call<T>(base: string, method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(base + path, {
    method,
    headers: { 'content-type': 'application/json; charset=utf-8' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = (await response.json()) as { value: T & { error?: string; message?: string } };
  if (json.value && typeof json.value === 'object' && 'error' in json.value && json.value.error)
    throw new Error(`WebDriver ${method} ${path}: ${json.value.error}: ${json.value.message}`);
  return json.value;
}

/** A free loopback port for a driver or a display. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Starts a program and resolves once `ready()` holds (polled), or rejects after `ms`. */
export async function startProcess(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  ready: () => Promise<boolean>,
  ms = 20_000,
): Promise<ChildProcess> {
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
