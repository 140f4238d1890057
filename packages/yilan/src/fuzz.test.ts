import { describe, expect, it, vi } from 'vitest';
import { SettingsStore } from '@yilan/core/settings/settings-store.js';
import { memoryStorage } from '@yilan/core/settings/storage.js';
import { defaultsOf, isAllowed } from '@yilan/core/settings/schema.js';
import type { Schema } from '@yilan/core/settings/schema.js';
import { isLocaleTag } from '@yilan/core/i18n/translate.js';
import { setWithPresets } from '@yilan/core/feature/actions.js';
import { KNOWN, optionsFromScript, resolveOptions } from './options.js';
import { REGISTRY, schemaFor } from './registry.js';

// Random and malformed input thrown at the two doors a page controls: the options (script tag
// or object) and the stored settings. Seeded, so a failure names the case that reproduces it.

const CASES = 2000;

/** Mulberry32: small, fast and good enough to spread cases; the seed makes runs repeatable. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NASTY_STRINGS = [
  '',
  ' ',
  '\u0000',
  '\u202e',
  '__proto__',
  'constructor',
  'toString',
  'true',
  'off',
  '200%',
  '1e309',
  '-0',
  'NaN',
  '<img src=x onerror=alert(1)>',
  '"><script>alert(1)</script>',
  'javascript:alert(1)',
  '{"v":1}',
  'zh-CN',
  'xx-INVALID-@@',
  'nav:; content:::',
  ':is(',
  'a'.repeat(100_000),
  '好'.repeat(5000),
  '\ud800',
];

function junk(next: () => number, depth = 0): unknown {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
  switch (Math.floor(next() * 14)) {
    case 0:
      return pick(NASTY_STRINGS);
    case 1:
      return Array.from({ length: Math.floor(next() * 12) }, () =>
        String.fromCharCode(Math.floor(next() * 0xffff)),
      ).join('');
    case 2:
      return pick([0, -1, 1.5, 1e308, -1e308, NaN, Infinity, -Infinity, -0, 150, 200, 2 ** 53]);
    case 3:
      return pick([true, false, null, undefined]);
    case 4:
      return Symbol('junk');
    case 5:
      return BigInt(Math.floor(next() * 1e6));
    case 6:
      return () => 'fn';
    case 7:
      return depth > 2 ? [] : Array.from({ length: 3 }, () => junk(next, depth + 1));
    case 8:
      return depth > 2
        ? {}
        : Object.fromEntries(
            Array.from({ length: 3 }, () => [text(junk(next, 3)), junk(next, depth + 1)]),
          );
    case 9:
      return new Proxy(
        {},
        {
          get: () => {
            throw new Error('hostile getter');
          },
          ownKeys: () => {
            throw new Error('hostile keys');
          },
          has: () => true,
        },
      );
    case 10:
      return Object.defineProperty({}, 'value', {
        enumerable: true,
        get: () => {
          throw new Error('hostile property');
        },
      });
    case 11:
      return { toString: () => 'x', valueOf: () => 200 };
    case 12:
      return new Date(Math.floor(next() * 1e12));
    default:
      return /re(g)ex/;
  }
}

/** String() and JSON.stringify() of junk throw for proxies, symbols and BigInts: the harness's own. */
function text(value: unknown): string {
  try {
    return String(value);
  } catch {
    return '[hostile]';
  }
}
function json(value: unknown): string {
  try {
    return JSON.stringify(value, (_, v: unknown) => (typeof v === 'bigint' ? Number(v) : v)) ?? '';
  } catch {
    return '{"v":1,"settings":{"zoom":"hostile"}}';
  }
}

const KEYS = KNOWN;

