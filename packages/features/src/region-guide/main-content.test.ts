import { beforeEach, describe, expect, it } from 'vitest';
import { findMainContent } from './main-content.js';
import { detectRegions } from './region-detect.js';

// DOM only (no layout): the structural part of the lookup, on markup shaped like real pages.
beforeEach(() => {
  document.body.innerHTML = '';
});

const story = (n: number): string =>
  `<p>${'城市科学家经过三年的努力，终于确认二〇〇三年热浪的主要原因。'.repeat(n)}</p>`;

describe('findMainContent', () => {
  it('prefers a <main> the page marks', () => {
    document.body.innerHTML = `<div id="nav"><a href="#">一</a></div><main id="m">${story(1)}</main>`;
    expect(findMainContent(document).id).toBe('m');
  });

  it('finds the text column of an old table layout, past the menus and the footer', () => {
    document.body.innerHTML = `<table><tr><td colspan="2" id="top">示例县人民政府</td></tr>
      <tr><td id="menu"><a href="#">首页</a><a href="#">政务公开</a><a href="#">办事服务</a></td>
      <td id="article"><h1>县政府关于秋冬季农业生产的通知</h1>${story(2)}${story(2)}</td></tr>
      <tr><td id="foot">版权所有：示例县人民政府 地址：示例县人民路1号 电话：0000-1234567</td></tr></table>`;
    expect(findMainContent(document).id).toBe('article');
  });

  it('keeps a block that opens with its title whole, not only the text under the title', () => {
    document.body.innerHTML = `<div id="meta-header"><h1>Demo</h1><a href="#">Overview</a></div>
      <div id="page"><p class="headline">Welcome to CityLights</p><p>Citylights is the new portal.</p>
      <div id="content">${story(2)}${story(2)}${story(1)}</div></div>`;
    expect(findMainContent(document).id).toBe('page');
  });

  it('ignores chrome by its names: a long footer is not the content', () => {
    document.body.innerHTML = `<div class="header">示例市人民政府</div><div id="c">${story(2)}</div>
      <div id="footer">${story(3)}</div>`;
    expect(findMainContent(document).id).toBe('c');
  });
});

describe('detectRegions without layout', () => {
  it('names a footer by its own first line, not by the heading of one of its link columns', () => {
    document.body.innerHTML = `<main>${story(1)}</main><footer>
      <div><div class="link-heading">关于本会</div><ul><li><a href="#">执掌</a></li><li><a href="#">委员</a></li></ul></div>
      <div class="info"><div>不当党产处理委员会</div><p>联络电话：02-2509-7900</p></div></footer>`;
    const footer = detectRegions(document).find(r => r.kind === 'service');
    expect(footer?.label).toBe('不当党产处理委员会');
  });

  it('lists an <aside> that only wraps a menu once, as the menu', () => {
    document.body.innerHTML = `<aside><nav aria-label="栏目"><a href="#">一</a><a href="#">二</a></nav></aside>
      <main>${story(1)}</main>`;
    const kinds = detectRegions(document).map(r => `${r.kind}:${r.label}`);
    expect(kinds.map(k => k.split(':')[0])).toEqual(['nav', 'content']);
    expect(kinds[0]).toBe('nav:栏目');
  });
});
