// Per-URL actions, run after the page loads and before the first scan: for pages that show their
// content only after a click, a form, or a wait.
import { UsageError } from './modes.mjs';

const KINDS = ['click', 'fill', 'press', 'check', 'select', 'hover', 'waitFor', 'wait', 'goto'];

/** Throws a UsageError naming the first malformed action (checked before any browser starts). */
export function checkActions(actions, where) {
  if (!Array.isArray(actions)) throw new UsageError(`${where}: actions must be a list`);
  for (const [i, action] of actions.entries()) {
    const kinds = action && typeof action === 'object' ? Object.keys(action) : [];
    const kind = kinds.find(k => KINDS.includes(k));
    if (!kind || kinds.some(k => k !== kind && k !== 'value' && k !== 'timeout'))
      throw new UsageError(
        `${where}: action ${i + 1} must be one of ${KINDS.join(', ')} (e.g. { "click": "#more" })`,
      );
    if (kind === 'fill' || kind === 'select')
      if (typeof action.value !== 'string')
        throw new UsageError(`${where}: action ${i + 1} (${kind}) needs a "value"`);
  }
}

export async function runActions(page, actions, timeout) {
  for (const [i, action] of actions.entries()) {
    const kind = KINDS.find(k => k in action);
    const arg = action[kind];
    const options = { timeout: action.timeout ?? timeout };
    try {
      if (kind === 'click') await page.locator(arg).first().click(options);
      else if (kind === 'fill') await page.locator(arg).first().fill(action.value, options);
      else if (kind === 'press') await page.keyboard.press(arg);
      else if (kind === 'check') await page.locator(arg).first().check(options);
      else if (kind === 'select')
        await page.locator(arg).first().selectOption(action.value, options);
      else if (kind === 'hover') await page.locator(arg).first().hover(options);
      else if (kind === 'waitFor') await page.locator(arg).first().waitFor(options);
      else if (kind === 'wait') await page.waitForTimeout(Number(arg));
      else if (kind === 'goto') await page.goto(new URL(arg, page.url()).href, options);
      await page.waitForLoadState('networkidle', { timeout: 5000 }).catch(() => {});
    } catch (error) {
      throw new Error(
        `action ${i + 1} (${kind} ${JSON.stringify(arg)}) failed: ${error instanceof Error ? error.message.split('\n')[0] : error}`,
      );
    }
  }
}
