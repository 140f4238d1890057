// Functions that run inside the audited page (passed to page.evaluate, so each is self-contained).

/** Finishes what can finish and cancels the rest, so axe sees the page's resting colours. */
export function settleAnimations() {
  for (const animation of document.getAnimations({ subtree: true })) {
    try {
      animation.finish();
    } catch {
      animation.cancel();
    }
  }
}

/** Switches Yilan to a mode's settings and waits until the page shows them. */
export async function switchYilan(settings) {
  const yilan = window.Yilan;
  yilan.reset();
  const changed = new Promise(r => {
    document.addEventListener('yilan:change', r, { once: true });
    setTimeout(r, 1000);
  });
  // A renamed setting or a refused value would leave the page as it was and audit it as if it were
  // the mode: fail loudly instead.
  const applied = yilan.set(settings);
  const refused = Object.keys(settings).filter(k => !applied?.includes?.(k));
  if (refused.length)
    throw new Error(
      `Yilan ${yilan.version ?? '(unknown version)'} did not apply ${refused
        .map(k => `${k}=${JSON.stringify(settings[k])}`)
        .join(', ')}: it does not know that setting or value`,
    );
  if (Object.keys(settings).length) await changed;
  await yilan.ready();
  await new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)));
}

/**
 * WCAG 1.4.10: the page must not scroll sideways. Names the elements that stick out furthest, so
 * the finding points at a cause rather than at <html>.
 */
export function reflowCheck(width) {
  const root = document.scrollingElement ?? document.documentElement;
  const over = root.scrollWidth - root.clientWidth;
  if (over <= 1) return [];
  const limit = root.clientWidth;
  let culprits = [];
  const spills = [];
  const walker = document.createTreeWalker(document.body ?? root, NodeFilter.SHOW_ELEMENT);
  for (let el = walker.currentNode; el; el = walker.nextNode()) {
    if (el.closest?.('yilan-toolbar, yilan-layer')) continue;
    const rect = el.getBoundingClientRect();
    if (rect.right > limit + 1 && rect.width > 0) {
      // Keep the outermost element that sticks out, not each of its children.
      if (!culprits.some(c => c.contains(el))) culprits.push(el);
      if (culprits.length >= 5) break;
    } else if (
      el.scrollWidth > el.clientWidth + 1 &&
      rect.left + el.scrollWidth > limit + 1 &&
      getComputedStyle(el).overflowX === 'visible'
    )
      spills.push(el);
  }
  // Text that runs out of its box (nowrap, long words): the innermost box it runs out of.
  if (!culprits.length)
    culprits = spills.filter(el => !spills.some(o => o !== el && el.contains(o))).slice(0, 5);
  const path = el => {
    const parts = [];
    for (let e = el; e && e.nodeType === 1 && parts.length < 4; e = e.parentElement) {
      let part = e.localName;
      if (e.id) {
        parts.unshift(`${part}#${CSS.escape(e.id)}`);
        break;
      }
      const same = e.parentElement
        ? [...e.parentElement.children].filter(c => c.localName === e.localName)
        : [];
      if (same.length > 1) part += `:nth-of-type(${same.indexOf(e) + 1})`;
      parts.unshift(part);
    }
    return parts.join(' > ');
  };
  const end = el => {
    const rect = el.getBoundingClientRect();
    return Math.round(Math.max(rect.right, rect.left + el.scrollWidth));
  };
  const nodes = (culprits.length ? culprits : [root]).map(el => ({
    target: [path(el)],
    html: el.outerHTML.slice(0, 250),
    summary: `At ${width} CSS px the page is ${root.scrollWidth} px wide and scrolls sideways by ${over} px; this element or its content ends at ${end(el)} px.`,
  }));
  return [
    {
      id: `reflow-${width}`,
      impact: 'serious',
      help: `Content must reflow without scrolling sideways at ${width} CSS px (WCAG 1.4.10)`,
      helpUrl: 'https://www.w3.org/WAI/WCAG22/Understanding/reflow.html',
      tags: ['yilan-audit', 'wcag21aa', 'wcag1410'],
      nodes,
    },
  ];
}

/** The element the keyboard is on, inside shadow roots. */
export function deepActive() {
  let el = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  if (!el || el === document.body) return null;
  const style = getComputedStyle(el);
  const host = el.getRootNode() instanceof ShadowRoot ? el.getRootNode().host : null;
  const rect = el.getBoundingClientRect();
  return {
    inYilan: !!(host?.closest?.('yilan-toolbar') || el.closest('yilan-toolbar')),
    entry: el.getAttribute('part') === 'entry',
    name: `${el.localName}${el.getAttribute('aria-label') ? `[aria-label="${el.getAttribute('aria-label')}"]` : ''}`,
    text: (el.getAttribute('aria-label') || el.textContent || '').trim().slice(0, 40),
    visible:
      (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 1) ||
      (style.boxShadow !== 'none' && style.boxShadow !== ''),
    onScreen: rect.width > 0 && rect.height > 0 && rect.bottom > 0 && rect.top < innerHeight,
  };
}

/** Interactive targets smaller than 44×44 CSS px (WCAG 2.5.5), words inside a sentence excepted. */
export function smallTargets(inYilan) {
  const roots = [];
  if (inYilan) {
    for (const host of document.querySelectorAll('yilan-toolbar'))
      if (host.shadowRoot) roots.push(host.shadowRoot);
  } else roots.push(document);
  const selector =
    'a[href], button, input:not([type=hidden]), select, textarea, summary, [role=button], [role=link], [role=checkbox], [role=radio], [role=switch], [role=tab], [role=menuitem], [tabindex="0"]';
  const small = [];
  const collect = root => {
    for (const el of root.querySelectorAll(selector)) {
      if (!inYilan && el.closest('yilan-toolbar, yilan-layer')) continue;
      const rect = el.getBoundingClientRect();
      // Visually hidden (skip links until focused) is not a target to tap.
      if (rect.width < 4 || rect.height < 4 || getComputedStyle(el).visibility === 'hidden')
        continue;
      const inline =
        getComputedStyle(el).display === 'inline' &&
        [...(el.parentElement?.childNodes ?? [])].some(
          n => n.nodeType === 3 && n.textContent.trim(),
        );
      if (inline || (rect.width >= 44 && rect.height >= 44)) continue;
      small.push({
        target: [el.id ? `#${CSS.escape(el.id)}` : el.localName],
        html: el.outerHTML.slice(0, 200),
        summary: `${Math.round(rect.width)}×${Math.round(rect.height)} CSS px, under 44×44`,
      });
    }
    for (const el of root.querySelectorAll('*')) if (el.shadowRoot) collect(el.shadowRoot);
  };
  collect(roots[0] ?? document);
  for (const root of roots.slice(1)) collect(root);
  return small;
}
