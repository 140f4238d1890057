import { describe, expect, it, vi } from 'vitest';
import { resolveOptions, optionsFromScript, withConfig } from './options.js';
import { REGISTRY } from './registry.js';

describe('resolveOptions', () => {
  it('gives defaults for nothing', () => {
    const warn = vi.fn();
    const o = resolveOptions(undefined, REGISTRY, warn);
    expect(o).toMatchObject({
      lang: undefined,
      position: 'top',
      open: false,
      shortcutsOff: false,
      storageKey: 'yilan',
    });
    expect(o.features).toBe(REGISTRY);
    expect(warn).not.toHaveBeenCalled();
  });

  it('reads data-* attributes from the script tag', () => {
    const script = document.createElement('script');
    script.dataset.lang = 'en';
    script.dataset.position = 'bottom';
    script.dataset.features = 'zoom, color-scheme';
    script.dataset.open = '';
    script.dataset.shortcuts = 'elder:L,help:off';
    const o = resolveOptions(optionsFromScript(script), REGISTRY, vi.fn());
    expect(o).toMatchObject({
      lang: 'en',
      position: 'bottom',
      open: true,
      shortcuts: { elder: 'L', help: 'off' },
    });
    expect(o.features.map(f => f.id)).toEqual(['color-scheme', 'zoom']);
  });

  it('names every malformed option and falls back to its default', () => {
    const warn = vi.fn();
    const o = resolveOptions(
      {
        lang: '<script>',
        position: 'left',
        features: 42,
        open: 'maybe',
        shortcuts: 'zoom-in:¿',
        storageKey: 'has space',
        base: {},
      },
      REGISTRY,
      warn,
    );
    expect(o).toMatchObject({
      lang: undefined,
      position: 'top',
      open: false,
      storageKey: 'yilan',
      base: undefined,
    });
    expect(o.features).toBe(REGISTRY);
    const text = warn.mock.calls.map(c => c[1]).join('\n');
    for (const name of [
      'data-lang',
      'data-position',
      'data-features',
      'data-open',
      'zoom-in',
      'data-storage-key',
      'base',
    ]) {
      expect(text).toContain(name);
    }
  });

  it('survives hostile input: non-objects, junk lists, getters that throw', () => {
    const warn = vi.fn();
    expect(() => resolveOptions('nope', REGISTRY, warn)).not.toThrow();
    expect(() => resolveOptions(null, REGISTRY, warn)).not.toThrow();
    expect(() => resolveOptions({ features: [1, null, 'zoom'] }, REGISTRY, warn)).not.toThrow();
    expect(resolveOptions({ shortcuts: 'OFF' }, REGISTRY, warn).shortcutsOff).toBe(true);
    const hostile = {
      get lang(): string {
        throw new Error('trap');
      },
    };
    expect(resolveOptions(hostile, REGISTRY, warn).position).toBe('top');
    expect(warn).toHaveBeenCalledWith('bad-option', expect.stringContaining('trap'));
  });
});

describe('withConfig (window.YilanConfig over the script tag)', () => {
  it('overlays the config key by key; a throwing getter loses only its own key', () => {
    const warn = vi.fn();
    const config = {
      lang: 'en',
      get position(): string {
        throw new Error('no position today');
      },
    };
    const merged = withConfig({ position: 'bottom', open: 'true' }, config, warn);
    expect(merged).toEqual({ lang: 'en', position: 'bottom', open: 'true' });
    expect(warn).toHaveBeenCalledWith('bad-option', expect.stringMatching(/YilanConfig\.position/));
    expect(resolveOptions(merged, REGISTRY, vi.fn())).toMatchObject({
      lang: 'en',
      position: 'bottom',
    });
  });

  it('survives a Proxy whose every trap throws', () => {
    const hostile = new Proxy(
      {},
      {
        has: () => {
          throw new Error('trap');
        },
      },
    );
    const warn = vi.fn();
    expect(withConfig({ lang: 'zh-CN' }, hostile, warn)).toEqual({ lang: 'zh-CN' });
    expect(warn).toHaveBeenCalled();
  });

  it('ignores an element that happens to be called YilanConfig, and says so', () => {
    const div = document.createElement('div');
    div.id = 'YilanConfig';
    const warn = vi.fn();
    expect(withConfig({}, div, warn)).toEqual({});
    expect(warn).toHaveBeenCalledWith('bad-option', expect.stringMatching(/must be an object/));
    expect(withConfig({ lang: 'en' }, undefined, warn)).toEqual({ lang: 'en' });
  });
});
