import { describe, expect, it } from 'vitest';
import { groupFeatures } from '@yilan/elements/panel/groups.js';
import { REGISTRY } from './registry.js';

describe('the panel groups', () => {
  it('puts the most used controls first, and every shipped feature in a group of its sense', () => {
    const groups = groupFeatures(REGISTRY);
    expect(groups.map(g => g.id)).toEqual(['common', 'see', 'listen', 'read']);
    expect(groups[0].features.map(f => f.id)).toEqual([
      'elder-mode',
      'zoom',
      'color-scheme',
      'continuous-reading',
    ]);
    expect(groups.flatMap(g => g.features).length).toBe(REGISTRY.length);
  });

  it('leaves out empty groups and keeps a site-added feature (in 读)', () => {
    const extra = { ...REGISTRY[0], id: 'site-own' };
    const groups = groupFeatures([REGISTRY.find(f => f.id === 'zoom')!, extra]);
    expect(groups.map(g => [g.id, g.features.map(f => f.id)])).toEqual([
      ['common', ['zoom']],
      ['read', ['site-own']],
    ]);
  });
});
