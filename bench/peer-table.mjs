// The side-by-side table of docs/benchmarks.md: one row per measure, one column per toolbar, and
// the ratio Yilan ÷ peer next to each peer's figure.

const fmt = v => (typeof v === 'number' ? String(Math.round(v * 10) / 10) : v);

/** Yilan ÷ peer, only where both are positive numbers (a ratio of noise around zero means nothing). */
function ratio(yilan, peer) {
  if (typeof yilan !== 'number' || typeof peer !== 'number' || yilan <= 0 || peer <= 0) return '—';
  const r = yilan / peer;
  return `${r < 0.1 ? r.toFixed(3) : r.toFixed(2)}×`;
}

export function peerLines(peers, rounds) {
  const names = Object.keys(peers).filter(n => n !== 'none');
  const others = names.filter(n => n !== 'yilan');
  const rows = [
    ['The file the tag loads, raw bytes', p => p.bytes.raw],
    ['same, gzip -9 bytes', p => p.bytes.gzip],
    ['Everything it fetched by load + 1 s: files', p => p.fetchedAtStart.files],
    ['same: raw bytes', p => p.fetchedAtStart.raw],
    ['same: gzip -9 bytes', p => p.fetchedAtStart.gzip],
    ['Load, 1.5k-element page: Δ script + style + layout, thread ms', p => p.loadMedium.ssl],
    ['Load, 1.5k-element page: Δ all tasks, thread ms', p => p.loadMedium.task],
    ['Load, 50k-element page: Δ script, thread ms', p => p.loadLarge.script],
    ['Load, 50k-element page: Δ script + style + layout, thread ms', p => p.loadLarge.ssl],
    [
      'Idle, panel closed: task ms per second (no toolbar: ' + peers.none.idleTaskMsPerSecond + ')',
      p => p.idleTaskMsPerSecond,
    ],
    ['JS heap after load, Δ KiB (1.5k page)', p => p.heapAfterLoadKiB.medium],
    ['High contrast on, 50k page: script, thread ms', p => p.contrast.script],
    ['same: script + style + layout, thread ms', p => p.contrast.ssl],
    ['same: wall ms, click → two frames later', p => p.contrast.wall],
    ['Text to 200 % (or the maximum), 50k page: clicks', p => p.text.clicks],
    ['same: Σ script, thread ms', p => p.text.script],
    ['same: Σ script + style + layout, thread ms', p => p.text.ssl],
    ['same: slowest click, script + style + layout, thread ms', p => p.text.maxClickSsl],
    ['same: Σ wall ms', p => p.text.wall],
    ['Body text reached on the px page (rendered width ×)', p => p.text.body],
    ['h1 reached (×)', p => p.text.h1],
    ['Horizontal scroll at 1280 px after it (runs)', p => `${p.text.scrolls} / ${p.text.runs}`],
    ['axe violations added, panel closed', p => p.axe.closed.length],
    ['axe violations added, panel open', p => p.axe.open.length],
    [
      `Heap growth over ${peers.yilan.memory.cycles} contrast on/off clicks cycles, KiB (no toolbar, clicking the page: ${fmt(peers.none.memory.heapGrowthKiB)})`,
      p => p.memory.heapGrowthKiB,
    ],
    [
      `same, second half only, KiB (no toolbar: ${fmt(peers.none.memory.secondHalfKiB)})`,
      p => p.memory.secondHalfKiB,
    ],
    [
      `same, second half, JavaScript objects only (heap snapshot without compiled code), KiB (no toolbar: ${fmt(peers.none.memory.secondHalfObjectsKiB)})`,
      p => p.memory.secondHalfObjectsKiB,
    ],
    ['DOM nodes before → after the cycles', p => p.memory.nodes.join(' → ')],
    ['JS event listeners before → after', p => p.memory.listeners.join(' → ')],
    ['Requests to other origins (all loads of the run)', p => p.externalCount],
  ];
  const header = [
    '| measure | ' +
      names.map(n => peers[n].label).join(' | ') +
      ' | ' +
      others.map(n => `Yilan ÷ ${peers[n].label}`).join(' | ') +
      ' |',
    '| --- |' + ' ---: |'.repeat(names.length + others.length),
  ];
  const body = rows.map(([label, get]) => {
    const values = Object.fromEntries(names.map(n => [n, get(peers[n])]));
    return `| ${label} | ${names.map(n => fmt(values[n])).join(' | ')} | ${others
      .map(n => ratio(values.yilan, values[n]))
      .join(' | ')} |`;
  });
  const every = peers.yilan.memory.everyMode;
  const axeList = names
    .filter(n => peers[n].axe.open.length)
    .map(
      n =>
        `${peers[n].label}: ${[...new Set(peers[n].axe.open.map(k => k.split(' ')[0]))].join(', ')}`,
    );
  const external = names
    .filter(n => peers[n].external.length)
    .map(n => `${peers[n].label}: ${peers[n].external.join(', ')}`);
  return [
    '## Side by side with the peer toolbars',
    '',
    `Yilan and the two open-source toolbars a maintainer would compare it with, installed from npm (\`accessibility\`, \`sienna-accessibility\`), each loaded into the same generated pages with one plain tag at the end of \`<body>\` as its README says (\`bench/make-pages.mjs\`). Every load is a fresh browser context; conditions alternate within each round and the starting condition rotates between rounds; figures are medians of ${rounds} rounds, load deltas are against the no-toolbar page of the same round. Method as in \`shared/research/peer-perf.md\`: thread time from CDP \`Performance.getMetrics\`; a measured click is GC, 200 ms idle, a real mouse click, two animation frames (and \`Yilan.ready()\`). Contrast is each toolbar's nearest control to high contrast: Yilan's 配色/高对比度 (yellow on black, every colour replaced), \`accessibility\`'s "invert colors" (one filter on \`<html>\`), \`sienna-accessibility\`'s "High Contrast" (a filter). Text is Yilan's 放大 (page zoom with px text rewritten), \`accessibility\`'s "increase text size", \`sienna-accessibility\`'s "Increase Font Size". "Rendered width" is the width of the same six characters before and after, so it counts text that grows by any means. Heap growth is read after a forced GC; the cycles click the contrast control in the page, one frame apart. axe-core runs with the WCAG 2.x A/AA and best-practice tags; violations count (rule, element) pairs the page without a toolbar does not have.`,
    '',
    ...header,
    ...body,
    '',
    `Every Yilan mode at once (elder, scheme, grayscale, zoom 200 %, cursor, guides, caption screen, focus, point reading, 简繁, 拼音, reading view, panel open) switched on and off ${every.cycles} times through \`Yilan.set()\`/\`reset()\`: heap ${fmt(every.heapGrowthKiB)} KiB over all cycles, ${fmt(every.secondHalfKiB)} KiB over the second half, of which JavaScript objects ${fmt(every.secondHalfObjectsKiB)} KiB (the rest is V8's optimised code); DOM nodes ${every.nodes.join(' → ')}, listeners ${every.listeners.join(' → ')}.`,
    '',
    axeList.length ? `axe rules the peers' open panels break: ${axeList.join('; ')}.` : '',
    external.length
      ? `Requests to other origins (refused by the harness): ${external.join('; ')}.`
      : '',
    '',
    "Heap figures are V8's `JSHeapUsedSize`. Blink's own objects are not in it: a heap snapshot (taken by hand, not part of this command) shows every full restyle of a page with `<table>`s leaving one `blink::MediaQuery` set per table in Chromium's heap, whether Yilan or a one-line page stylesheet causes the restyle; Yilan's colour scheme and zoom restyle the whole page, the peers' filters do not.",
    '',
    "Contrast costs Yilan more style time than the peers because it is a different operation: a filter changes pixels after layout, while Yilan's schemes give every element a new colour, background and border from a 7:1 palette, which Chromium can only do by restyling each element (measured: about 145 ms of style on this 50k page whatever the selector form — `*`, `:is(body, body *)`, literal colours or custom properties).",
    '',
  ];
}
