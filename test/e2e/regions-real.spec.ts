import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { test, expect, open, setMode, control } from '../helpers/test.js';
import { fakeSpeech } from '../helpers/fake-speech.js';

/**
 * Real public pages (test/fixtures/regions/real/<id>/) with expectations written by looking at
 * each page before running the detector: where the main content is, and which regions a person
 * sees. Skip to main must land in that content, the region list must be those regions (no
 * duplicates, none invisible, each named from its own content), and continuous reading must start
 * there.
 */
interface Expected {
  kind: string | string[];
  selector: string;
  name?: string;
  optional?: boolean;
}
interface PageExpectation {
  page: string;
  main: string;
  regions: Expected[];
}

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/regions/real');
const PAGES: [string, PageExpectation][] = readdirSync(ROOT).flatMap(id =>
  readdirSync(join(ROOT, id, 'expected')).map(
    file =>
      [
        `${id}/${file.replace('.json', '')}`,
        JSON.parse(readFileSync(join(ROOT, id, 'expected', file), 'utf8')) as PageExpectation,
      ] as [string, PageExpectation],
  ),
);

/** Yilan speaks the page's language: these words come from its zh and en locales. */
const WORDS = {
  zh: {
    banner: '视窗区',
    nav: '导航区',
    interaction: '交互区',
    list: '列表区',
    content: '正文区',
    service: '服务区',
    none: '没有找到',
    skip: '跳到正文',
    position: (i: number, n: number) => `第 ${i} 个，共 ${n} 个`,
    total: /共 (\d+) 个/,
    tail: /（第 \d+ 个，共 \d+ 个）$/,
    count: /^\d+ (个|项|段)/,
    join: '，',
  },
  tw: {
    banner: '視窗區',
    nav: '導覽區',
    interaction: '互動區',
    list: '列表區',
    content: '正文區',
    service: '服務區',
    none: '沒有找到',
    skip: '跳到正文',
    position: (i: number, n: number) => `第 ${i} 個，共 ${n} 個`,
    total: /共 (\d+) 個/,
    tail: /（第 \d+ 個，共 \d+ 個）$/,
    count: /^\d+ (個|項|段)/,
    join: '，',
  },
  en: {
    banner: 'Banner',
    nav: 'Navigation',
    interaction: 'Interaction',
    list: 'List',
    content: 'Main content',
    service: 'Services',
    none: 'No regions',
    skip: 'Skip to main content',
    position: (i: number, n: number) => `${i} of ${n}`,
    total: /\d+ of (\d+)\)/,
    tail: / \(\d+ of \d+\)$/,
    count: /^\d+ (links?|fields?|items?|paragraphs?)$/,
    join: ', ',
  },
};
type Words = (typeof WORDS)['zh'];
const wordsFor = async (page: Page): Promise<Words> => {
  const lang = await page.evaluate(() => document.documentElement.lang);
  if (lang.startsWith('en')) return WORDS.en;
  return /^zh-(TW|HK|MO|Hant)/i.test(lang) ? WORDS.tw : WORDS.zh;
};

