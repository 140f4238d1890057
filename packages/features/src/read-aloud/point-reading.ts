import type { FeatureContext } from '@yilan/core/feature/feature.js';
import type { Speaker } from './speaker.js';
import type { Highlighter } from './highlight.js';
import type { RoleWords } from './spoken-text.js';
import { pointTarget } from './spoken-text.js';

/** The pointer must rest this long before its target is read, so a sweep does not chatter. */
export const DWELL_MS = 350;

export type PointMode = 'hover' | 'focus';

/**
 * 指读 (hover and focus) and self-voicing (focus, with kind and state). One listener set serves
 * both; each mode is counted in and out by its feature. While either is on, Yilan's own
 * announcements (region jumps) are spoken as well.
 */
export class PointReader {
  private readonly modes = new Map<PointMode, number>();
  private timer = 0;
  private last: Element | undefined;
  private listening = false;

  constructor(
    private readonly context: FeatureContext,
    private readonly speaker: Speaker,
    private readonly highlighter: Highlighter,
    private readonly words: RoleWords,
  ) {}

  use(mode: PointMode): () => void {
    this.modes.set(mode, (this.modes.get(mode) ?? 0) + 1);
    this.listen();
    return () => {
      this.modes.set(mode, (this.modes.get(mode) ?? 1) - 1);
      if (!this.on('hover') && !this.on('focus')) this.unlisten();
    };
  }

  private on(mode: PointMode): boolean {
    return (this.modes.get(mode) ?? 0) > 0;
  }

  private listen(): void {
    if (this.listening) return;
    this.listening = true;
    const doc = this.context.document;
    doc.addEventListener('pointerover', this.onOver, { capture: true, passive: true });
    doc.addEventListener('focusin', this.onFocus, { capture: true });
    doc.addEventListener('yilan:announce', this.onAnnounce);
  }

  private unlisten(): void {
    if (!this.listening) return;
    this.listening = false;
    const doc = this.context.document;
    doc.defaultView?.clearTimeout(this.timer);
    doc.removeEventListener('pointerover', this.onOver, { capture: true });
    doc.removeEventListener('focusin', this.onFocus, { capture: true });
    doc.removeEventListener('yilan:announce', this.onAnnounce);
    this.last = undefined;
    this.highlighter.release();
    this.speaker.cancel();
  }

  private readonly onOver = (event: PointerEvent): void => {
    if (!this.on('hover')) return;
    const win = this.context.document.defaultView!;
    win.clearTimeout(this.timer);
    const target = event.target;
    this.timer = win.setTimeout(() => this.read(target, false), DWELL_MS);
  };

  private readonly onFocus = (event: FocusEvent): void => {
    this.context.document.defaultView?.clearTimeout(this.timer);
    this.read(event.target, this.on('focus'));
  };

  private readonly onAnnounce = (event: Event): void => {
    const text = (event as CustomEvent<unknown>).detail;
    if (typeof text === 'string') void this.speaker.speak(text);
  };

  /** Read what is under the pointer or focused; the same element is not read twice in a row. */
  read(target: EventTarget | null, withRole: boolean): void {
    if (!(target instanceof Element) || this.context.isOwnUi(target)) return;
    if (target === this.context.document.body || target === this.context.document.documentElement)
      return;
    const found = pointTarget(target, this.words, withRole);
    if (!found) return;
    if (found.element === this.last && this.speaker.state !== 'idle') return;
    this.last = found.element;
    // Visible in the performance panel; the benchmark times from here to the engine's call.
    performance.mark?.('yilan:point');
    this.highlighter.outline(found.element);
    void this.speaker.speak(found.text).then(() => {
      if (this.last === found.element) {
        this.highlighter.clear();
        this.last = undefined;
      }
    });
  }
}
