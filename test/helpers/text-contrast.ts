import type { Page } from '@playwright/test';

export interface TextContrast {
  /** The first 40 characters of the text (or what the field shows). */
  text: string;
  fg: string;
  bg: string;
  ratio: number;
  /** Why the ratio cannot be trusted, e.g. an image behind the text. */
  problem?: string;
}

/**
 * The contrast of every visible text node of the page, as a reader sees it: the colour that
 * paints the glyphs (`-webkit-text-fill-color`, or `fill` inside SVG) against the effective
 * background (the first ancestor backgrounds composited until opaque), both faded by the
 * ancestors' opacity. A background image behind the text is reported as a problem. Form fields
 * add the text they show (value, placeholder, chosen option), which is not a text node of the page.
 */
export async function textContrasts(page: Page): Promise<TextContrast[]> {
  // A page's own `transition: color .3s` fades its links into the scheme: measure where it ends.
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter(a => a instanceof CSSTransition)
        .map(a => a.finished.catch(() => undefined)),
    ),
  );
  return page.evaluate(() => {
    type Rgba = [number, number, number, number];
    const parse = (c: string): Rgba | undefined => {
      const m = c.match(/^rgba?\(([^)]+)\)$/);
      if (!m) return undefined;
      const [r = 0, g = 0, b = 0, a = 1] = m[1]!.split(/[\s,/]+/).map(Number);
      return [r, g, b, a];
    };
    const over = (top: Rgba, under: Rgba): Rgba => {
      const a = top[3] + under[3] * (1 - top[3]);
      if (a === 0) return [0, 0, 0, 0];
      const mix = (i: number): number =>
        (top[i]! * top[3] + under[i]! * under[3] * (1 - top[3])) / a;
      return [mix(0), mix(1), mix(2), a];
    };
    const lum = (c: Rgba): number => {
      const [r, g, b] = c.slice(0, 3).map(v => {
        const s = v / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    const ratio = (a: Rgba, b: Rgba): number => {
      const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
      return (hi! + 0.05) / (lo! + 0.05);
    };
    const css = (c: Rgba): string => `rgba(${c.map(v => Math.round(v * 100) / 100).join(', ')})`;

    /** Background behind `el`: its own and its ancestors' colours until opaque; canvas white last. */
    const background = (el: Element): { bg: Rgba; problem?: string } => {
      let bg: Rgba = [0, 0, 0, 0];
      let problem: string | undefined;
      for (let e: Element | null = el; e && bg[3] < 1; e = e.parentElement) {
        const s = getComputedStyle(e);
        if (s.backgroundImage !== 'none' && !problem)
          problem = `background-image ${s.backgroundImage.slice(0, 40)}`;
        const own = parse(s.backgroundColor);
        if (own) bg = over(bg, own);
      }
      return { bg: over(bg, [255, 255, 255, 1]), problem };
    };
    const opacity = (el: Element): number => {
      let o = 1;
      for (let e: Element | null = el; e; e = e.parentElement)
        o *= Number(getComputedStyle(e).opacity);
      return o;
    };
    const measure = (el: Element, text: string, paint: string, pseudoOpacity = 1) => {
      // SVG content has no backgrounds of its own: what is behind it is behind the <svg>.
      const box = el instanceof SVGElement ? (el.closest('svg')?.parentElement ?? el) : el;
      const { bg, problem } = background(box);
      const fg = parse(paint) ?? [0, 0, 0, 0];
      const faded: Rgba = [fg[0], fg[1], fg[2], fg[3] * opacity(el) * pseudoOpacity];
      const seen = over(faded, bg);
      return {
        text: text.slice(0, 40),
        fg: css(seen),
        bg: css(bg),
        ratio: ratio(seen, bg),
        problem,
      };
    };

    const results = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.nodeValue?.trim();
      const el = node.parentElement;
      if (!text || !el || el.closest('script, style, noscript, template')) continue;
      // WCAG 1.4.3/1.4.6 exempt inactive controls: a disabled button may be faded by design. Also
      // a control the page made inert by style (Bootstrap's `.btn.disabled`: no pointer events).
      const control = el.closest('button, a, input, select, textarea, [role="button"]');
      if (el.closest(':disabled, [aria-disabled="true"]')) continue;
      if (control && getComputedStyle(control).pointerEvents === 'none') continue;
      range.selectNodeContents(node);
      const rendered = Array.from(range.getClientRects()).some(r => r.width > 0 && r.height > 0);
      if (!rendered || !el.checkVisibility({ opacityProperty: true, visibilityProperty: true }))
        continue;
      const s = getComputedStyle(el);
      const paint = el instanceof SVGElement ? s.fill : s.webkitTextFillColor || s.color;
      results.push(measure(el, text, paint));
    }
    for (const field of document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>(
      'input, textarea',
    )) {
      if (!field.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue;
      if (['hidden', 'checkbox', 'radio', 'range', 'color', 'image', 'file'].includes(field.type))
        continue;
      if (field.value) {
        const s = getComputedStyle(field);
        results.push(measure(field, field.value, s.webkitTextFillColor || s.color));
      } else if (field.placeholder) {
        const s = getComputedStyle(field, '::placeholder');
        results.push(
          measure(field, field.placeholder, s.webkitTextFillColor || s.color, Number(s.opacity)),
        );
      }
    }
    for (const select of document.querySelectorAll('select')) {
      const shown = select.selectedOptions[0]?.text.trim();
      if (!shown || select.multiple || select.size > 1) continue;
      if (!select.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue;
      const s = getComputedStyle(select);
      results.push(measure(select, shown, s.webkitTextFillColor || s.color));
    }
    return results;
  });
}
