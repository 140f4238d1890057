// @vitest-environment node
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { ruleIds } from './axe-names.mjs';
import { expandTags } from './modes.mjs';

const require = createRequire(import.meta.url);
const axe = require('axe-core');

describe('the rule set an audit runs', () => {
  it("by default is axe-core's own default set, plus target-size", () => {
    // What axe.run() runs when told nothing: every enabled rule that is not experimental.
    const axeDefault = axe._audit.rules
      .filter(r => r.enabled !== false && !r.tags.includes('experimental'))
      .map(r => r.id);
    expect(ruleIds(undefined).sort()).toEqual([...axeDefault, 'target-size'].sort());
    expect(ruleIds(undefined)).toEqual(expect.arrayContaining(['region', 'landmark-one-main']));
    for (const off of [
      'duplicate-id',
      'aria-roledescription',
      'color-contrast-enhanced',
      'p-as-heading',
    ])
      expect(ruleIds(undefined)).not.toContain(off);
  });

  it('narrowed by tags, still leaves deprecated and experimental rules out unless named', () => {
    const aa = ruleIds(expandTags('wcag22aa'));
    expect(aa).toEqual(expect.arrayContaining(['image-alt', 'target-size', 'color-contrast']));
    expect(aa).not.toContain('region');
    expect(aa).not.toContain('audio-caption');
    expect(ruleIds(['deprecated'])).toContain('duplicate-id');
    expect(ruleIds(['best-practice', 'experimental'])).toContain('p-as-heading');
  });
});
