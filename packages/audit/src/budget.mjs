// Time limits for one page's audit. A call stuck in the page (an endless loop in its script, axe
// on a giant DOM) never returns by itself: past its time, the page's browser context is closed,
// which ends every call into it, and the step is reported by name.

export class Hung extends Error {}

export class Budget {
  /** @param {{ close(): Promise<void> }} context */
  constructor(context) {
    this.context = context;
  }

  /**
   * `work()`, or a Hung error naming `what` once `ms` have passed (the context is then closed).
   * @template T
   * @param {string} what
   * @param {number} ms
   * @param {() => Promise<T>} work
   * @returns {Promise<T>}
   */
  async run(what, ms, work) {
    let timer;
    const over = new Promise((_, reject) => {
      timer = setTimeout(() => {
        this.context.close().catch(() => {});
        reject(new Hung(`${what} did not finish within ${(ms / 1000).toFixed(0)} s`));
      }, ms);
    });
    try {
      return await Promise.race([work(), over]);
    } finally {
      clearTimeout(timer);
    }
  }
}
