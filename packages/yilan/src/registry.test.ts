import { describe, expect, it, vi } from 'vitest';
import { REGISTRY } from './registry.js';
import { SettingsStore } from '@yilan/core/settings/settings-store.js';
import { translator } from '@yilan/core/i18n/translate.js';
import type { Chunks, FeatureContext } from '@yilan/core/feature/feature.js';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
// Declares the toolbar panel's chunk, as mount.ts (which imports it) sees it.
import type {} from './mount.js';

// In tests, chunks are the source modules themselves: one per declared chunk, each typed as the
// module that chunk name promises.
const CHUNKS: { [K in keyof Chunks]: () => Promise<Chunks[K]> } = {
  'guide-lines': () => import('@yilan/features/guide-lines/guide-lines.impl.js'),
  'caption-screen': () => import('@yilan/features/caption-screen/caption-screen.impl.js'),
  'region-guide': () => import('@yilan/features/region-guide/region-guide.impl.js'),
  'read-aloud': () => import('@yilan/features/read-aloud/read-aloud.impl.js'),
  'to-traditional': () => import('@yilan/features/chinese-convert/to-traditional.impl.js'),
  'to-simplified': () => import('@yilan/features/chinese-convert/to-simplified.impl.js'),
  pinyin: () => import('@yilan/features/pinyin/pinyin.impl.js'),
  'reading-view': () => import('@yilan/features/reading-view/reading-view.impl.js'),
  'yilan-panel': () => import('@yilan/elements/panel/yilan-panel.js'),
};

function context(): FeatureContext {
  const host = document.createElement('div');
  const shadow = host.attachShadow({ mode: 'open' });
  document.body.append(host);
  const store = new SettingsStore({
    schema: Object.fromEntries(REGISTRY.map(f => [f.setting, f.field])),
    warn: vi.fn(),
  });
  return {
    document,
    store,
    base: new URL('http://127.0.0.1/yilan/'),
    warn: vi.fn(),
    t: translator('zh-CN'),
    layer: () => shadow,
    isOwnUi: node => host.contains(node),
    loadChunk: name => CHUNKS[name](),
    announce: vi.fn(),
    locale: 'zh-CN',
  };
}

describe('registry', () => {
  it('has unique ids, settings and shortcut keys', () => {
    const unique = (xs: string[]) => new Set(xs).size === xs.length;
    expect(unique(REGISTRY.map(f => f.id))).toBe(true);
    expect(unique(REGISTRY.map(f => f.setting))).toBe(true);
    const codes = REGISTRY.flatMap(f => (f.shortcuts ?? []).map(s => s.code)).filter(Boolean);
    expect(unique(codes)).toBe(true);
  });

  it('declares every chunk the build makes (each *.impl.ts, and the panel), and no other', () => {
    // As scripts/build-yilan.mjs finds them (vitest runs from the repository's root).
    const features = join(process.cwd(), 'packages/features/src');
    const built = readdirSync(features, { recursive: true, encoding: 'utf8' })
      .filter(file => file.endsWith('.impl.ts'))
      .map(file => file.split('/').at(-1)!.replace('.impl.ts', ''));
    expect(Object.keys(CHUNKS).sort()).toEqual([...built, 'yilan-panel'].sort());
  });

  it('every default is one of its values, and every boolean but the voice defaults to off', () => {
    for (const f of REGISTRY) {
      expect(f.field.values).toContain(f.field.default);
      // The voice is on so that 指读 and 连读 speak when chosen; it speaks only through them.
      if (typeof f.field.default === 'boolean') expect(f.field.default).toBe(f.id === 'speech');
    }
  });

  for (const feature of REGISTRY) {
    for (const value of feature.field.values.filter(v => v !== feature.field.default)) {
      it(`${feature.id}=${String(value)}: apply then dispose leaves <html> and its sheets exactly as before`, async () => {
        const ctx = context();
        const before = {
          html: document.documentElement.outerHTML,
          sheets: [...document.adoptedStyleSheets],
        };
        const applied = await feature.apply(ctx, value);
        if (typeof applied === 'function') applied();
        else applied.dispose();
        expect(document.documentElement.outerHTML).toBe(before.html);
        expect(document.adoptedStyleSheets).toEqual(before.sheets);
      });
    }
  }
});
