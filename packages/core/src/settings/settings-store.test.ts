import { describe, expect, it, vi } from 'vitest';
import { SettingsStore } from './settings-store.js';
import { memoryStorage } from './storage.js';
import { freeText, oneOf, toggle } from './schema.js';

const schema = {
  zoom: oneOf([100, 150, 200] as const),
  scheme: oneOf(['default', 'dark'] as const),
  elder: toggle(),
};

function make(stored: string | null = null) {
  const warn = vi.fn();
  const storage = memoryStorage(stored);
  return { store: new SettingsStore({ schema, storage, warn }), warn, storage };
}

describe('SettingsStore', () => {
  it('starts at the defaults', () => {
    expect(make().store.get()).toEqual({ zoom: 100, scheme: 'default', elder: false });
  });

  it('sets allowed values, persists only non-defaults and tells subscribers what changed', () => {
    const { store, storage } = make();
    const seen: string[][] = [];
    store.subscribe((_, changed) => seen.push([...changed]));
    expect(store.set({ zoom: 150, elder: true })).toEqual(['zoom', 'elder']);
    expect(store.set({ zoom: 150 })).toEqual([]);
    expect(seen).toEqual([['zoom', 'elder']]);
    expect(JSON.parse(storage.read()!)).toEqual({
      v: 1,
      settings: { zoom: 150, elder: true },
      last: { zoom: 150, elder: true },
    });
  });

  it('refuses unknown keys and disallowed values with a warning, keeping the rest', () => {
    const { store, warn } = make();
    expect(store.set({ zoom: 300, nonsense: 1, scheme: 'dark' })).toEqual(['scheme']);
    expect(store.get().zoom).toBe(100);
    expect(warn).toHaveBeenCalledWith('bad-setting-value', expect.stringContaining('zoom=300'));
    expect(warn).toHaveBeenCalledWith('unknown-setting', expect.stringContaining('nonsense'));
  });

  it('coerces text from attributes and older data: "true", "150%"', () => {
    const { store } = make();
    store.set({ elder: 'true', zoom: '150%' });
    expect(store.get()).toMatchObject({ elder: true, zoom: 150 });
  });

  it.each([
    ['not JSON', '{"v":1,'],
    ['an array', '[1]'],
    ['null', 'null'],
    ['settings not an object', '{"v":1,"settings":"x"}'],
  ])('repairs stored data that is %s: defaults and a warning', (_, text) => {
    const { store, warn } = make(text);
    expect(store.get()).toEqual({ zoom: 100, scheme: 'default', elder: false });
    expect(warn).toHaveBeenCalledWith('corrupt-storage', expect.any(String));
  });

  it('repairs field by field: a bad field gets its default, good ones survive', () => {
    const { store, warn } = make(
      '{"v":1,"settings":{"zoom":999,"scheme":"dark","__proto__":{"x":1},"future":true}}',
    );
    expect(store.get()).toEqual({ zoom: 100, scheme: 'dark', elder: false });
    expect(warn).toHaveBeenCalledTimes(1);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it('remembers the last non-default choice per key, also across reloads', () => {
    const { store, storage } = make();
    store.set({ scheme: 'dark' });
    store.set({ scheme: 'default' });
    expect(store.lastChoice('scheme')).toBe('dark');
    const again = new SettingsStore({ schema, storage, warn: vi.fn() });
    expect(again.lastChoice('scheme')).toBe('dark');
  });

  it('reset returns to defaults, forgets storage and last choices', () => {
    const { store, storage } = make();
    store.set({ zoom: 200, scheme: 'dark' });
    expect(store.reset()).toEqual(['zoom', 'scheme']);
    expect(storage.read()).toBeNull();
    expect(store.lastChoice('scheme')).toBeUndefined();
  });

  it('follows changes another tab wrote (reload)', () => {
    const { store, storage } = make();
    const seen: string[][] = [];
    store.subscribe((_, changed) => seen.push([...changed]));
    storage.write('{"v":1,"settings":{"zoom":200}}');
    store.reload();
    expect(store.get().zoom).toBe(200);
    expect(seen).toEqual([['zoom']]);
  });

  it('a throwing listener is reported and does not stop the others', () => {
    const { store, warn } = make();
    const other = vi.fn();
    store.subscribe(() => {
      throw new Error('boom');
    });
    store.subscribe(other);
    store.set({ elder: true });
    expect(other).toHaveBeenCalled();
    expect(warn).toHaveBeenCalledWith('listener-failed', expect.stringContaining('boom'));
  });

  it('set() with a non-object warns and changes nothing', () => {
    const { store, warn } = make();
    expect(store.set(null as unknown as Record<string, unknown>)).toEqual([]);
    expect(store.set('zoom' as unknown as Record<string, unknown>)).toEqual([]);
    expect(warn).toHaveBeenCalledTimes(2);
  });

  it('keeps transient settings out of storage and accepts free text within its limit', () => {
    const open = { reading: { ...toggle(), transient: true }, voiceName: freeText(10) };
    const storage = memoryStorage(JSON.stringify({ v: 1, settings: { reading: true } }));
    const warn = vi.fn();
    const store = new SettingsStore({ schema: open, storage, warn });
    expect(store.get().reading).toBe(false);
    store.set({ reading: true, voiceName: 'Ting-Ting' });
    expect(JSON.parse(storage.read()!).settings).toEqual({ voiceName: 'Ting-Ting' });
    store.reload();
    expect(store.get().reading).toBe(true);
    expect(store.set({ voiceName: 'x'.repeat(11) })).toEqual([]);
    expect(warn).toHaveBeenCalledWith('bad-setting-value', expect.stringContaining('voiceName'));
  });
});
