import type { Schema, Settings, Value } from './schema.js';
import { coerce, defaultsOf, isAllowed } from './schema.js';
import type { StorageAdapter } from './storage.js';
import { memoryStorage } from './storage.js';
import type { WarnFn } from '../warn/warn.js';
import { warn as defaultWarn } from '../warn/warn.js';

export type Listener = (settings: Settings, changed: readonly string[]) => void;

export interface SettingsStoreOptions {
  schema: Schema;
  storage?: StorageAdapter;
  warn?: WarnFn;
}

/** Version of the stored JSON shape; bump it when the shape changes and repair old data. */
const FORMAT = 1;

interface Stored {
  v: number;
  settings: Record<string, unknown>;
  last?: Record<string, unknown>;
}

/**
 * The one source of truth for the user's preferences. Values outside the schema are refused with a
 * warning, stored data is repaired field by field on read, and every change reaches subscribers
 * synchronously with the list of keys that changed.
 */
export class SettingsStore {
  readonly schema: Schema;
  private readonly storage: StorageAdapter;
  private readonly warn: WarnFn;
  private readonly listeners = new Set<Listener>();
  private values: Record<string, Value>;
  /** The last value other than the default per key, so one button can toggle a remembered choice. */
  private last: Record<string, Value> = {};
  private unwatch: (() => void) | undefined;

  constructor(options: SettingsStoreOptions) {
    this.schema = options.schema;
    this.storage = options.storage ?? memoryStorage();
    this.warn = options.warn ?? defaultWarn;
    this.values = this.load();
    this.unwatch = this.storage.watch?.(() => this.reload());
  }

  get(): Settings {
    return { ...this.values };
  }

  /** The last non-default value `key` had, or undefined if it never had one. */
  lastChoice(key: string): Value | undefined {
    return this.last[key];
  }

  /**
   * Apply a partial update. Unknown keys and disallowed values are ignored with a warning, so a
   * typo in a site's script never throws. Returns the keys that really changed.
   */
  set(input: Readonly<Record<string, unknown>>): string[] {
    const partial = plainCopy(input);
    if (!partial) {
      this.warn('bad-settings', `set() expects a plain object, got ${describe(input)}`);
      return [];
    }
    const next = { ...this.values };
    for (const key of Object.keys(partial)) {
      const spec = Object.hasOwn(this.schema, key) ? this.schema[key] : undefined;
      if (!spec) {
        this.warn('unknown-setting', `"${key}" is not a Yilan setting; ignored`);
        continue;
      }
      const value = coerce(spec, partial[key]);
      if (value === undefined) {
        this.warn(
          'bad-setting-value',
          `${key}=${describe(partial[key])} is not one of ${spec.values.join(', ')}; kept ${String(next[key])}`,
        );
        continue;
      }
      next[key] = value;
    }
    return this.commit(next);
  }

  /** Back to defaults and forget everything stored ("forget my settings"). */
  reset(): string[] {
    this.last = {};
    this.storage.remove();
    return this.commit(defaultsOf(this.schema), false);
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Stop following other tabs; the store stays usable. */
  dispose(): void {
    this.unwatch?.();
    this.unwatch = undefined;
    this.listeners.clear();
  }

  /** Re-read storage (another tab wrote it) and notify what changed. */
  reload(): void {
    const next = this.load();
    for (const key of Object.keys(next)) {
      if (this.schema[key]?.transient) next[key] = this.values[key]!;
    }
    this.commit(next, false);
  }

  private commit(next: Record<string, Value>, persist = true): string[] {
    const changed = Object.keys(next).filter(key => next[key] !== this.values[key]);
    for (const key of changed) {
      if (next[key] !== this.schema[key]?.default && !this.schema[key]?.transient)
        this.last[key] = next[key]!;
    }
    this.values = next;
    if (persist && changed.length) this.save();
    if (changed.length) {
      const snapshot = this.get();
      for (const listener of [...this.listeners]) {
        try {
          listener(snapshot, changed);
        } catch (error) {
          this.warn('listener-failed', `a settings listener threw: ${String(error)}`);
        }
      }
    }
    return changed;
  }

  private save(): void {
    const data: Stored = { v: FORMAT, settings: {}, last: this.last };
    for (const [key, value] of Object.entries(this.values)) {
      if (this.schema[key]?.transient) continue;
      if (value !== this.schema[key]?.default) data.settings[key] = value;
    }
    this.storage.write(JSON.stringify(data));
  }

  private load(): Record<string, Value> {
    const values = defaultsOf(this.schema);
    const text = this.storage.read();
    if (text === null) return values;
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      this.warn('corrupt-storage', 'stored settings are not valid JSON; using defaults');
      return values;
    }
    if (!isRecord(data) || !isRecord(data.settings)) {
      this.warn('corrupt-storage', 'stored settings have an unknown shape; using defaults');
      return values;
    }
    for (const [key, raw] of Object.entries(data.settings)) {
      const spec = Object.hasOwn(this.schema, key) ? this.schema[key] : undefined;
      // Keys from a newer or older version are dropped quietly: that is not corruption.
      if (!spec || spec.transient) continue;
      if (isAllowed(spec, raw)) values[key] = raw;
      else
        this.warn(
          'corrupt-storage',
          `stored ${key}=${describe(raw)} is not allowed; using ${String(spec.default)}`,
        );
    }
    if (isRecord(data.last)) {
      for (const [key, raw] of Object.entries(data.last)) {
        const spec = Object.hasOwn(this.schema, key) ? this.schema[key] : undefined;
        if (spec && isAllowed(spec, raw) && raw !== spec.default) this.last[key] = raw;
      }
    }
    return values;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The own enumerable fields of an object, read once: a Proxy whose traps throw or a getter that
 * throws fails here, as a whole, instead of halfway through an update. Undefined if unreadable.
 */
export function plainCopy(value: unknown): Record<string, unknown> | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  try {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value))
      Object.defineProperty(out, key, {
        value: (value as Record<string, unknown>)[key],
        enumerable: true,
      });
    return out;
  } catch {
    return undefined;
  }
}

/** A short, safe description of any value for a warning (no huge dumps, no toString traps). */
export function describe(value: unknown): string {
  try {
    const text = typeof value === 'string' ? JSON.stringify(value) : String(value);
    return text.length > 60 ? `${text.slice(0, 57)}...` : text;
  } catch {
    return typeof value;
  }
}
