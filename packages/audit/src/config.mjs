// yilan-audit.config.json or .js, found from the working directory up: the command-line options
// in camelCase, shared at the top and per target under "targets". "${NAME}" in any string is the
// environment variable NAME, so secrets stay out of the file.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { UsageError } from './modes.mjs';

const NAMES = ['yilan-audit.config.json', 'yilan-audit.config.js', 'yilan-audit.config.mjs'];

/** The config file named, or the nearest one from `cwd` up; undefined when there is none. */
export function findConfig(cwd = process.cwd()) {
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    for (const name of NAMES) if (existsSync(join(dir, name))) return join(dir, name);
    if (dirname(dir) === dir) return undefined;
  }
}

/** @returns {Promise<{ file: string, config: Record<string, unknown> }>} */
export async function loadConfig(file) {
  let config;
  try {
    config = file.endsWith('.json')
      ? JSON.parse(await readFile(file, 'utf8'))
      : (await import(pathToFileURL(resolve(file)).href)).default;
  } catch (error) {
    throw new UsageError(
      `cannot read the config ${file}: ${error instanceof Error ? error.message : error}`,
    );
  }
  if (!config || typeof config !== 'object' || Array.isArray(config))
    throw new UsageError(`the config ${file} must be an object of options`);
  return { file, config };
}

/** Replaces "${NAME}" in every string with the environment variable; a missing one is an error. */
export function fromEnv(value, file, env = process.env) {
  if (typeof value === 'string')
    return value.replace(/\$\{(\w+)\}/g, (_, name) => {
      if (env[name] === undefined)
        throw new UsageError(`the config ${file} uses \${${name}}, which is not set`);
      return env[name];
    });
  if (Array.isArray(value)) return value.map(v => fromEnv(v, file, env));
  // Functions (a .js config's setup hook) pass through.
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype)
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fromEnv(v, file, env)]));
  return value;
}

/**
 * The runs a config asks for: one per target (the top-level options under each target's own), or
 * one when there are no targets. `only` picks targets by name.
 */
export function targetsOf(config, only = []) {
  const { targets, ...shared } = config;
  if (targets === undefined) {
    if (only.length) throw new UsageError('--target given, but the config has no "targets"');
    return [shared];
  }
  const list = Array.isArray(targets)
    ? targets
    : Object.entries(targets).map(([name, t]) => ({ name, ...t }));
  for (const [i, t] of list.entries())
    if (!t || typeof t !== 'object' || typeof t.name !== 'string')
      throw new UsageError(`targets[${i}] needs a "name"`);
  const unknown = only.filter(n => !list.some(t => t.name === n));
  if (unknown.length)
    throw new UsageError(
      `no target ${unknown.join(', ')}; targets: ${list.map(t => t.name).join(', ')}`,
    );
  return list.filter(t => !only.length || only.includes(t.name)).map(t => ({ ...shared, ...t }));
}
