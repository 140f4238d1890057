// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  htmlHash,
  judge,
  matchPage,
  parseBaseline,
  parseThreshold,
  targetKey,
  updatedBaseline,
} from './gate.mjs';

const node = (target, html = `<p id="${target}">x</p>`) => ({
  target: [target],
  html,
  summary: '',
});
const report = () => ({
  pages: [
    {
      url: 'http://127.0.0.1:9/a?x=1',
      status: 'ok',
      modes: [
        {
          mode: 'as-is',
          violations: [
            { id: 'image-alt', impact: 'critical', nodes: [node('#i1'), node('#i2')] },
            { id: 'region', impact: 'moderate', nodes: [node('#r')] },
          ],
          added: [],
        },
        {
          mode: 'elder',
          violations: [{ id: 'reflow-320', impact: 'serious', nodes: [node('#w')] }],
          added: [{ id: 'reflow-320', impact: 'serious', nodes: [node('#w')] }],
        },
      ],
    },
  ],
});
const entry = (rule, target, extra = {}) => ({
  page: '/a?x=1',
  mode: rule === 'reflow-320' ? 'elder' : 'as-is',
  rule,
  target,
  hash: htmlHash(`<p id="${target}">x</p>`),
  ...extra,
});

describe('judge', () => {
  it('fails on every violation, or only on what Yilan adds, from an impact up', () => {
    expect(judge(report()).failing).toBe(4);
    expect(judge(report(), { gate: 'added' }).failing).toBe(1);
    expect(judge(report(), { failOn: 'serious' }).failing).toBe(3);
    expect(judge(report(), { failOn: 'critical' }).failing).toBe(2);
  });

  it('counts issues: one element failing one rule, however many modes show it', () => {
    const r = report();
    // The same missing alt text in elder mode too: one more finding, no more issues.
    r.pages[0].modes[1].violations.push({
      id: 'image-alt',
      impact: 'critical',
      nodes: [node('#i1')],
    });
    const verdict = judge(r);
    expect(verdict.failing).toBe(5);
    expect(verdict.issues).toBe(4);
    expect(judge(r, { failOn: 'critical' }).issues).toBe(2);
  });

  it('passes known findings, lists fixed ones, and matches a moved element by its markup', () => {
    const baseline = {
      entries: [
        entry('image-alt', '#i1'),
        entry('image-alt', 'main > img:nth-child(9)', { hash: htmlHash('<p id="#i2">x</p>') }),
        entry('region', '#r', { reason: 'legacy layout', expires: '2099-01-01' }),
        entry('reflow-320', '#w'),
        entry('color-contrast', '#gone'),
        { page: '/other', mode: 'as-is', rule: 'label', target: 'input' },
      ],
    };
    const verdict = judge(report(), { baseline });
    expect(verdict.failing).toBe(0);
    expect(verdict.baselined).toBe(4);
    // Only entries of pages and modes audited in this run can be "fixed".
    expect(verdict.fixed.map(e => e.rule)).toEqual(['color-contrast']);
    const next = updatedBaseline(report(), verdict, baseline);
    expect(next.entries.map(e => `${e.rule} ${e.target}`)).toEqual([
      'image-alt #i1',
      'image-alt #i2',
      'region #r',
      'reflow-320 #w',
      'label input',
    ]);
    expect(next.entries.find(e => e.rule === 'region').reason).toBe('legacy layout');
  });

  it('a new finding fails; an expired entry no longer covers its finding', () => {
    const baseline = {
      entries: [entry('image-alt', '#i1'), entry('region', '#r', { expires: '2020-01-01' })],
    };
    const verdict = judge(report(), { baseline, today: '2026-11-27' });
    expect(verdict.failing).toBe(3);
    expect(verdict.expired.map(e => e.rule)).toEqual(['region']);
    const r = report();
    judge(r, { baseline, today: '2026-11-27' });
    const gates = r.pages[0].modes[0].violations.flatMap(v => v.nodes.map(n => n.gate));
    expect(gates).toEqual(['baseline', 'fail', 'fail']);
    // --update-baseline adds new entries only when asked.
    expect(updatedBaseline(report(), verdict, baseline).entries).toHaveLength(2);
    const added = updatedBaseline(r, judge(r, { baseline, today: '2026-11-27' }), baseline, {
      addNew: true,
    });
    expect(added.entries).toHaveLength(5);
  });

  it('thresholds allow a number of findings by rule, page, mode or impact', () => {
    const t = [parseThreshold('rule=image-alt,max=1'), parseThreshold('page=/a*,mode=elder,max=5')];
    const verdict = judge(report(), { thresholds: t });
    expect(verdict.allowed).toBe(2);
    expect(verdict.failing).toBe(2);
    expect(() => parseThreshold('rule=x')).toThrow(/max/);
    expect(() => parseThreshold('colour=red,max=1')).toThrow(/rule=/);
  });
});

describe('keys and patterns', () => {
  it('normalises targets and hashes markup without Yilan attributes or spacing', () => {
    expect(targetKey([['my-card', ' .inner ']])).toBe('my-card >>> .inner');
    expect(targetKey(['iframe', '#x'])).toBe('iframe |> #x');
    expect(htmlHash('<p  data-yilan-x="1" class="a">t</p>')).toBe(htmlHash('<p class="a">t</p>'));
  });

  it('matches pages by URL, path or glob', () => {
    expect(matchPage('/news/*', 'http://h/news/1')).toBe(true);
    expect(matchPage('*/qa/*', 'http://h/qa/x')).toBe(true);
    expect(matchPage('/news/', 'http://h/policies/')).toBe(false);
  });

  it('refuses a malformed baseline with a reason', () => {
    expect(() => parseBaseline('{', 'b.json')).toThrow(/not JSON/);
    expect(() => parseBaseline('{"entries":[{"page":1}]}', 'b.json')).toThrow(/entry 1/);
    expect(parseBaseline(undefined, 'b.json').entries).toEqual([]);
  });
});
