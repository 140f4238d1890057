// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { selector, settle, viewportOf } from './options.mjs';
import { fromEnv, targetsOf } from './config.mjs';
import { shardOf, combine } from './merge.mjs';
import { parseRobots } from './robots.mjs';
import { expandTags, UsageError } from './modes.mjs';
import { csv } from './reports/csv.mjs';

describe('options', () => {
  it('turns shadow and frame paths into axe contexts', () => {
    expect(selector('main')).toBe('main');
    expect(selector('my-card >>> .inner')).toEqual({ fromShadowDom: ['my-card', '.inner'] });
    expect(selector('iframe |> a >>> b')).toEqual({
      fromFrames: ['iframe', { fromShadowDom: ['a', 'b'] }],
    });
  });

  it('expands WCAG levels to the levels below them', () => {
    expect(expandTags('wcag21aa,best-practice')).toEqual([
      'wcag2a',
      'wcag2aa',
      'wcag21a',
      'wcag21aa',
      'best-practice',
    ]);
  });

  it('refuses unknown options and bad values with the option named', () => {
    expect(() => settle({ colour: 'red' }, 'cfg.json')).toThrow(
      /unknown option colour in cfg.json/,
    );
    expect(() => settle({ shard: '3/2' })).toThrow(/--shard/);
    expect(() => settle({ failOn: 'bad' })).toThrow(/--fail-on/);
    expect(() => settle({ checks: 'reflow,x' })).toThrow(/unknown check x/);
    expect(() => settle({ urls: [{ url: '/a', actions: [{ tap: '#x' }] }] })).toThrow(/action 1/);
    expect(settle({ checks: 'none' }).checks).toEqual([]);
  });

  it('takes a viewport as WxH or a preset, and refuses anything else', () => {
    expect(settle({}).viewport).toEqual({ width: 1280, height: 800, mobile: false });
    expect(viewportOf('phone')).toEqual({ width: 360, height: 740, mobile: true });
    expect(viewportOf('1024x768')).toEqual({ width: 1024, height: 768, mobile: false });
    for (const bad of ['1024', '1024*768', '100x100', 'tablet'])
      expect(() => viewportOf(bad), bad).toThrow(/--viewport must be WxH/);
  });

  it('refuses unknown tags and rules before any browser starts, with what was meant', () => {
    expect(() => settle({ tags: 'WCAG2AA' })).toThrow(
      /--tags: unknown tag WCAG2AA \(did you mean wcag2aa\?\); common tags: wcag2a,/,
    );
    expect(() => settle({ tags: 'wcag21aa,bestpractice' })).toThrow(
      /unknown tag bestpractice \(did you mean best-practice\?\)/,
    );
    expect(() => settle({ rules: 'image-alts' })).toThrow(
      /--rules: unknown rule image-alts \(did you mean image-alt\?\)/,
    );
    expect(() => settle({ disableRules: 'no-such-rule-at-all' })).toThrow(
      /--disable-rules: unknown rule no-such-rule-at-all;/,
    );
    // Real names pass: axe's own tags as well as the levels yilan-audit expands.
    expect(settle({ tags: 'wcag22aa,EN-301-549,cat.color', rules: 'image-alt' }).rules).toEqual({
      'image-alt': { enabled: true },
    });
    expect(settle({ html: 'r.html' }).screenshots).toBe(3);
  });
});

describe('config', () => {
  it('takes secrets from the environment and names a missing one', () => {
    expect(fromEnv({ a: ['${USER_X}'], b: 1 }, 'c.json', { USER_X: 'qa' })).toEqual({
      a: ['qa'],
      b: 1,
    });
    expect(() => fromEnv({ a: '${NOPE}' }, 'c.json', {})).toThrow(/\$\{NOPE\}/);
  });

  it('runs each target with the shared options under its own', () => {
    const config = {
      modes: 'as-is',
      targets: { site: { urls: ['http://a/'] }, admin: { urls: ['http://b/'], modes: 'elder' } },
    };
    expect(targetsOf(config).map(t => [t.name, t.modes])).toEqual([
      ['site', 'as-is'],
      ['admin', 'elder'],
    ]);
    expect(targetsOf(config, ['admin'])).toHaveLength(1);
    expect(() => targetsOf(config, ['nope'])).toThrow(/no target nope/);
  });
});

