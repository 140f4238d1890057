// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { axeRunOptions, findings } from './frames.mjs';

const node = (target, extra = {}) => ({
  target,
  html: '<img>',
  failureSummary: 'Fix it',
  ...extra,
});
const result = nodes => ({
  violations: [{ id: 'image-alt', impact: 'critical', help: 'Alt', nodes }],
  incomplete: [],
});

describe('frame findings', () => {
  const frames = new Map([
    ['["#cross"]', 'http://localhost/cross.html'],
    ['["#cross","#nested"]', 'http://localhost/nested.html'],
  ]);

  it('name the URL of the frame each node is in, by its path of frame selectors', () => {
    const { violations } = findings(
      result([node(['#cross', '#img']), node(['#cross', '#nested', 'img']), node(['img'])]),
      frames,
    );
    expect(violations[0].nodes.map(n => n.frame)).toEqual([
      'http://localhost/cross.html',
      'http://localhost/nested.html',
      undefined,
    ]);
    expect(violations[0].nodes[2]).not.toHaveProperty('frame');
  });

  it('do not take a shadow path for a frame', () => {
    const { violations } = findings(result([node([['#cross', 'img']])]), frames);
    expect(violations[0].nodes[0]).not.toHaveProperty('frame');
  });

  it('keep the colours and ratio of contrast findings', () => {
    const data = {
      fgColor: '#777777',
      bgColor: '#ffffff',
      contrastRatio: 4.47,
      expectedContrastRatio: '4.5:1',
    };
    const { violations } = findings(result([node(['p'], { any: [{ data }] })]), frames);
    expect(violations[0].nodes[0].contrast).toEqual({
      fg: '#777777',
      bg: '#ffffff',
      ratio: 4.47,
      expected: 4.5,
    });
  });
});

describe('axe run options', () => {
  it('run the rule ids given, with rules switched on and off by id', () => {
    const o = axeRunOptions({
      ids: ['image-alt', 'label'],
      rules: { label: { enabled: false }, 'color-contrast-enhanced': { enabled: true } },
      iframes: true,
    });
    expect(o.runOnly).toEqual({ type: 'rule', values: ['image-alt', 'color-contrast-enhanced'] });
    expect(o.iframes).toBe(true);
  });
});
