// Generates the benchmark pages: an ordinary px-sized government page, medium (about 1,500
// elements) and large (about 50,000), each with and without Yilan. Same structure as the pages
// the peer measurements used (shared/research/peer-perf.md), so numbers compare.
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const CSS = `html, body { font-size: 16px; } body { margin: 0; font-family: sans-serif; color: #1b1b1b; background: #fff; }
.wrap { max-width: 1200px; margin: 0 auto; padding: 0 16px; }
.layout { display: grid; grid-template-columns: minmax(0, 1fr) 280px; gap: 24px; }
nav ul { display: flex; flex-wrap: wrap; gap: 8px 20px; list-style: none; padding: 0; font-size: 15px; }
h1 { font-size: 34px; } h2 { font-size: 26px; } h3 { font-size: 20px; } p, li { font-size: 16px; }
table { width: 100%; border-collapse: collapse; font-size: 15px; } td, th { border: 1px solid #999; padding: 4px; }
.cards { display: flex; gap: 12px; } .card { flex: 1; border: 1px solid #ccc; padding: 8px; }
.form { display: grid; grid-template-columns: 1fr 1fr; gap: 8px; } img { max-width: 100%; }
footer { font-size: 14px; }`;

function section(i) {
  const rows = Array.from(
    { length: 6 },
    (_, r) => `<tr><td>事项 ${i}-${r}</td><td>窗口 ${r}</td><td>工作日</td><td>免费</td></tr>`,
  ).join('');
  const cards = Array.from(
    { length: 3 },
    (_, c) =>
      `<div class="card"><img src="/favicon.svg" width="80" height="80" alt="图示 ${c}"><p>服务卡片 ${c}</p></div>`,
  ).join('');
  const links = Array.from(
    { length: 5 },
    (_, l) => `<li><a href="#s${i}">相关链接 ${l}</a></li>`,
  ).join('');
  const fields = Array.from(
    { length: 5 },
    (_, f) => `<label for="f${i}-${f}">字段 ${f}</label><input id="f${i}-${f}" name="f${f}">`,
  ).join('');
  return `<section id="s${i}" aria-labelledby="h${i}"><h2 id="h${i}">第 ${i + 1} 部分</h2>
<p class="lead">本部分介绍便民服务事项 ${i}，内容用于测试页面性能。<a href="#s${i}">了解更多</a></p>
<p>市民可以通过网上大厅、移动端或线下窗口办理，材料齐全的当场办结。<a href="#s${i}">办事指南</a></p>
<figure><img src="/favicon.svg" width="120" height="120" alt="示意图 ${i}"><figcaption>示意图 ${i}</figcaption></figure>
<h3>常用链接</h3><ul>${links}</ul>
<table><caption>办理时间 ${i}</caption><thead><tr><th>事项</th><th>地点</th><th>时间</th><th>费用</th></tr></thead><tbody>${rows}</tbody></table>
<div class="cards">${cards}</div><form class="form" action="#">${fields}</form></section>`;
}

function page(sections, script, endOfBody = '') {
  const nav = Array.from({ length: 8 }, (_, i) => `<li><a href="#s${i}">栏目 ${i}</a></li>`).join(
    '',
  );
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Yilan benchmark page</title><link rel="icon" href="/favicon.svg"><link rel="stylesheet" href="/bench/page.css">${script}</head>
<body><header class="wrap"><img src="/favicon.svg" width="48" height="48" alt="徽标"><nav aria-label="主导航"><ul>${nav}</ul></nav>
<form role="search" action="#"><label for="q">搜索</label><input id="q" type="search"><button>搜索</button></form></header>
<div class="wrap layout"><main><h1>性能测试页面</h1>${Array.from({ length: sections }, (_, i) => section(i)).join('\n')}</main>
<aside aria-label="侧栏"><h2>热点服务</h2><ul><li><a href="#s0">服务</a></li></ul></aside></div>
<footer class="wrap"><p>示例市人民政府</p></footer>${endOfBody}</body></html>`;
}

/** A long article: 5,000 paragraphs of two sentences each, for read-aloud's text extraction. */
function article(count, script) {
  const paragraphs = Array.from(
    { length: count },
    (_, i) =>
      `<p>第 ${i + 1} 段：市民可以通过网上大厅办理<a href="#p${i}">便民服务</a>事项。材料齐全的，窗口当场办结！</p>`,
  ).join('\n');
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Yilan benchmark article</title><link rel="icon" href="/favicon.svg"><link rel="stylesheet" href="/bench/page.css">${script}</head>
<body><main class="wrap"><h1>长篇文章</h1>${paragraphs}</main></body></html>`;
}

export async function makePages(dir) {
  await mkdir(dir, { recursive: true });
  await writeFile(`${dir}/page.css`, CSS);
  const tag = '<script src="/yilan/yilan.js" defer></script>';
  for (const [name, sections] of [
    ['medium', 14],
    ['large', 620],
  ]) {
    await writeFile(`${dir}/${name}.html`, page(sections, tag));
    await writeFile(`${dir}/${name}-bare.html`, page(sections, ''));
  }
  await writeFile(`${dir}/article.html`, article(5000, tag));
  await makePeerPages(dir);
}

/**
 * The side-by-side pages: the same two pages once per toolbar, each loaded the way its README
 * says, with one plain tag at the end of <body> (Yilan too, so all are loaded the same way).
 */
export const WIDGETS = {
  none: '',
  yilan: '<script src="/yilan/yilan.js"></script>',
  accessibility:
    '<script src="/bench/peers/accessibility.js"></script><script>window.addEventListener("load", () => new Accessibility())</script>',
  sienna: '<script src="/bench/peers/sienna.js"></script>',
};

/** What each peer's README tells a site to load, and the name the pages load it by. */
export const PEER_FILES = {
  'accessibility/dist/main.bundle.js': 'accessibility.js',
  'sienna-accessibility/dist/sienna.min.js': 'sienna.js',
};

async function makePeerPages(dir) {
  // The packages' exports maps hide these files, so they are taken from the folder itself.
  const modules = fileURLToPath(new URL('../node_modules/', import.meta.url));
  await mkdir(`${dir}/peers`, { recursive: true });
  for (const [from, to] of Object.entries(PEER_FILES))
    await copyFile(`${modules}${from}`, `${dir}/peers/${to}`);
  for (const [name, sections] of [
    ['medium', 14],
    ['large', 620],
  ]) {
    for (const [widget, tag] of Object.entries(WIDGETS))
      await writeFile(`${dir}/peers/${name}-${widget}.html`, page(sections, '', tag));
  }
}
