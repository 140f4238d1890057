// Element screenshots for the HTML report: the element outlined, with some of its surroundings,
// taken in the mode the finding was made in. At most `limit` a mode, as small JPEGs.

export async function shoot(page, violations, limit) {
  let left = limit;
  for (const v of violations)
    for (const node of v.nodes) {
      if (left <= 0) return;
      const box = await page.evaluate(mark, node.target).catch(() => null);
      if (!box) continue;
      left--;
      try {
        const size = page.viewportSize();
        const x = Math.max(0, box.x - 24);
        const y = Math.max(0, box.y - 24);
        const clip = {
          x,
          y,
          width: Math.max(1, Math.min(size.width - x, box.width + 48, 640)),
          height: Math.max(1, Math.min(size.height - y, box.height + 48, 360)),
        };
        const jpeg = await page.screenshot({
          clip,
          type: 'jpeg',
          quality: 60,
          animations: 'disabled',
        });
        node.screenshot = `data:image/jpeg;base64,${jpeg.toString('base64')}`;
      } catch {
        // A screenshot is a help, never a reason for a page to fail.
      } finally {
        await page.evaluate(unmark).catch(() => {});
      }
    }
}

/** Scrolls the element into view and outlines it; returns its box in the viewport. */
function mark(target) {
  // A target of more than one part is inside a frame, which the top document cannot outline.
  if (target.length !== 1) return null;
  let root = document;
  let el = null;
  for (const sel of Array.isArray(target[0]) ? target[0] : [target[0]]) {
    el = root.querySelector(sel);
    if (!el) return null;
    root = el.shadowRoot ?? el;
  }
  if (!el) return null;
  el.scrollIntoView({ block: 'center', inline: 'center' });
  const rect = el.getBoundingClientRect();
  if (!rect.width && !rect.height) return null;
  const box = document.createElement('div');
  box.setAttribute('data-yilan-audit-mark', '');
  box.style.cssText = `position:fixed;z-index:2147483647;pointer-events:none;left:${rect.left - 3}px;top:${rect.top - 3}px;width:${rect.width + 6}px;height:${rect.height + 6}px;outline:3px solid #d0006f;outline-offset:0;box-shadow:0 0 0 6px rgba(255,255,255,.8)`;
  document.documentElement.append(box);
  return { x: rect.left, y: rect.top, width: rect.width, height: rect.height };
}

function unmark() {
  document.querySelector('[data-yilan-audit-mark]')?.remove();
}
