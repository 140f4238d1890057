// axe in the page and in every frame it holds, whatever the frame's origin (ADR 0017). axe.run
// from the top page reaches only same-origin frames (it talks to them by postMessage, which axe
// allows only for its own origin); so, as @axe-core/playwright does, axe.runPartial runs in each
// frame, driven from here through the engine, and axe.finishRun merges the parts in the top page.
// A frame that cannot be audited is named, with why, never skipped in silence.

/**
 * @typedef {{ evaluate: (fn: unknown, arg?: unknown) => Promise<any>, child?: (selector: unknown) => Promise<AuditFrame | null> }} AuditFrame
 * @typedef {{ target: unknown[], url: string, reason: string }} NotAudited
 */

/** The frames axe would audit in this document, with the context of each and where it points. */
function frameContexts({ context, iframes }) {
  if (!iframes) return [];
  return window.axe.utils.getFrameContexts(context ?? document).map(f => {
    const el = window.axe.utils.shadowSelect(f.frameSelector);
    const src = el?.hasAttribute('srcdoc') ? 'about:srcdoc' : el?.src || 'about:blank';
    const noScripts =
      !!el?.sandbox && el.hasAttribute('sandbox') && !el.sandbox.contains('allow-scripts');
    return { ...f, src, noScripts };
  });
}

/** As JSON text: Firefox over BiDi loses parts of axe's nested results returned as they are. */
async function runPartial({ context, options }) {
  return JSON.stringify(await window.axe.runPartial(context ?? document, options));
}

/** A page without frames: axe.run, which keeps one node of each pass and so is several times faster. */
async function runWhole({ context, options }) {
  const r = await window.axe.run(context ?? document, options);
  return JSON.stringify({ violations: r.violations, incomplete: r.incomplete });
}

function finishRun({ partials, options }) {
  return window.axe.finishRun(JSON.parse(partials), options);
}

/** Where the frame is, which axe it has, and whether its timers run (axe needs them). */
async function locate() {
  const timers = await new Promise(resolve => {
    setTimeout(() => resolve(true), 0);
    setTimeout(() => resolve(false), 1000);
  }).catch(() => false);
  // Firefox keeps the frame's URL on its error page: the document's own URI says what it is.
  return {
    url: location.href,
    doc: document.documentURI,
    axe: window.axe?.version ?? null,
    timers,
  };
}

/** Error pages the engines show for a frame that did not load. */
const ERROR_PAGE = /^(chrome-error:|about:neterror|about:certerror|about:blocked)/;

/**
 * A Playwright or puppeteer frame as the walk uses it: both reach a child frame through its
 * element's contentFrame(), cross-origin ones included.
 * @returns {AuditFrame}
 */
export function handleFrame(frame) {
  return {
    evaluate: (fn, arg) => frame.evaluate(fn, arg),
    async child(selector) {
      const handle = await frame.evaluateHandle(s => window.axe.utils.shadowSelect(s), selector);
      try {
        const element = handle.asElement();
        const inner = element ? await element.contentFrame() : null;
        return inner ? handleFrame(inner) : null;
      } finally {
        await handle.dispose().catch(() => {});
      }
    },
  };
}

