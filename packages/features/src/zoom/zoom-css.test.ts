import { describe, expect, it } from 'vitest';
import { scaleValue, zoomBaseCss } from './zoom-css.js';
import { rescueDeclarations } from './zoom-rescue.js';

const z = 'var(--yilan-zoom, 1)';

describe('scaleValue', () => {
  it('scales absolute lengths and keywords', () => {
    expect(scaleValue('14px')).toBe(`calc(14px * ${z})`);
    expect(scaleValue('10.5pt')).toBe(`calc(10.5pt * ${z})`);
    expect(scaleValue('4vw')).toBe(`calc(4vw * ${z})`);
    expect(scaleValue('small')).toBe(`calc(13px * ${z})`);
  });

  it('scales only the absolute parts of clamp() and calc()', () => {
    expect(scaleValue('clamp(1rem, 0.5rem + 2vw, 40px)')).toBe(
      `clamp(1rem, 0.5rem + calc(2vw * ${z}), calc(40px * ${z}))`,
    );
    expect(scaleValue('calc(1em + 2px)')).toBe(`calc(1em + calc(2px * ${z}))`);
  });

  it('leaves values that grow by themselves, and var(), alone', () => {
    expect(scaleValue('1.25rem')).toBeUndefined();
    expect(scaleValue('120%')).toBeUndefined();
    expect(scaleValue('1.5')).toBeUndefined();
    expect(scaleValue('normal')).toBeUndefined();
    expect(scaleValue('var(--size)')).toBeUndefined();
  });

  it('on the root element, em and % are relative to the browser default and must scale too', () => {
    expect(scaleValue('62.5%', true)).toBe(`calc(62.5% * ${z})`);
    expect(scaleValue('1rem', true)).toBeUndefined();
  });
});

describe('zoomBaseCss', () => {
  it('maps each level to a factor, at zero specificity', () => {
    const css = zoomBaseCss([100, 150, 200]);
    expect(css).toContain(':root[data-yilan-zoom="150"]{--yilan-zoom:1.5}');
    expect(css).toContain(':root[data-yilan-zoom="200"]{--yilan-zoom:2}');
    expect(css).toContain(
      ':where(:root[data-yilan-zoom]){font-size:calc(100% * var(--yilan-zoom, 1))}',
    );
  });
});

describe('rescueDeclarations', () => {
  const style = (css: string): CSSStyleDeclaration => {
    const el = document.createElement('div');
    el.setAttribute('style', css);
    return el.style;
  };

  it('frees a fixed height, keeping it as the minimum', () => {
    expect(rescueDeclarations(style('height: 40px; overflow: hidden'))).toEqual([
      '--yilan-h:40px',
      'height:var(--yilan-fit, auto)',
      'min-height:40px',
    ]);
    expect(rescueDeclarations(style('height: 50%'))).toEqual([]);
  });

  it('caps widths in em at the container, but not px widths or parked boxes', () => {
    expect(rescueDeclarations(style('width: 57.69em'))).toEqual(['max-width:100%']);
    expect(rescueDeclarations(style('width: 980px'))).toEqual([]);
    expect(rescueDeclarations(style('width: 20em; position: absolute'))).toEqual([]);
  });

  it('lets one-line titles cut with an ellipsis wrap again', () => {
    expect(
      rescueDeclarations(style('white-space: nowrap; overflow: hidden; text-overflow: ellipsis')),
    ).toEqual(['white-space:normal']);
    expect(rescueDeclarations(style('white-space: nowrap'))).toEqual([]);
  });

  it('lets a one-line inline-block (a date chip) wrap, but not a scroller track', () => {
    expect(
      rescueDeclarations(style('margin-right: 30px; display: inline-block; white-space: nowrap')),
    ).toEqual(['white-space:normal']);
    expect(rescueDeclarations(style('white-space: nowrap; overflow-x: auto'))).toEqual([]);
  });
});
