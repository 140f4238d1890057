// One self-contained HTML file for all pages × modes: works offline and without script (every
// finding is in the markup); a small script adds the filters. It must itself pass axe.
import {
  count,
  framesNotAudited,
  gateIssues,
  issueCount,
  plural,
  rows,
  ruleSet,
  targetText,
} from './common.mjs';

const esc = text =>
  String(text ?? '').replace(
    /[<>&"']/g,
    c => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&#39;' })[c],
  );
const COLOUR = /^#[0-9a-f]{3,8}$|^rgba?\([\d.,\s%]+\)$/i;

function contrast(c) {
  if (!c) return '';
  const swatch = (colour, what) =>
    COLOUR.test(colour)
      ? `<span class="swatch" style="background:${colour}" role="img" aria-label="${what} ${esc(colour)}"></span>`
      : '';
  return `<p class="contrast">${swatch(c.fg, 'text colour')}${swatch(c.bg, 'background')} ${esc(c.fg)} on ${esc(c.bg)}: <strong>${esc(c.ratio)}:1</strong>${c.expected ? `, needs ${esc(c.expected)}:1` : ''}</p>`;
}

function finding({ page, mode, v, node, added }, i) {
  const data = `data-page="${esc(page.url)}" data-mode="${esc(mode)}" data-rule="${esc(v.id)}" data-impact="${esc(v.impact)}" data-gate="${esc(node.gate ?? '')}"`;
  return `<li class="finding" ${data}>
  <h3 id="f${i}"><span class="impact ${esc(v.impact)}">${esc(v.impact ?? 'n/a')}</span> ${esc(v.id)}: ${esc(v.help)}</h3>
  <dl>
    <dt>Page</dt><dd><a href="${esc(page.url)}">${esc(page.url)}</a></dd>
    <dt>Mode</dt><dd>${esc(mode)}${added ? ' (added by Yilan)' : ''}</dd>
    <dt>Gate</dt><dd>${esc(node.gate ?? 'not counted')}</dd>
    <dt>Target</dt><dd><code>${esc(targetText(node.target))}</code></dd>${node.frame ? `\n    <dt>Frame</dt><dd><a href="${esc(node.frame)}">${esc(node.frame)}</a></dd>` : ''}
  </dl>
  ${node.html ? `<pre><code>${esc(node.html)}</code></pre>` : ''}
  ${contrast(node.contrast)}
  ${node.summary ? `<p class="summary">${esc(node.summary).replace(/\n/g, '<br>')}</p>` : ''}
  ${node.screenshot ? `<img src="${esc(node.screenshot)}" alt="The element in ${esc(mode)} mode, outlined in magenta">` : ''}
  ${v.helpUrl ? `<p><a href="${esc(v.helpUrl)}">How to fix ${esc(v.id)}</a></p>` : ''}
</li>`;
}

const options = values =>
  [...new Set(values)].map(v => `<option value="${esc(v)}">${esc(v)}</option>`).join('');

const verdictWord = gate =>
  gate.failing
    ? `${plural(gate.issues ?? 0, 'issue')} failing`
    : gate.passed === false
      ? 'incomplete'
      : 'passed';

/** The report opens on what fails: by rule, then element, with the modes it fails in. */
function failsSection(report) {
  const rules = gateIssues(report);
  if (!rules.length) return '';
  const element = e =>
    `<li><a href="${esc(e.page)}">${esc(e.page)}</a> <code>${esc(e.target)}</code>${e.frame ? ` in the frame <a href="${esc(e.frame)}">${esc(e.frame)}</a>` : ''}: ${esc(plural(e.modes.length, 'mode'))} (${esc(e.modes.join(', '))})</li>`;
  return `<section aria-labelledby="fails"><h2 id="fails">Fails the gate: ${esc(issueCount(report.gate))}</h2>
${rules
  .map(
    r => `<h3><span class="impact ${esc(r.impact)}">${esc(r.impact ?? 'n/a')}</span> ${esc(r.id)}: ${esc(r.help)} (${esc(plural(r.elements.length, 'element'))})</h3>
<ul class="issues">
${r.elements.map(element).join('\n')}
</ul>${r.helpUrl ? `\n<p><a href="${esc(r.helpUrl)}">How to fix ${esc(r.id)}</a></p>` : ''}`,
  )
  .join('\n')}
</section>
`;
}

export function html(report) {
  const all = [...rows(report)];
  const gate = report.gate ?? {};
  const notLoaded = report.pages.filter(
    p => (p.status !== 'ok' && p.status !== 'not a page') || p.unfinished,
  );
  const notPages = report.pages.filter(p => p.status === 'not a page');
  const frames = framesNotAudited(report);
  const framesSection = frames.length
    ? `<h2>Frames not audited</h2>
<p>axe could not run in these frames: what they hold is unchecked, and the run is incomplete.</p>
<ul>
${frames.map(f => `<li><a href="${esc(f.page.url)}">${esc(f.page.url)}</a>, frame <code>${esc(f.where)}</code> (${esc(f.url)}): ${esc(f.reason)}. Modes: ${esc(f.modes.join(', '))}.</li>`).join('\n')}
</ul>
`
    : '';
  const table = report.pages
    .map(
      p =>
        `<tr><th scope="row"><a href="${esc(p.url)}">${esc(p.url)}</a>${p.unstable ? ' (unstable)' : ''}</th>${
          p.status === 'ok'
            ? report.modes
                .map(name => p.modes.find(m => m.mode === name))
                .map(m =>
                  m
                    ? `<td>${count(m.violations)}${m.added.length ? ` (+${count(m.added)})` : ''}</td>`
                    : `<td>not run: ${esc(p.unfinished?.reason ?? '')}</td>`,
                )
                .join('')
            : `<td colspan="${report.modes.length}">${esc(p.status)}: ${esc(p.error)}</td>`
        }</tr>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>yilan-audit report: ${esc(verdictWord(gate))}</title>
<style>
body { font: 16px/1.5 system-ui, sans-serif; margin: 0 auto; max-width: 72rem; padding: 1rem; color: #1a1a1a; background: #fff; }
table { border-collapse: collapse; margin: 1rem 0; } th, td { border: 1px solid #767676; padding: .25rem .5rem; text-align: left; }
td { text-align: right; } .finding { border: 1px solid #767676; border-radius: 4px; padding: .5rem 1rem; margin: .75rem 0; list-style: none; }
ol { padding: 0; } dl { display: grid; grid-template-columns: max-content 1fr; gap: 0 1rem; } dt { font-weight: 600; } dd { margin: 0; overflow-wrap: anywhere; }
pre { white-space: pre-wrap; overflow-wrap: anywhere; background: #f3f3f3; padding: .5rem; }
.impact { display: inline-block; padding: 0 .4rem; border-radius: 3px; color: #fff; background: #3d3d3d; }
.impact.critical { background: #a4000f; } .impact.serious { background: #8a3b00; } .impact.moderate { background: #5a4a00; }
.swatch { display: inline-block; width: 1.2em; height: 1.2em; border: 1px solid #000; vertical-align: middle; margin-right: .25rem; }
form { display: flex; flex-wrap: wrap; gap: 1rem; align-items: end; } form div { display: grid; } label { font-weight: 600; }
select, input { font: inherit; min-height: 2.75rem; } img { max-width: 100%; border: 1px solid #767676; }
a { color: #0645ad; } :focus-visible { outline: 3px solid #0645ad; outline-offset: 2px; }
</style>
</head>
<body>
<header><h1>yilan-audit report</h1>
<p>${plural(report.pages.length, 'page')} × ${plural(report.modes.length, 'mode')} in ${esc(report.seconds?.toFixed?.(1) ?? report.seconds)} s, ${esc(report.started)}. axe-core ${esc(report.axe)} (${esc(ruleSet(report))}), ${esc(report.browser)}, yilan-audit ${esc(report.tool?.version)}.</p>
<p><strong>${gate.failing ? `Failed: ${issueCount(gate)} fail the gate` : gate.passed === false ? 'Incomplete: nothing fails in what ran' : 'Passed'}</strong> (gate: ${esc(gate.gate ?? 'any')}, from impact ${esc(gate.failOn ?? 'minor')}; ${gate.baselined ?? 0} known from the baseline, ${gate.allowed ?? 0} within thresholds, ${(gate.fixed ?? []).length} fixed since the baseline).${notLoaded.length ? ` ${notLoaded.length} pages did not load, were not run or ran out of time.` : ''}${frames.length ? ` ${plural(frames.length, 'frame')} not audited (listed below).` : ''}${notPages.length ? ` ${notPages.length} URLs were not HTML and were skipped.` : ''}${report.interrupted ? ' The run was interrupted: this report is partial.' : ''}</p>
</header>
<main>
${failsSection(report)}<h2>Pages and modes</h2>
<p>Each cell: violations (and, in brackets, those Yilan adds).</p>
<div style="overflow-x:auto" tabindex="0" role="region" aria-label="Pages and modes table">
<table><thead><tr><th scope="col">Page</th>${report.modes.map(m => `<th scope="col">${esc(m)}</th>`).join('')}</tr></thead>
<tbody>
${table}
</tbody></table>
</div>
${framesSection}<h2>Findings</h2>
<form id="filters" aria-controls="findings">
<div><label for="filter-page">Page</label> <select id="filter-page" name="page"><option value="">All pages</option>${options(all.map(r => r.page.url))}</select></div>
<div><label for="filter-mode">Mode</label> <select id="filter-mode" name="mode"><option value="">All modes</option>${options(all.map(r => r.mode))}</select></div>
<div><label for="filter-rule">Rule</label> <select id="filter-rule" name="rule"><option value="">All rules</option>${options(all.map(r => r.v.id))}</select></div>
<div><label for="filter-impact">Impact</label> <select id="filter-impact" name="impact"><option value="">All impacts</option>${options(['critical', 'serious', 'moderate', 'minor'])}</select></div>
<div><label for="filter-gate">Gate</label> <select id="filter-gate" name="gate"><option value="">All</option>${options(['fail', 'baseline', 'allowed'])}</select></div>
</form>
<p id="shown" role="status">${all.length} findings shown.</p>
<ol id="findings">
${all.map(finding).join('\n')}
</ol>
</main>
<script>
const form = document.getElementById('filters');
const items = [...document.querySelectorAll('.finding')];
form.addEventListener('change', () => {
  const want = Object.fromEntries(new FormData(form));
  let shown = 0;
  for (const item of items) {
    const ok = Object.entries(want).every(([k, v]) => !v || item.dataset[k] === v);
    item.hidden = !ok;
    if (ok) shown++;
  }
  document.getElementById('shown').textContent = shown + ' findings shown.';
});
</script>
</body>
</html>
`;
}
