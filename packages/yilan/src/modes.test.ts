import { describe, expect, it, vi } from 'vitest';
import { SettingsStore } from '@yilan/core/settings/settings-store.js';
import { setWithPresets } from '@yilan/core/feature/actions.js';
import { REGISTRY, TOOLBAR_FIELDS, schemaFor } from './registry.js';
import { COMBINATIONS, MODES, SINGLE_MODES, combine, mode, valuesOf } from './modes.js';

describe('mode catalogue', () => {
  it('has every non-default value of every setting, each alone, once', () => {
    const fields = [
      ...REGISTRY.map(f => [f.setting, f.field] as const),
      ...Object.entries(TOOLBAR_FIELDS),
    ];
    const expected = fields.flatMap(([setting, field]) =>
      field.values.filter(v => v !== field.default).map(value => ({ [setting]: value })),
    );
    expect(SINGLE_MODES.map(m => m.settings)).toEqual(expected);
    const names = MODES.map(m => m.name);
    expect(new Set(names).size).toBe(names.length);
  });

  // The names are public: yilan-audit's --modes, the browser suites and the benchmarks ask for
  // them. Renaming a setting or a value changes them; this list then has to change with the
  // callers, on purpose.
  it('names its modes as the audit, the tests and the benchmarks know them', () => {
    expect(MODES.map(m => m.name)).toEqual([
      'elder',
      'scheme-black-on-white',
      'scheme-white-on-black',
      'scheme-yellow-on-black',
      'scheme-black-on-yellow',
      'scheme-yellow-on-blue',
      'grayscale',
      'zoom-125',
      'zoom-150',
      'zoom-175',
      'zoom-200',
      'cursor-black',
      'cursor-white',
      'guides',
      'caption',
      'point',
      'reading',
      'speech-off',
      'rate-0.5',
      'rate-0.75',
      'rate-1.25',
      'rate-1.5',
      'rate-1.75',
      'rate-2',
      'volume-0.2',
      'volume-0.4',
      'volume-0.6',
      'volume-0.8',
      'speakFocus',
      'traditional',
      'pinyin',
      'captionPinyin',
      'readingView',
      'focus',
      'regions',
      'toolbar-open',
      'point+speakFocus',
      'speech-off+rate-0.5+volume-0.2',
      'elder+scheme-yellow-on-blue+zoom-200',
    ]);
  });

  for (const { name, settings } of MODES) {
    it(`${name}: every setting is one the registry accepts, and Yilan.set() holds it`, () => {
      const warn = vi.fn();
      const store = new SettingsStore({ schema: schemaFor(REGISTRY), warn });
      setWithPresets(store, REGISTRY, settings);
      expect(warn).not.toHaveBeenCalled();
      const now = store.get();
      for (const [key, value] of Object.entries(settings)) expect(now[key], key).toBe(value);
    });
  }

  it('finds modes and combinations by name, and refuses names it does not have', () => {
    expect(mode('zoom-200').settings).toEqual({ zoom: 200 });
    expect(mode('elder+zoom-200')).toEqual({
      name: 'elder+zoom-200',
      settings: { elder: true, zoom: 200 },
    });
    expect(combine('point', 'speakFocus')).toEqual(COMBINATIONS[0]);
    expect(() => mode('zoom-300')).toThrow(/no Yilan mode "zoom-300"; modes: elder, /);
    expect(() => mode('elder+colourScheme-dark')).toThrow(/colourScheme-dark/);
  });

  it('lists the values of one setting other than its default', () => {
    expect(valuesOf('scheme')).toEqual([
      'black-on-white',
      'white-on-black',
      'yellow-on-black',
      'black-on-yellow',
      'yellow-on-blue',
    ]);
    expect(valuesOf('open')).toEqual([true]);
    // @ts-expect-error: not a setting
    expect(() => valuesOf('colourScheme')).toThrow(/colourScheme/);
  });
});
