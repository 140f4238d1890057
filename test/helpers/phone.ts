import type { Page } from '@playwright/test';

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** What is on the reader's screen, in the page's client coordinates. */
export function screenBox(page: Page): Promise<Box> {
  return page.evaluate(() => {
    const vv = window.visualViewport!;
    return {
      left: vv.offsetLeft,
      top: vv.offsetTop,
      right: vv.offsetLeft + vv.width,
      bottom: vv.offsetTop + vv.height,
    };
  });
}

/** The entry button's box, and the caption bar's when it shows. */
export function yilanBoxes(page: Page): Promise<{ entry: Box; caption?: Box }> {
  return page.evaluate(() => {
    const box = (el: Element): Box => {
      const r = el.getBoundingClientRect();
      return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
    };
    const entry = document.querySelector('yilan-toolbar')!.shadowRoot!.querySelector('.entry')!;
    const bar = document
      .querySelector('yilan-layer')
      ?.shadowRoot?.querySelector('[data-yilan-caption-bar]');
    return { entry: box(entry), caption: bar ? box(bar) : undefined };
  });
}

/** Whether `inner` lies inside `outer` (half a pixel of rounding allowed). */
export function inside(inner: Box, outer: Box): boolean {
  return (
    inner.left >= outer.left - 0.5 &&
    inner.top >= outer.top - 0.5 &&
    inner.right <= outer.right + 0.5 &&
    inner.bottom <= outer.bottom + 0.5
  );
}

/**
 * The page's controls the entry button covers: every link, button, field, summary, label and
 * [role=button]/[tabindex] element whose visible box intersects the button's box and that is not
 * itself hidden there under another element of the page. Walks the whole page (a test may).
 */
export function coveredControls(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const host = document.querySelector('yilan-toolbar')!;
    const e = host.shadowRoot!.querySelector('.entry')!.getBoundingClientRect();
    const selector =
      'a[href], button, input:not([type=hidden]), select, textarea, summary, label, [role=button], [role=link], [tabindex]:not([tabindex="-1"])';
    const out: string[] = [];
    for (const el of Array.from(document.querySelectorAll(selector))) {
      if (host.contains(el) || el.closest('yilan-layer')) continue;
      for (const r of Array.from(el.getClientRects())) {
        const left = Math.max(r.left, e.left);
        const right = Math.min(r.right, e.right);
        const top = Math.max(r.top, e.top);
        const bottom = Math.min(r.bottom, e.bottom);
        if (right - left < 1 || bottom - top < 1) continue;
        // Hidden there under another element of the page (a sticky header): not covered by Yilan.
        const under = document
          .elementsFromPoint((left + right) / 2, (top + bottom) / 2)
          .find(x => x !== host && x.localName !== 'yilan-layer');
        if (under && !el.contains(under) && !under.contains(el)) continue;
        if (getComputedStyle(el).visibility === 'hidden') continue;
        out.push(
          `${el.localName}: ${(el.textContent ?? '').trim().slice(0, 30) || el.getAttribute('aria-label') || el.id}`,
        );
        break;
      }
    }
    return out;
  });
}