describe('fuzz: options', () => {
  it(`${CASES} random option objects: never a throw, always a valid result`, () => {
    const next = random(20261127);
    for (let i = 0; i < CASES; i++) {
      const input: Record<string, unknown> = {};
      for (const key of KEYS) if (next() < 0.5) input[key] = junk(next);
      if (next() < 0.1) input[text(junk(next))] = junk(next);
      const raw = next() < 0.05 ? junk(next) : input;
      const warn = vi.fn();
      let o: ReturnType<typeof resolveOptions>;
      try {
        o = resolveOptions(raw, REGISTRY, warn);
      } catch (error) {
        throw new Error(`case ${i} threw: ${String(error)}`);
      }
      expect(['top', 'bottom'], `case ${i}`).toContain(o.position);
      expect(typeof o.open).toBe('boolean');
      expect(o.features.length).toBeGreaterThan(0);
      for (const f of o.features) expect(REGISTRY).toContain(f);
      expect(o.storageKey).toMatch(/^[\w.:-]{1,64}$/);
      if (o.lang !== undefined) expect(isLocaleTag(o.lang)).toBe(true);
      for (const engine of o.speech.engines)
        expect(['browser', 'http', 'espeak']).toContain(engine);
      for (const selector of Object.values(o.regions))
        expect(() => document.querySelector(selector)).not.toThrow();
    }
  });

  it('a malformed value of each option gives that option its default and a warning naming it', () => {
    const defaults = resolveOptions(undefined, REGISTRY, vi.fn());
    const next = random(7);
    const wrongType = [42, NaN, null, Symbol('s'), 10n, () => 1, new Date(0), /x/];
    for (const key of [
      'lang',
      'position',
      'storageKey',
      'base',
      'ttsEndpoint',
      'open',
      'features',
      'tts',
    ]) {
      for (const value of wrongType) {
        const warn = vi.fn();
        const o = resolveOptions({ [key]: value }, REGISTRY, warn);
        expect(warn, `${key}=${text(value)}`).toHaveBeenCalled();
        expect({ ...o, speech: o.speech.engines }).toEqual({
          ...defaults,
          speech: defaults.speech.engines,
        });
      }
    }
    // Strings that are not valid for their option.
    for (const [key, value] of [
      ['lang', 'xx-INVALID-@@'],
      ['position', 'middle'],
      ['storageKey', 'a b/c'],
      ['open', 'perhaps'],
      ['features', 'nothing-real'],
      ['tts', 'telepathy'],
      ['regions', 'nav:::is('],
      ['shortcuts', 'zoom-in:NotAKey'],
    ] as const) {
      const warn = vi.fn();
      resolveOptions({ [key]: value + (next() < 0.5 ? ' ' : '') }, REGISTRY, warn);
      expect(warn, `${key}=${value}`).toHaveBeenCalled();
    }
  });

  it(`${CASES} script tags with random data-* attributes: never a throw`, () => {
    const next = random(42);
    for (let i = 0; i < CASES; i++) {
      const script = document.createElement('script');
      for (const key of KEYS) if (next() < 0.6) script.dataset[key] = text(junk(next, 3));
      const warn = vi.fn();
      expect(
        () => resolveOptions(optionsFromScript(script), REGISTRY, warn),
        `case ${i}`,
      ).not.toThrow();
    }
  });
});

describe('fuzz: stored settings and set()', () => {
  const schema: Schema = schemaFor(REGISTRY);
  const defaults = defaultsOf(schema);
  const expectValid = (values: Record<string, unknown>, label: string) => {
    expect(Object.keys(values).sort(), label).toEqual(Object.keys(defaults).sort());
    for (const [key, value] of Object.entries(values))
      expect(isAllowed(schema[key]!, value), `${label}: ${key}=${text(value)}`).toBe(true);
  };

  /** Stored text: random JSON of the right and wrong shapes, truncated JSON, plain junk. */
  function storedText(next: () => number): string {
    const settings: Record<string, unknown> = {};
    for (const key of Object.keys(schema)) if (next() < 0.3) settings[key] = junk(next, 3);
    const shapes = [
      () => json({ v: 1, settings, last: settings }),
      () => json({ v: junk(next, 3), settings: junk(next, 3) }),
      () => json(settings),
      () => json({ v: 1, settings }).slice(0, Math.floor(next() * 40)),
      () => text(junk(next, 3)),
      () => '{"v":1,"settings":{"__proto__":{"polluted":true},"zoom":200}}',
      () => JSON.stringify({ v: 1, settings: { zoom: '200', scheme: ['dark'] } }),
    ];
    return shapes[Math.floor(next() * shapes.length)]!();
  }

  it(`${CASES} random stored blobs: defaults where malformed, a warning, never a throw`, () => {
    const next = random(99);
    for (let i = 0; i < CASES; i++) {
      const text = storedText(next);
      const warn = vi.fn();
      let store: SettingsStore;
      try {
        store = new SettingsStore({ schema, storage: memoryStorage(text), warn });
      } catch (error) {
        throw new Error(`case ${i} threw on ${text.slice(0, 80)}: ${String(error)}`);
      }
      const values = store.get();
      expectValid(values, `case ${i}`);
      // Anything stored that is not what Yilan now holds was malformed, and was reported
      // (transient settings, such as continuous reading, are never restored, by design).
      let parsed: unknown;
      try {
        parsed = JSON.parse(text);
      } catch {
        parsed = undefined;
      }
      const stored = (parsed as { settings?: Record<string, unknown> } | undefined)?.settings;
      const dropped =
        !stored ||
        typeof stored !== 'object' ||
        Object.entries(stored).some(
          ([k, v]) => Object.hasOwn(schema, k) && !schema[k]!.transient && values[k] !== v,
        );
      if (dropped && text !== '')
        expect(warn, `case ${i}: ${text.slice(0, 80)}`).toHaveBeenCalled();
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it(`${CASES} random set() calls: only allowed values are ever held, never a throw`, () => {
    const next = random(1234);
    const warn = vi.fn();
    const store = new SettingsStore({ schema, storage: memoryStorage(), warn });
    const keys = [...Object.keys(schema), '__proto__', 'constructor', 'nope'];
    for (let i = 0; i < CASES; i++) {
      const partial: Record<string, unknown> = {};
      for (let k = 0; k < 3; k++) partial[keys[Math.floor(next() * keys.length)]!] = junk(next);
      const arg = next() < 0.1 ? junk(next) : partial;
      try {
        // Half through the store itself, half the way Yilan.set() goes (presets expanded first).
        if (i % 2) store.set(arg as Record<string, unknown>);
        else setWithPresets(store, REGISTRY, arg as Record<string, unknown>);
      } catch (error) {
        throw new Error(`case ${i} threw: ${String(error)}`);
      }
      expectValid(store.get(), `case ${i}`);
    }
    expect(warn).toHaveBeenCalled();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
