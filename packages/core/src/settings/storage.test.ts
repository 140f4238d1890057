import { describe, expect, it, vi } from 'vitest';
import { localStorageAdapter } from './storage.js';

function fakeWindow(storage: Partial<Storage> | (() => never)) {
  const listeners = new Set<(e: StorageEvent) => void>();
  const win = {
    get localStorage() {
      if (typeof storage === 'function') return storage();
      return storage;
    },
    addEventListener: (_: string, fn: (e: StorageEvent) => void) => listeners.add(fn),
    removeEventListener: (_: string, fn: (e: StorageEvent) => void) => listeners.delete(fn),
  };
  return {
    win: win as unknown as Window,
    fire: (key: string | null) => listeners.forEach(fn => fn({ key } as StorageEvent)),
  };
}

describe('localStorageAdapter', () => {
  it('reads and writes one key', () => {
    const data = new Map<string, string>();
    const { win } = fakeWindow({
      getItem: k => data.get(k) ?? null,
      setItem: (k, v) => void data.set(k, v),
      removeItem: k => void data.delete(k),
    });
    const adapter = localStorageAdapter('yilan', vi.fn(), win);
    adapter.write('x');
    expect(data.get('yilan')).toBe('x');
    expect(adapter.read()).toBe('x');
    adapter.remove();
    expect(adapter.read()).toBeNull();
  });

  it('falls back to memory with one warning when localStorage throws on access', () => {
    const warn = vi.fn();
    const { win } = fakeWindow(() => {
      throw new Error('SecurityError');
    });
    const adapter = localStorageAdapter('yilan', warn, win);
    expect(adapter.read()).toBeNull();
    adapter.write('kept');
    expect(adapter.read()).toBe('kept');
    expect(warn).toHaveBeenCalledTimes(1);
  });

  it('keeps working in memory when writes hit the quota', () => {
    const warn = vi.fn();
    const { win } = fakeWindow({
      getItem: () => null,
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: () => undefined,
    });
    const adapter = localStorageAdapter('yilan', warn, win);
    adapter.write('a');
    expect(adapter.read()).toBe('a');
    expect(warn).toHaveBeenCalledWith('storage-unavailable', expect.stringContaining('Quota'));
  });

  it('reports changes from other tabs for its key only', () => {
    const { win, fire } = fakeWindow({ getItem: () => null });
    const fn = vi.fn();
    const stop = localStorageAdapter('yilan', vi.fn(), win).watch!(fn);
    fire('other');
    fire('yilan');
    fire(null);
    stop();
    fire('yilan');
    expect(fn).toHaveBeenCalledTimes(2);
  });
});
