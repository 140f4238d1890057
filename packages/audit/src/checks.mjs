// Checks axe cannot make, run in the modes where they matter: reflow (WCAG 1.4.10) at 1280 px with
// Yilan's text zoom and at 320 CSS px, 7:1 contrast in Yilan's colour schemes, target size in elder
// mode, and a keyboard walk of Yilan's toolbar (reachable by Tab, focus visible, no trap).
import { deepActive, reflowCheck, smallTargets, switchYilan } from './in-page.mjs';

export const CHECKS = ['reflow', 'contrast-enhanced', 'target-size', 'keyboard'];

/** Extra axe rules switched on in a mode, whatever the tags. */
export function extraRules(mode, checks) {
  const rules = {};
  if (checks.includes('contrast-enhanced') && mode.startsWith('scheme-'))
    rules['color-contrast-enhanced'] = { enabled: true };
  if (checks.includes('target-size') && mode === 'elder') rules['target-size'] = { enabled: true };
  return rules;
}

/** Findings of the page-level checks for one mode (the page is already in that mode). */
export async function modeChecks(page, mode, checks, size = { width: 1280, height: 800 }) {
  const found = [];
  const review = [];
  if (checks.includes('reflow')) {
    if (mode.startsWith('zoom-')) found.push(...(await page.evaluate(reflowCheck, size.width)));
    if (mode === 'as-is' || mode === 'yilan' || mode === 'elder') {
      await page.setViewportSize({ width: 320, height: 640 });
      await page.evaluate(
        () => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(() => r()))),
      );
      found.push(...(await page.evaluate(reflowCheck, 320)));
      await page.setViewportSize(size);
    }
  }
  if (checks.includes('target-size') && mode === 'elder') {
    const nodes = await page.evaluate(smallTargets, false);
    if (nodes.length)
      review.push({
        id: 'target-size-enhanced',
        impact: 'moderate',
        help: 'In elder mode, targets should be at least 44×44 CSS px (WCAG 2.5.5, AAA)',
        helpUrl: 'https://www.w3.org/WAI/WCAG22/Understanding/target-size-enhanced.html',
        tags: ['yilan-audit', 'wcag2aaa', 'wcag255'],
        nodes,
      });
  }
  return { found, review };
}

const finding = (id, help, nodes, impact = 'serious') => ({
  id,
  impact,
  help,
  helpUrl: 'https://www.w3.org/WAI/WCAG22/Understanding/keyboard.html',
  tags: ['yilan-audit', 'wcag2a'],
  nodes,
});
const node = (target, summary) => ({ target: [target], html: '', summary });

/**
 * Tab from the top of the page to Yilan's entry button, open the toolbar with Enter, move through
 * its controls with the arrow keys and Tab, then Escape: every control must show its focus, the
 * keys must lead back out (no trap), and focus must return to the entry button.
 */
export async function keyboardWalk(page) {
  const problems = [];
  const small = [];
  await page.evaluate(switchYilan, {});
  await page.evaluate(() => {
    document.activeElement?.blur?.();
    window.scrollTo(0, 0);
  });
  let at = null;
  let presses = 0;
  for (; presses < 400 && !at?.inYilan; presses++) {
    await page.keyboard.press('Tab');
    at = await page.evaluate(deepActive);
  }
  if (!at?.inYilan)
    return [
      finding('yilan-keyboard', "Yilan's toolbar must be reachable by Tab (WCAG 2.1.1)", [
        node('yilan-toolbar', `not reached in ${presses} presses of Tab`),
      ]),
    ];
  // Yilan's skip link comes first; Tab on to the entry button.
  for (let i = 0; i < 3 && at?.inYilan && !at.entry; i++) {
    await page.keyboard.press('Tab');
    at = await page.evaluate(deepActive);
  }
  if (!at?.visible) problems.push(node(at?.name ?? 'yilan-toolbar', 'no visible focus indicator'));
  await page.keyboard.press('Enter');
  const opened = await page
    .waitForFunction(() => window.Yilan.get().open, null, { timeout: 2000 })
    .then(
      () => true,
      () => false,
    );
  // The panel's controls arrive with its first open; wait until focus has moved into it.
  await page
    .waitForFunction(
      () => {
        let el = document.activeElement;
        while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
        return el?.getAttribute('part') !== 'entry';
      },
      null,
      { timeout: 2000 },
    )
    .catch(() => {});
  at = await page.evaluate(deepActive);
  if (!opened)
    problems.push(node('yilan-toolbar', 'Enter on the entry button did not open the toolbar'));
  small.push(...(await page.evaluate(smallTargets, true)));
  const look = now => {
    if (!now.visible) problems.push(node(now.name, `no visible focus indicator on "${now.text}"`));
    if (!now.onScreen) problems.push(node(now.name, `focused control "${now.text}" is off screen`));
  };
  const seen = new Set();
  if (at?.inYilan) look(at);
  for (let i = 0; i < 40 && at?.inYilan; i++) {
    await page.keyboard.press('ArrowRight');
    at = await page.evaluate(deepActive);
    if (!at?.inYilan || seen.has(`${at.name} ${at.text}`)) break;
    seen.add(`${at.name} ${at.text}`);
    look(at);
  }
  // Escape must close the toolbar and put focus back on the entry button.
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  const back = await page.evaluate(deepActive);
  if ((await page.evaluate(() => window.Yilan.get().open)) || !back?.inYilan)
    problems.push(node('yilan-toolbar', 'Escape did not close the toolbar and return focus to it'));
  // Open again; Tab must lead out of the toolbar (no trap).
  if (back?.inYilan) {
    await page.keyboard.press('Enter');
    await page
      .waitForFunction(() => window.Yilan.get().open, null, { timeout: 2000 })
      .catch(() => {});
  }
  let left = false;
  for (let i = 0; i < 60 && !left; i++) {
    await page.keyboard.press('Tab');
    const now = await page.evaluate(deepActive);
    left = !now?.inYilan;
    if (!left) look(now);
  }
  if (!left) problems.push(node('yilan-toolbar', 'Tab never leaves the toolbar (keyboard trap)'));
  await page.evaluate(switchYilan, {});
  const out = [];
  if (problems.length)
    out.push(
      finding(
        'yilan-keyboard',
        "Yilan's toolbar must work by keyboard: focus visible, no trap (WCAG 2.1.1, 2.1.2, 2.4.7)",
        problems,
      ),
    );
  if (small.length)
    out.push({
      ...finding(
        'yilan-target-size',
        "Yilan's controls must be at least 44×44 CSS px (WCAG 2.5.5)",
        small,
      ),
      helpUrl: 'https://www.w3.org/WAI/WCAG22/Understanding/target-size-enhanced.html',
    });
  return out;
}
