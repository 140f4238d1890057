import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import type { AxeViolation } from './test.js';

/** One real public page copied under test/fixtures/real/ (see its SOURCE.md). */
export interface RealPage {
  id: string;
  /** URL path on the test server. */
  path: string;
  title: string;
  lang: string;
  encoding: string;
  notes: string;
  /** Selector of the page's own main content: where "skip to main" should land. */
  content: string;
}

export const REAL_PAGES: readonly RealPage[] = JSON.parse(
  readFileSync(new URL('../fixtures/real/pages.json', import.meta.url), 'utf8'),
) as RealPage[];

/** The entry button's name in either of Yilan's languages (it follows the page's lang). */
export const ENTRY_NAME = /^(无障碍|無障礙|Accessibility)$/;

/**
 * Keys of a violation list: "rule target" and "rule markup". A violation is new only when neither
 * key was in the as-is page: axe's selectors can shift when Yilan's elements join the body, and
 * 简繁 rewrites an element's text (so its markup) without moving it.
 */
export function violationKeys(violations: AxeViolation[]): { target: string; html: string }[] {
  return violations.flatMap(v =>
    v.nodes.map(n => ({
      target: `${v.id} ${JSON.stringify(n.target)}`,
      html: `${v.id} ${n.html.replace(/[\u3400-\u9fff]| lang="zh-TW"/g, '')}`,
    })),
  );
}

/**
 * Pinyin's <rt>/<ruby> repeat the page's own text in the page's own colours, so a paragraph that
 * already failed contrast fails again in its annotations: the page's violation, moved (as in
 * test/a11y/axe.spec.ts).
 */
export const isPinyinCopy = (target: string) => /[" ](rt|ruby)\b|data-yilan-pinyin/.test(target);

/** Text-bearing elements whose content is cut off by their own overflow clipping. */
export function countClipped(page: Page): Promise<number> {
  return page.evaluate(() => {
    let n = 0;
    for (const el of document.body.querySelectorAll<HTMLElement>('*')) {
      if (el.tagName.startsWith('YILAN-') || !el.textContent?.trim()) continue;
      const s = getComputedStyle(el);
      const clipsX = s.overflowX !== 'visible';
      const clipsY = s.overflowY !== 'visible';
      if (!clipsX && !clipsY) continue;
      if (s.display === 'none' || s.visibility === 'hidden' || el.clientWidth === 0) continue;
      // Scrollers the reader can scroll are not clipped text.
      const scrolls = (v: string) => v === 'auto' || v === 'scroll';
      if (clipsX && !scrolls(s.overflowX) && el.scrollWidth > el.clientWidth + 1) n++;
      else if (clipsY && !scrolls(s.overflowY) && el.scrollHeight > el.clientHeight + 1) n++;
    }
    return n;
  });
}

/** How far the page scrolls sideways, in CSS px. */
export function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() =>
    Math.max(0, document.documentElement.scrollWidth - document.documentElement.clientWidth),
  );
}

/** Whether focus (through shadow roots) is inside the element matched by the selector. */
export function focusInside(page: Page, selector: string): Promise<boolean> {
  return page.evaluate(sel => {
    const target = document.querySelector(sel);
    const active = document.activeElement;
    return !!target && !!active && active !== document.body && target.contains(active);
  }, selector);
}

/** The page's own controls lying under a rectangle (Yilan's own elements are skipped). */
export function controlsUnder(
  page: Page,
  box: { x: number; y: number; width: number; height: number },
): Promise<string[]> {
  return page.evaluate(b => {
    const found = new Set<string>();
    const interactive =
      'a[href], button, input, select, textarea, summary, label, [role="button"], [role="link"], [tabindex]:not([tabindex="-1"])';
    for (let i = 0; i <= 4; i++) {
      for (let j = 0; j <= 4; j++) {
        const x = b.x + 1 + ((b.width - 2) * i) / 4;
        const y = b.y + 1 + ((b.height - 2) * j) / 4;
        for (const el of document.elementsFromPoint(x, y)) {
          let own = false;
          for (let n: Element | null = el; n; n = n.parentElement)
            if (n.tagName.startsWith('YILAN-')) own = true;
          if (own) continue;
          const control = el.closest(interactive);
          if (!control) continue;
          const name = (
            control.getAttribute('aria-label') ||
            control.textContent?.trim() ||
            control.querySelector('img')?.alt ||
            control.getAttribute('href') ||
            ''
          )
            .trim()
            .replace(/\s+/g, ' ')
            .slice(0, 30);
          found.add(`${control.tagName.toLowerCase()} "${name}"`);
        }
      }
    }
    return [...found];
  }, box);
}
