// --start-server "<command>": runs the site's own server for the audit, waits until its output
// matches --ready-pattern (or a URL answers), and stops it, with its children, afterwards.
import { spawn } from 'node:child_process';
import { UsageError } from './modes.mjs';

export async function startServer(command, { pattern, url, timeout = 60_000 } = {}) {
  const child = spawn(command, { shell: true, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const stop = async () => {
    if (child.exitCode !== null) return;
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      return;
    }
    await new Promise(r => {
      const t = setTimeout(() => {
        try {
          process.kill(-child.pid, 'SIGKILL');
        } catch {}
        r();
      }, 3000);
      child.once('exit', () => (clearTimeout(t), r()));
    });
  };
  const ready = new Promise((resolve, reject) => {
    const re = pattern ? new RegExp(pattern) : null;
    const onData = chunk => {
      output = (output + chunk).slice(-4000);
      if (re?.test(output)) resolve();
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', code =>
      reject(
        new UsageError(
          `--start-server exited (${code}) before it was ready:\n${output.slice(-800)}`,
        ),
      ),
    );
    if (url) {
      const poll = async () => {
        while (child.exitCode === null) {
          if (
            await fetch(url, { signal: AbortSignal.timeout(2000) }).then(
              r => r.ok,
              () => false,
            )
          )
            return resolve();
          await new Promise(r => setTimeout(r, 200));
        }
      };
      poll();
    }
    if (!re && !url) resolve();
  });
  let timer;
  const late = new Promise((_, reject) => {
    timer = setTimeout(
      () =>
        reject(
          new UsageError(
            `--start-server was not ready within ${timeout} ms:\n${output.slice(-800)}`,
          ),
        ),
      timeout,
    );
  });
  try {
    await Promise.race([ready, late]);
  } catch (error) {
    await stop();
    throw error;
  } finally {
    clearTimeout(timer);
  }
  return { stop };
}
