import type { WarnFn } from '../warn/warn.js';

/** Where the settings blob lives. The browser uses localStorage; tests use memory. */
export interface StorageAdapter {
  read(): string | null;
  write(text: string): void;
  remove(): void;
  /** Calls `fn` when another tab changed the stored text; returns an unsubscribe function. */
  watch?(fn: () => void): () => void;
}

/** Storage that lives as long as the page. Also the fallback when localStorage throws. */
export function memoryStorage(initial: string | null = null): StorageAdapter {
  let text = initial;
  return {
    read: () => text,
    write: value => {
      text = value;
    },
    remove: () => {
      text = null;
    },
  };
}

/**
 * localStorage under one namespaced key. Every access is guarded: Safari private mode, a full
 * quota, disabled cookies or a sandboxed iframe make localStorage throw, and a hostile page may
 * replace it. On the first failure we warn once and keep working in memory.
 */
export function localStorageAdapter(
  key: string,
  warn: WarnFn,
  win: Window = window,
): StorageAdapter {
  const memory = memoryStorage();
  let broken = false;
  const fail = (error: unknown): void => {
    if (!broken)
      warn('storage-unavailable', `settings are kept for this page only (${String(error)})`);
    broken = true;
  };
  const store = (): Storage | null => {
    if (broken) return null;
    try {
      return win.localStorage;
    } catch (error) {
      fail(error);
      return null;
    }
  };
  return {
    read() {
      const ls = store();
      if (!ls) return memory.read();
      try {
        return ls.getItem(key);
      } catch (error) {
        fail(error);
        return memory.read();
      }
    },
    write(text) {
      memory.write(text);
      const ls = store();
      try {
        ls?.setItem(key, text);
      } catch (error) {
        fail(error);
      }
    },
    remove() {
      memory.remove();
      const ls = store();
      try {
        ls?.removeItem(key);
      } catch (error) {
        fail(error);
      }
    },
    watch(fn) {
      const onStorage = (event: StorageEvent): void => {
        if (event.key === key || event.key === null) fn();
      };
      win.addEventListener('storage', onStorage);
      return () => win.removeEventListener('storage', onStorage);
    },
  };
}
