import type { Shortcut } from '@yilan/core/shortcuts/shortcuts.js';
import { eventTarget, isEditable, matchesChord } from '@yilan/core/shortcuts/shortcuts.js';

/**
 * Listens for Yilan chords on the window. `preventDefault` only on an exact match, and nothing
 * while an IME composes or a text field has focus, so the page and screen readers keep every
 * other key.
 */
export class ShortcutListener {
  private readonly run: (command: string) => void;
  private win: Window | null = null;
  shortcuts: readonly Shortcut[] = [];
  mac = false;
  /** Called before the first chord-like key is matched (lazy set-up such as the access-key check). */
  beforeFirstChord: (() => void) | undefined;

  constructor(run: (command: string) => void) {
    this.run = run;
  }

  connect(win: Window | null): void {
    this.disconnect();
    this.win = win;
    win?.addEventListener('keydown', this.onKey, true);
  }

  disconnect(): void {
    this.win?.removeEventListener('keydown', this.onKey, true);
    this.win = null;
  }

  private readonly onKey = (event: KeyboardEvent): void => {
    if (event.defaultPrevented || isEditable(eventTarget(event))) return;
    if (this.beforeFirstChord && event.shiftKey && (event.altKey || event.ctrlKey)) {
      const once = this.beforeFirstChord;
      this.beforeFirstChord = undefined;
      once();
    }
    const hit = this.shortcuts.find(s => matchesChord(event, s.code, this.mac));
    if (!hit) return;
    event.preventDefault();
    event.stopPropagation();
    this.run(hit.command);
  };
}