describe('shards', () => {
  it('split pages into contiguous parts within one of each other, covering all once', () => {
    const parts = [1, 2, 3].map(current => shardOf(10, { current, total: 3 }));
    expect(parts).toEqual([
      [0, 1, 2, 3],
      [4, 5, 6],
      [7, 8, 9],
    ]);
    expect(shardOf(2, { current: 3, total: 3 })).toEqual([]);
  });

  it('merge in the order of the whole run and refuses what is not a report', () => {
    const r = (index, started) => ({
      schema: 1,
      axe: '4',
      started,
      seconds: 1,
      tags: [],
      modes: ['as-is'],
      pages: [{ index, url: `u${index}`, status: 'ok', modes: [] }],
    });
    const merged = combine([r(1, '2026-01-01T00:00:01Z'), r(0, '2026-01-01T00:00:00Z')]);
    expect(merged.pages.map(p => p.index)).toEqual([0, 1]);
    expect(merged.seconds).toBe(2);
    expect(() => combine([{ schema: 2 }])).toThrow(/schema 1/);
  });
});

describe('robots.txt', () => {
  const robots = parseRobots(`
User-agent: *
Disallow: /private/
Allow: /private/open
Disallow: /*.pdf$
Crawl-delay: 2
Sitemap: https://example.test/sitemap.xml

User-agent: yilan-audit
Disallow: /not-for-audits/
`);
  it('applies the group for yilan-audit, longest rule winning', () => {
    expect(robots.sitemaps).toEqual(['https://example.test/sitemap.xml']);
    expect(robots.allowed('http://localhost/not-for-audits/x')).toBe(false);
    expect(robots.allowed('http://localhost/private/x')).toBe(true);
    const star = parseRobots(
      'User-agent: *\nDisallow: /private/\nAllow: /private/open\nDisallow: /*.pdf$\nCrawl-delay: 2',
    );
    expect(star.allowed('http://localhost/private/x')).toBe(false);
    expect(star.allowed('http://localhost/private/open/1')).toBe(true);
    expect(star.allowed('http://localhost/a.pdf')).toBe(false);
    expect(star.allowed('http://localhost/a.pdf?x')).toBe(true);
    expect(star.delay).toBe(2);
  });
});

describe('CSV', () => {
  it('quotes commas, quotes and newlines, and defuses formulas', () => {
    const text = csv({
      pages: [
        {
          url: 'http://h/',
          modes: [
            {
              mode: 'as-is',
              added: [],
              violations: [
                {
                  id: 'x',
                  impact: 'minor',
                  help: 'say "hi", then\nleave',
                  nodes: [{ target: ['=cmd'], html: '<p>', summary: '' }],
                },
              ],
            },
          ],
        },
      ],
    });
    const [, row] = text.split('\r\n');
    expect(row).toContain(`'=cmd`);
    expect(row).toContain('"say ""hi"", then\nleave"');
  });
});

describe('--browser', () => {
  it('is chromium by default; an unknown engine is named in the error', () => {
    expect(settle({}).browser).toBe('chromium');
    expect(settle({ browser: 'firefox' }).browser).toBe('firefox');
    expect(settle({ browser: 'webkit' }).browser).toBe('webkit');
    expect(() => settle({ browser: 'safari' })).toThrow(
      '--browser must be one of chromium, firefox, webkit (not safari)',
    );
  });

  it('refuses, naming option and engine, what Firefox cannot honour, before any browser starts', () => {
    const refused = [
      [{ setup: './login.mjs' }, '--setup'],
      [{ httpCredentials: 'qa:secret' }, '--http-credentials'],
      [{ header: ['X-Test: 1'] }, '--header'],
      [{ screenshots: '2' }, '--screenshots'],
      [{ crawl: true }, '--crawl'],
      [{ viewport: 'phone' }, '--viewport phone'],
      [{ urls: [{ url: '/a', actions: [{ click: '#open' }] }] }, 'per-URL actions'],
    ];
    for (const [o, option] of refused) {
      expect(() => settle({ ...o, browser: 'firefox' }), option).toThrow(UsageError);
      expect(() => settle({ ...o, browser: 'firefox' }), option).toThrow(
        `--browser firefox cannot honour ${option}`,
      );
      expect(() => settle({ ...o, browser: 'webkit' }), option).toThrow(
        `--browser webkit cannot honour ${option}`,
      );
      // The same options are fine in Chromium.
      expect(settle({ ...o, browser: 'chromium' }).browser).toBe('chromium');
    }
    // Several at once are all named.
    expect(() => settle({ browser: 'firefox', setup: 'x.mjs', header: 'A: b' })).toThrow(
      /cannot honour --setup, --header: .*drop them/,
    );
  });

  it('an HTML report takes no screenshots in Firefox instead of refusing the report', () => {
    expect(settle({ html: 'r.html' }).screenshots).toBe(3);
    expect(settle({ html: 'r.html', browser: 'firefox' }).screenshots).toBe(0);
    expect(settle({ viewport: '1024x768', browser: 'firefox' }).viewport.width).toBe(1024);
  });
});