/** Rejects after `ms`, so one frame that hangs costs only its own audit. */
function within(ms, what, promise) {
  let timer;
  return Promise.race([
    promise,
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${what} did not answer within ${ms} ms`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

/**
 * axe over the page and its frames: the merged axe results, the URL of each audited frame (by
 * its path of selectors, as node targets start) and the frames that could not be audited.
 * @param {{ top: AuditFrame, axe: string, axeVersion: string, context?: unknown, options: object,
 *   iframes: boolean, timeout: number }} run
 */
export async function axeInFrames({ top, axe, axeVersion, context, options, iframes, timeout }) {
  /**
   * One frame and, after it, each of its frames in axe's order (finishRun's contract: one entry,
   * a part or null, for each frame a part lists). Returns the subtree's parts, so a frame that
   * times out drops its own and a late answer cannot slip in.
   */
  async function walk(frame, frameContext, path, known) {
    const found =
      known ?? (await frame.evaluate(frameContexts, { context: frameContext, iframes }));
    const partial = JSON.parse(
      await frame.evaluate(runPartial, { context: frameContext, options }),
    );
    const out = { partials: [partial], frames: [], notAudited: [] };
    const listed = iframes ? (partial.frames ?? []) : [];
    for (let i = 0; i < listed.length; i++) {
      const f = found[i];
      const target = [...path, ...(listed[i]?.selector ?? [f?.frameSelector ?? `frame ${i + 1}`])];
      try {
        const inner = await child(frame, f, target);
        out.partials.push(...inner.partials);
        out.frames.push(...inner.frames);
        out.notAudited.push(...inner.notAudited);
      } catch (error) {
        out.partials.push(null);
        out.notAudited.push({ target, url: f?.src ?? 'about:blank', reason: message(error) });
      }
    }
    return out;
  }

  /** Audits one child frame and its own frames; throws why it could not. */
  async function child(parent, f, target) {
    if (!f) throw new Error('it changed while the page was audited');
    // Without allow-scripts no script runs there, axe's included: evaluate may reach the
    // document, but axe's timers never fire and its run never ends.
    if (f.noScripts) throw new Error('sandboxed without allow-scripts: axe cannot run in it');
    if (!parent.child) throw new Error('this engine reaches only same-origin frames');
    const frame = await within(timeout, 'the frame', parent.child(f.frameSelector));
    if (!frame) throw new Error('it has no document to audit');
    const where = await within(Math.min(timeout, 5000), 'it', frame.evaluate(locate)).catch(
      error => {
        throw new Error(`no script can run in it (${message(error)})`);
      },
    );
    const error = [where.url, where.doc].find(u => ERROR_PAGE.test(u));
    if (error) throw new Error(`it did not load (${error.split('?')[0]})`);
    if (!where.timers) throw new Error('scripts do not run in it (a sandbox or its CSP)');
    if (where.url === 'about:blank' && !/^about:/.test(f.src))
      throw new Error('it did not load (still about:blank)');
    if (where.axe !== axeVersion) await within(timeout, 'the frame', frame.evaluate(axe));
    const inner = await within(timeout, 'axe in the frame', walk(frame, f.frameContext, target));
    inner.frames.unshift([JSON.stringify(target), where.url]);
    return inner;
  }

  // runPartial serialises every node it checked, passes included (on a page of 10,000 elements,
  // 16 MB and 2.6× axe.run's time): a page without frames, or with frames left out, has axe.run.
  const found = await top.evaluate(frameContexts, { context, iframes });
  if (!found.length) {
    const results = JSON.parse(await top.evaluate(runWhole, { context, options }));
    return { results, frames: new Map(), notAudited: [] };
  }
  const all = await walk(top, context, [], found);
  const partials = JSON.stringify(all.partials);
  const results = await top.evaluate(finishRun, { partials, options });
  return { results, frames: new Map(all.frames), notAudited: all.notAudited };
}

const message = error => String(error instanceof Error ? error.message : error).split('\n')[0];

/** axe's run options for the audit's rule set: ids, with rules switched on and off by id. */
export function axeRunOptions({ ids: base, rules, iframes }) {
  // A list of ids (axe-names.mjs ruleIds): axe's runOnly by tag would ignore rules switched on by
  // id, and its default would differ from what the report says was run.
  const ids = [...base];
  for (const [id, { enabled }] of Object.entries(rules)) {
    if (enabled && !ids.includes(id)) ids.push(id);
    if (!enabled && ids.includes(id)) ids.splice(ids.indexOf(id), 1);
  }
  return {
    runOnly: { type: 'rule', values: ids },
    resultTypes: ['violations', 'incomplete'],
    iframes,
  };
}

/**
 * axe's results as the report keeps them: contrast findings with their colours and ratio, every
 * node with its target (shadow and frame paths as axe gives them) and, inside a frame, its URL.
 * @param {{ violations: any[], incomplete: any[] }} r
 * @param {Map<string, string>} frames
 */
export function findings(r, frames) {
  const node = n => {
    const data = [...(n.any ?? []), ...(n.all ?? []), ...(n.none ?? [])].find(
      c => c.data && typeof c.data === 'object' && 'contrastRatio' in c.data,
    )?.data;
    const frame =
      n.target.length > 1 ? frames.get(JSON.stringify(n.target.slice(0, -1))) : undefined;
    return {
      target: n.target,
      ...(frame ? { frame } : {}),
      html: n.html,
      summary: n.failureSummary ?? '',
      ...(data && data.fgColor
        ? {
            contrast: {
              fg: data.fgColor,
              bg: data.bgColor,
              ratio: data.contrastRatio,
              expected: Number(data.expectedContrastRatio?.replace?.(':1', '') ?? 0) || undefined,
            },
          }
        : {}),
    };
  };
  const finding = v => ({
    id: v.id,
    impact: v.impact ?? null,
    help: v.help,
    helpUrl: v.helpUrl,
    tags: v.tags,
    nodes: v.nodes.map(node),
  });
  return { violations: r.violations.map(finding), review: r.incomplete.map(finding) };
}
