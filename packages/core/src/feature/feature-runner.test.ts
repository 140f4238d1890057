import { describe, expect, it, vi } from 'vitest';
import { FeatureRunner } from './feature-runner.js';
import type { FeatureContext, FeatureDefinition } from './feature.js';
import { SettingsStore } from '../settings/settings-store.js';
import { oneOf, toggle } from '../settings/schema.js';
import { translator } from '../i18n/translate.js';
import { runAction, setWithPresets } from './actions.js';

function setup(features: FeatureDefinition<never>[] | FeatureDefinition[]) {
  const schema = Object.fromEntries(features.map(f => [f.setting, f.field]));
  const store = new SettingsStore({ schema, warn: vi.fn() });
  const warn = vi.fn();
  const context: FeatureContext = {
    document,
    store,
    base: new URL('http://x/'),
    warn,
    t: translator('en'),
    layer: () => document.createElement('div').attachShadow({ mode: 'open' }),
    isOwnUi: () => false,
    loadChunk: () => Promise.reject(new Error('no chunks in tests')),
    announce: vi.fn(),
    locale: 'en',
  };
  const runner = new FeatureRunner(features as FeatureDefinition[], context);
  return { store, runner, warn };
}

describe('FeatureRunner', () => {
  it('sets the root attribute, applies on leaving the default and disposes on return', async () => {
    const dispose = vi.fn();
    const apply = vi.fn(() => dispose);
    const { store, runner } = setup([
      { id: 'big', setting: 'big', label: 'elder', control: 'toggle', field: toggle(), apply },
    ]);
    runner.start();
    expect(document.documentElement.hasAttribute('data-yilan-big')).toBe(false);
    store.set({ big: true });
    expect(document.documentElement.getAttribute('data-yilan-big')).toBe('true');
    await runner.settled();
    expect(apply).toHaveBeenCalledTimes(1);
    store.set({ big: false });
    await runner.settled();
    expect(dispose).toHaveBeenCalledTimes(1);
    expect(document.documentElement.hasAttribute('data-yilan-big')).toBe(false);
    await runner.stop();
  });

  it('updates in place when apply returns a handle, and serialises slow async applies', async () => {
    const update = vi.fn();
    const dispose = vi.fn();
    let release!: () => void;
    const gate = new Promise<void>(r => (release = r));
    const apply = vi.fn(async () => {
      await gate;
      return { update, dispose };
    });
    const { store, runner } = setup([
      {
        id: 'z',
        setting: 'z',
        label: 'zoomIn',
        control: 'stepper',
        field: oneOf([1, 2, 3]),
        apply,
      },
    ]);
    runner.start();
    store.set({ z: 2 });
    store.set({ z: 3 });
    store.set({ z: 1 });
    store.set({ z: 2 });
    release();
    await runner.settled();
    // Superseded values never applied; the last one is, exactly once.
    expect(apply).toHaveBeenCalledTimes(1);
    expect(apply).toHaveBeenLastCalledWith(expect.anything(), 2);
    store.set({ z: 3 });
    await runner.settled();
    expect(update).toHaveBeenCalledWith(3);
    await runner.stop();
    expect(dispose).toHaveBeenCalledTimes(1);
  });

  it('a feature that throws is reported; the others still apply', async () => {
    const good = vi.fn(() => () => undefined);
    const { store, runner, warn } = setup([
      {
        id: 'bad',
        setting: 'bad',
        label: 'grayscale',
        control: 'toggle',
        field: toggle(),
        apply: () => Promise.reject(new Error('chunk 404')),
      },
      {
        id: 'good',
        setting: 'good',
        label: 'focus',
        control: 'toggle',
        field: toggle(),
        apply: good,
      },
    ]);
    runner.start();
    store.set({ bad: true, good: true });
    await runner.settled();
    expect(good).toHaveBeenCalled();
    expect(warn).toHaveBeenCalledWith('feature-failed', expect.stringContaining('chunk 404'));
    await runner.stop();
  });
});

describe('actions and presets', () => {
  const noop = () => () => undefined;
  const features: FeatureDefinition[] = [
    {
      id: 'elder',
      setting: 'elder',
      label: 'elder',
      control: 'toggle',
      field: toggle(),
      preset: { zoom: 150, cursor: 'black' },
      apply: noop,
    },
    {
      id: 'zoom',
      setting: 'zoom',
      label: 'zoomIn',
      control: 'stepper',
      field: oneOf([100, 150, 200]),
      apply: noop,
    },
    {
      id: 'cursor',
      setting: 'cursor',
      label: 'cursor',
      control: 'choice',
      field: oneOf(['off', 'black', 'white']),
      firstChoice: 'black',
      apply: noop,
    },
  ];
  const make = () =>
    new SettingsStore({
      schema: Object.fromEntries(features.map(f => [f.setting, f.field])),
      warn: vi.fn(),
    });

  it('steps through levels and stops at the ends', () => {
    const store = make();
    const zoom = features[1]!;
    runAction(store, features, zoom, 'previous');
    expect(store.get().zoom).toBe(100);
    runAction(store, features, zoom, 'next');
    runAction(store, features, zoom, 'next');
    runAction(store, features, zoom, 'next');
    expect(store.get().zoom).toBe(200);
    runAction(store, features, zoom, 'first');
    expect(store.get().zoom).toBe(100);
  });

  it('toggles a choice between off and the last value chosen', () => {
    const store = make();
    const cursor = features[2]!;
    runAction(store, features, cursor, 'toggle');
    expect(store.get().cursor).toBe('black');
    store.set({ cursor: 'white' });
    runAction(store, features, cursor, 'toggle');
    expect(store.get().cursor).toBe('off');
    runAction(store, features, cursor, 'toggle');
    expect(store.get().cursor).toBe('white');
  });

  it('a preset switches its settings on, never shrinks zoom, and off undoes only untouched ones', () => {
    const store = make();
    store.set({ zoom: 200 });
    setWithPresets(store, features, { elder: true });
    expect(store.get()).toEqual({ elder: true, zoom: 200, cursor: 'black' });
    store.set({ cursor: 'white' });
    setWithPresets(store, features, { elder: false });
    expect(store.get()).toEqual({ elder: false, zoom: 200, cursor: 'white' });
    setWithPresets(store, features, { elder: true, zoom: 100 });
    expect(store.get()).toEqual({ elder: true, zoom: 100, cursor: 'black' });
  });

  it('an invalid value for the preset owner switches nothing', () => {
    const store = make();
    setWithPresets(store, features, { elder: 'maybe' });
    expect(store.get()).toEqual({ elder: false, zoom: 100, cursor: 'off' });
  });
});