/** Where focus is, and what a sighted reader sees of it. */
const focusState = (page: Page, selectors: string[]) =>
  page.evaluate(sels => {
    let el: Element | null = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    if (!el || el === document.body)
      return { matches: [] as number[], exact: [] as number[], visible: false, tag: 'body' };
    const r = el.getBoundingClientRect();
    const style = getComputedStyle(el);
    const visible =
      r.width > 2 &&
      r.height > 2 &&
      r.bottom > 0 &&
      r.right > 0 &&
      r.top < innerHeight &&
      r.left < innerWidth &&
      style.visibility !== 'hidden';
    const matches = sels.flatMap((s, i) => (el!.matches(s) || el!.closest(s) ? [i] : []));
    const exact = sels.flatMap((s, i) => (el!.matches(s) ? [i] : []));
    return { matches, exact, visible, tag: `${el.localName}${el.id ? `#${el.id}` : ''}` };
  }, selectors);

/** The announced label, without the kind word, the count and the position. */
function labelOf(status: string, w: Words): { kind: string; label: string } {
  const text = status.replace(w.tail, '');
  const colon = text.search(/[：:]/);
  if (colon < 0) return { kind: text.trim(), label: '' };
  const label = text
    .slice(colon + 1)
    .split(w.join)
    .filter(part => !w.count.test(part.trim()))
    .join(w.join)
    .trim();
  return { kind: text.slice(0, colon).trim(), label };
}

for (const [id, spec] of PAGES) {
  test.describe(`real page ${id}`, () => {
    test('Yilan+M and the 跳到正文 button move focus into the main content, visibly', async ({
      page,
    }) => {
      await open(page, spec.page);
      const w = await wordsFor(page);
      await page.keyboard.press('Alt+Shift+KeyM');
      await expect.poll(async () => (await focusState(page, [spec.main])).matches).toEqual([0]);
      expect((await focusState(page, [spec.main])).visible).toBe(true);
      await expect(page.getByRole('status')).not.toContainText(w.none);

      // Yilan offers its own 跳到正文 button only on pages without a skip link of their own.
      await open(page, spec.page);
      const skip = control(page, w.skip);
      if ((await skip.count()) === 0) {
        test
          .info()
          .annotations.push({ type: 'note', description: 'the page has its own skip link' });
        return;
      }
      await page.keyboard.press('Tab');
      await expect(skip).toBeFocused();
      await page.keyboard.press('Enter');
      await expect.poll(async () => (await focusState(page, [spec.main])).matches).toEqual([0]);
      expect((await focusState(page, [spec.main])).visible).toBe(true);
    });

    test('the regions are the ones a person sees: in order, once each, visible, named from their own content', async ({
      page,
    }) => {
      await open(page, spec.page);
      const w = await wordsFor(page);
      const status = page.getByRole('status');
      // The first jump announces how many regions there are ("第 1 个，共 n 个", "1 of n").
      await page.keyboard.press('Alt+Shift+KeyN');
      await expect(status).toContainText(w.position(1, 0).replace(/0.*$/, ''));
      const n = Number(w.total.exec((await status.textContent()) ?? '')?.[1] ?? 0);
      await page.keyboard.press('Alt+Shift+KeyP');
      const selectors = spec.regions.map(r => r.selector);
      let next = 0;
      const found: string[] = [];
      for (let i = 0; i < n; i++) {
        await page.keyboard.press('Alt+Shift+KeyN');
        await expect(status).toContainText(w.position(i + 1, n));
        const state = await focusState(page, selectors);
        const said = labelOf((await status.textContent()) ?? '', w);
        found.push(`${said.kind} ${said.label} @${state.tag}`);
        expect(state.visible, `region ${i + 1} (${state.tag}) is visible`).toBe(true);
        // The first expectation at or after `next` this element is, skipping only optional ones.
        let at = -1;
        for (let k = next; k < spec.regions.length; k++) {
          if (state.exact.includes(k)) {
            at = k;
            break;
          }
          if (!spec.regions[k]!.optional) break;
        }
        expect(
          at,
          `region ${i + 1} ${found.at(-1)} is the next expected region`,
        ).toBeGreaterThanOrEqual(0);
        const want = spec.regions[at]!;
        const kinds = [want.kind].flat().map(k => w[k as keyof typeof WORDS.zh]);
        expect(kinds, `kind of region ${i + 1}`).toContain(said.kind);
        if (want.name !== undefined) {
          if (want.name === '') expect(said.label, `name of region ${i + 1}`).toBe('');
          else {
            const shown = said.label.replace(/…$/, '');
            expect(shown.length, `region ${i + 1} has a name`).toBeGreaterThan(0);
            expect(
              want.name.replace(/\s+/g, '').startsWith(shown.replace(/\s+/g, '')),
              `"${said.label}" names region ${i + 1}`,
            ).toBe(true);
          }
        }
        next = at + 1;
      }
      const missing = spec.regions.slice(next).filter(r => !r.optional);
      expect(
        missing.map(r => r.selector),
        `regions not found (found: ${found.join(' | ')})`,
      ).toEqual([]);
    });

    test('continuous reading starts in the main content', async ({ page }) => {
      const speech = await fakeSpeech(page);
      await open(page, spec.page);
      await setMode(page, { reading: true });
      await expect.poll(() => speech.spoken.length).toBeGreaterThan(0);
      const first = speech.spoken[0]!.text.replace(/\s+/g, ' ').trim();
      const main = await page.evaluate(
        sel => (document.querySelector(sel)?.textContent ?? '').replace(/\s+/g, ' '),
        spec.main,
      );
      expect(main, `first sentence "${first}" is from the main content`).toContain(first);
      await setMode(page, { reading: false });
    });
  });
}
