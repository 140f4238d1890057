import type { Applied, AnyFeature, FeatureContext } from './feature.js';
import type { Value } from '../settings/schema.js';

interface Slot {
  applied?: Applied;
  /** The value `applied` was made for. */
  value?: Value;
  /** Serialises async applies so a fast on/off/on never leaves two copies applied. */
  queue: Promise<void>;
}

/**
 * Keeps the page in step with the store: sets `data-yilan-<setting>` on the root element, calls
 * each feature's apply when its value leaves the default and its disposer when it returns.
 */
export class FeatureRunner {
  private readonly slots = new Map<string, Slot>();
  private readonly features: readonly AnyFeature[];
  private readonly context: FeatureContext;
  private unsubscribe: (() => void) | undefined;
  private stopped = false;

  constructor(features: readonly AnyFeature[], context: FeatureContext) {
    this.features = features;
    this.context = context;
  }

  /** Apply the current settings and follow every later change. */
  start(): void {
    this.stopped = false;
    const settings = this.context.store.get();
    for (const feature of this.features) this.sync(feature, settings[feature.setting]);
    this.unsubscribe = this.context.store.subscribe((next, changed) => {
      for (const feature of this.features) {
        if (changed.includes(feature.setting)) this.sync(feature, next[feature.setting]);
      }
    });
  }

  /** Undo everything and stop following the store. Resolves when async applies have settled. */
  async stop(): Promise<void> {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.stopped = true;
    for (const feature of this.features) this.sync(feature, feature.field.default);
    await Promise.all([...this.slots.values()].map(slot => slot.queue));
  }

  /** Resolves once every pending apply has run (tests and the benchmark wait on it). */
  settled(): Promise<void> {
    return Promise.all([...this.slots.values()].map(slot => slot.queue)).then(() => undefined);
  }

  private sync(feature: AnyFeature, value: Value): void {
    const root = this.context.document.documentElement;
    const attr = `data-yilan-${feature.setting}`;
    const active = value !== feature.field.default;
    // The attribute changes at once, even while a chunk loads, so site CSS and tests see the mode.
    if (active) root.setAttribute(attr, String(value));
    else root.removeAttribute(attr);

    let slot = this.slots.get(feature.id);
    if (!slot) this.slots.set(feature.id, (slot = { queue: Promise.resolve() }));
    const current = slot;
    current.queue = current.queue.then(() => this.reconcile(feature, current));
  }

  /**
   * Bring one feature to the value the store holds *now*. Queued steps reconcile rather than
   * replay, so values superseded while a chunk was loading are never applied.
   */
  private async reconcile(feature: AnyFeature, slot: Slot): Promise<void> {
    const fallback = feature.field.default;
    const value = this.stopped ? fallback : (this.context.store.get()[feature.setting] ?? fallback);
    const active = value !== fallback;
    try {
      const applied = slot.applied;
      if (applied && slot.value === value) return;
      if (applied && active && typeof applied !== 'function') {
        applied.update(value);
        slot.value = value;
        return;
      }
      if (applied) {
        slot.applied = undefined;
        slot.value = undefined;
        if (typeof applied === 'function') applied();
        else applied.dispose();
      }
      if (!active) return;
      slot.applied = await feature.apply(this.context, value);
      slot.value = value;
    } catch (error) {
      this.context.warn('feature-failed', `${feature.id} could not be applied: ${String(error)}`);
    }
  }
}
