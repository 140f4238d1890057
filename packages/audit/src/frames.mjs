// axe-core in every frame, whatever its origin. axe.run from the top page reaches only frames of
// its own origin; axe's own answer for the rest is axe.runPartial() in each frame and
// axe.finishRun() over the results (what @axe-core/playwright and the axe CLI do). Playwright can
// evaluate in out-of-process (cross-origin) and sandboxed frames, so each frame is reached from
// here, never by the page. A frame that cannot be reached is named, never silently skipped.
import { axeFinish, axeFrameContexts, axeRuleIds, axeRunPartial } from './in-page.mjs';

/** How long axe may take to load into one frame, and to run there, before it is "not audited". */
const INJECT_MS = 5000;
const FRAME_MS = 30_000;

/**
 * Audits the page and its frames. `notAudited` lists each frame axe could not run in, with its
 * frame path (the selectors from the top page) and URL.
 * @param {import('playwright-core').Page} page
 * @param {string} axeSource
 * @param {{ context?: object, tags: string[], rules: Record<string, {enabled: boolean}>, iframes: boolean }} options
 */
export async function axeAllFrames(page, axeSource, { context, tags, rules, iframes }) {
  const options = {
    runOnly: { type: 'rule', values: await page.evaluate(axeRuleIds, { tags, rules }) },
    resultTypes: ['violations', 'incomplete'],
  };
  /** @type {{ frame: string, url: string, reason: string }[]} */
  const notAudited = [];
  /** @type {Map<string, string>} frame path (as axe writes node targets) → the frame's URL */
  const urls = new Map();
  const flat = await partials(page.mainFrame(), context ?? null, []);
  const result = await page.evaluate(axeFinish, { partials: flat, options });
  // A node inside a frame names the frame's URL beside the frame path axe gives.
  for (const finding of [...result.violations, ...result.review])
    for (const node of finding.nodes) {
      if (node.target.length < 2) continue;
      const path = node.target.slice(0, -1);
      const key = JSON.stringify(path);
      if (!urls.has(key)) urls.set(key, await frameUrl(page, path));
      node.frame = { path, url: urls.get(key) };
    }
  return { ...result, notAudited };

  /**
   * Starts axe in `frame` and, depth first, in its child frames; resolves to the flat list of
   * partial results in the order axe.finishRun expects ([this frame, ...each child's list], a
   * lone null for a child that could not run).
   */
  async function partials(frame, frameContext, path) {
    const children = iframes ? await frame.evaluate(axeFrameContexts, frameContext) : [];
    const own = limited(
      frame.evaluate(axeRunPartial, { context: frameContext, options }),
      FRAME_MS,
      'axe did not finish',
    );
    own.catch(() => {});
    const lists = [];
    for (const { frameSelector, frameContext: childContext } of children) {
      const childPath = [...path, frameSelector];
      const { frame: child, src } = await childFrame(frame, frameSelector);
      const failed = child?.url().startsWith('chrome-error:');
      const why = !child
        ? 'the frame has no document'
        : failed
          ? 'the frame did not load'
          : await inject(child, axeSource);
      if (why) {
        notAudited.push({
          frame: childPath,
          url: failed || !child ? src : child.url(),
          reason: why,
        });
        lists.push(Promise.resolve([null]));
        continue;
      }
      const list = partials(child, childContext, childPath).catch(error => {
        notAudited.push({ frame: childPath, url: child.url(), reason: firstLine(error) });
        return [null];
      });
      lists.push(list);
    }
    return Promise.all([own, ...lists]).then(([mine, ...rest]) => [mine, ...rest.flat(1)]);
  }
}

/** The URL of the frame at the end of an axe frame path (one selector per level). */
async function frameUrl(page, path) {
  let frame = page.mainFrame();
  for (const selector of path) {
    ({ frame } = await childFrame(frame, selector));
    if (!frame) return '';
  }
  return frame.url();
}

/**
 * The frame an axe frame selector (which may pierce shadow roots) points at, or null, with the
 * address its element asked for (an error page's own URL says nothing).
 */
async function childFrame(frame, frameSelector) {
  try {
    const handle = await frame.evaluateHandle(
      selector => window.axe.utils.shadowSelect(selector),
      frameSelector,
    );
    const element = handle.asElement();
    if (!element) return { frame: null, src: '' };
    const src = await element.evaluate(el => el.src ?? '');
    return { frame: await element.contentFrame(), src };
  } catch {
    return { frame: null, src: '' };
  }
}

/**
 * Loads axe into a frame unless it is there; returns why it could not, or ''. In a frame whose
 * scripts are off (`sandbox` without allow-scripts) timers never fire and axe would wait forever:
 * there they are replaced by microtasks, which still run for code the audit evaluates.
 */
async function inject(frame, axeSource) {
  try {
    const ready = await frame.evaluate(() => typeof window.axe?.runPartial === 'function');
    if (!ready) await limited(frame.evaluate(axeSource), INJECT_MS, 'axe did not load');
    const timers = await limited(
      frame.evaluate(() => new Promise(resolve => setTimeout(() => resolve(true), 0))),
      1000,
      '',
    ).catch(() => false);
    if (!timers)
      await frame.evaluate(() => {
        window.setTimeout = (fn, _ms, ...args) => (Promise.resolve().then(() => fn(...args)), 0);
        window.clearTimeout = () => undefined;
      });
    return '';
  } catch (error) {
    return firstLine(error);
  }
}

/** `promise`, or a rejection with `message` after `ms`. */
function limited(promise, ms, message) {
  let timer;
  const late = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${message} in ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

const firstLine = error => String(error instanceof Error ? error.message : error).split('\n')[0];
